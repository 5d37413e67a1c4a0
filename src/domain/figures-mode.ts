// Which figures the comparison's range charts draw: a link parameter (`figures=`), so the route
// validates it before the comparison's code has loaded. Kept apart from chart-series.ts, which
// only the comparison page needs, so that the entry does not carry the chart derivations.

/** Which figures the range charts draw. `both` puts each runtime's published rows under the guide's. */
export type FiguresMode = 'guide' | 'published' | 'both';
export const FIGURES_MODES: readonly FiguresMode[] = ['guide', 'published', 'both'];
/**
 * What the comparison opens on: the guide's figures beside the published measurements, so a
 * first look is never the guide's figures alone where measurements disagree with them. A link
 * that names a mode (`figures=guide` included) keeps meaning exactly that.
 */
export const DEFAULT_FIGURES_MODE: FiguresMode = 'both';

export function isFiguresMode(value: unknown): value is FiguresMode {
  return value === 'guide' || value === 'published' || value === 'both';
}

/** The mode a link's `figures` value asks for: the default when it names none. */
export function figuresModeOf(value: unknown): FiguresMode {
  return isFiguresMode(value) ? value : DEFAULT_FIGURES_MODE;
}

/** The `figures` value a link writes for a mode: none for the default, so links stay short. */
export function figuresLinkValue(mode: FiguresMode): FiguresMode | undefined {
  return mode === DEFAULT_FIGURES_MODE ? undefined : mode;
}
