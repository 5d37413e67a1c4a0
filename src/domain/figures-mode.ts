// Which figures the comparison's range charts draw: a link parameter (`figures=`), so the route
// validates it before the comparison's code has loaded. Kept apart from chart-series.ts, which
// only the comparison page needs, so that the entry does not carry the chart derivations.

/** Which figures the range charts draw. `both` puts each runtime's published rows under the guide's. */
export type FiguresMode = 'guide' | 'published' | 'both';
export const FIGURES_MODES: readonly FiguresMode[] = ['guide', 'published', 'both'];
export const DEFAULT_FIGURES_MODE: FiguresMode = 'guide';

export function isFiguresMode(value: unknown): value is FiguresMode {
  return value === 'guide' || value === 'published' || value === 'both';
}
