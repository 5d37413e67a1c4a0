import { describe, expect, it } from 'vitest';
import { runtimes } from './runtimes';

// WCAG 2.x relative luminance and contrast ratio.
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#111418';

describe('runtime colours', () => {
  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(runtimes.map((runtime) => [runtime.id, runtime.color] as const))(
    '%s passes 4.5:1 as text in light and dark mode',
    (_id, color) => {
      expect(contrast(color.light, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color.dark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives each runtime its own colour', () => {
    expect(new Set(runtimes.map((runtime) => runtime.color.light)).size).toBe(runtimes.length);
    expect(new Set(runtimes.map((runtime) => runtime.color.dark)).size).toBe(runtimes.length);
  });
});
