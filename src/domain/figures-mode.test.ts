import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIGURES_MODE,
  FIGURES_MODES,
  figuresLinkValue,
  figuresModeOf,
  isFiguresMode,
} from './figures-mode';

describe('figures mode link parameter', () => {
  it('accepts only known figure modes', () => {
    expect(['guide', 'published', 'both'].every(isFiguresMode)).toBe(true);
    for (const value of [
      '',
      'GUIDE',
      'all',
      undefined,
      null,
      1,
      ['guide'],
      { toString: () => 'guide' },
    ]) {
      expect(isFiguresMode(value)).toBe(false);
    }
  });

  it('opens on both sets of figures side by side when the link names no mode', () => {
    expect(figuresModeOf(undefined)).toBe('both');
    expect(figuresModeOf('all')).toBe(DEFAULT_FIGURES_MODE);
  });

  it('keeps every mode a link names, and round-trips each mode through its link value', () => {
    for (const mode of FIGURES_MODES) {
      expect(figuresModeOf(mode)).toBe(mode);
      expect(figuresModeOf(figuresLinkValue(mode))).toBe(mode);
    }
    // The guide's figures alone are no longer the default, so a link to them says so.
    expect(figuresLinkValue('guide')).toBe('guide');
    expect(figuresLinkValue('both')).toBeUndefined();
  });
});
