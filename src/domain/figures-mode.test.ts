import { describe, expect, it } from 'vitest';
import { isFiguresMode } from './figures-mode';

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
});
