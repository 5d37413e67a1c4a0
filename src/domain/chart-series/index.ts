// The comparison charts' series, derived from content: the guide's performance table, the
// published figures that bear on it, and the guide's feature table. Pure data in, pure data out;
// the charts and the tables behind them draw from the same series, so they cannot disagree.
// The inputs are the content model's types; the source type stays a parameter so the charts
// can carry whichever source record the page holds.
import type {
  FeatureCell,
  FeatureRow,
  PerformanceRow,
  PublishedFigure,
  Quantity,
} from '../content-model';

export { LEVELS, SUPPORTS, type Bound, type Level, type Support } from '../content-model';

export {
  DEFAULT_FIGURES_MODE,
  FIGURES_MODES,
  isFiguresMode,
  type FiguresMode,
} from '../figures-mode';

export type QuantityLike = Quantity;

export type PerformanceRowLike<S> = Omit<PerformanceRow, 'source'> & { source: S };

export type FeatureCellLike = FeatureCell;

export type FeatureRowLike = FeatureRow;

export type PublishedFigureLike<S> = Omit<PublishedFigure, 'source' | 'metric'> & {
  metric: string;
  source: S;
};

export * from './ranges';
export * from './grids';
