// The isolation stars and the category grids (support marks, feature levels), and which runtime
// a link asks to highlight.
import { LEVELS, type Level, type Support } from '../content-model';
import type { Localized } from '../tree';
import type { FeatureCellLike, FeatureRowLike, PerformanceRowLike } from './index';
import { ownValue } from '../own';

// ---------------------------------------------------------------- isolation stars

export interface StarsRow {
  runtime: string;
  stars: number;
  outOf: number;
}

export const MAX_STARS = 5;

export function isolationSeries<S>(
  runtimes: readonly string[],
  performance: readonly PerformanceRowLike<S>[],
): (StarsRow | { runtime: string; stars?: undefined; outOf: number })[] {
  return runtimes.map((runtime) => {
    const row = performance.find((r) => r.runtime === runtime);
    return row
      ? { runtime, stars: row.isolationStars, outOf: MAX_STARS }
      : { runtime, outOf: MAX_STARS };
  });
}

// ---------------------------------------------------------------- category grids

export type GridCell =
  | {
      kind: 'level';
      level: Level;
      /** Place on the guide's scale: 1 (very low) to 5 (very high). */
      rank: number;
      /**
       * What that place means for the reader, 1 (worst) to 5 (best): the rank, turned round
       * where lower is better (resource use: "high" is bad).
       */
      merit: number;
      text: Localized;
    }
  | { kind: 'support'; support: Support }
  | { kind: 'missing' };

export interface GridRow {
  /** Row id: a runtime id (support grid) or a feature id (feature grid). */
  id: string;
  cells: GridCell[];
}

export interface GridSeries {
  /** Column ids, in order: criterion ids (support grid) or runtime ids (feature grid). */
  columns: string[];
  rows: GridRow[];
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level) + 1;
}

/** 1 (worst for the reader) to 5 (best) for a place on the scale. */
export function levelMerit(level: Level, higherIsBetter: boolean): number {
  const rank = levelRank(level);
  return higherIsBetter ? rank : LEVELS.length + 1 - rank;
}

function toCell(cell: FeatureCellLike | undefined, higherIsBetter: boolean): GridCell {
  if (!cell) return { kind: 'missing' };
  if (cell.kind === 'support') return { kind: 'support', support: cell.support };
  return {
    kind: 'level',
    level: cell.level,
    rank: levelRank(cell.level),
    merit: levelMerit(cell.level, higherIsBetter),
    text: cell.text,
  };
}

export type SupportCriterion = 'gpu' | 'compatibility' | 'ecosystem';
export const SUPPORT_CRITERIA: readonly SupportCriterion[] = ['gpu', 'compatibility', 'ecosystem'];

/**
 * GPU support and compatibility from the guide's performance table, ecosystem from its feature
 * table (the performance table has no ecosystem column). One row per runtime.
 */
export function supportSeries<S>(
  runtimes: readonly string[],
  performance: readonly PerformanceRowLike<S>[],
  features: readonly FeatureRowLike[],
): GridSeries {
  const ecosystem = features.find((row) => row.id === 'ecosystem');
  return {
    columns: [...SUPPORT_CRITERIA],
    rows: runtimes.map((runtime) => {
      const perf = performance.find((row) => row.runtime === runtime);
      const eco = ecosystem ? ownValue(ecosystem.values, runtime) : undefined;
      return {
        id: runtime,
        cells: [
          perf ? { kind: 'support', support: perf.gpu } : { kind: 'missing' },
          perf ? { kind: 'support', support: perf.compatibility } : { kind: 'missing' },
          eco?.kind === 'support'
            ? toCell(eco, ecosystem?.higherIsBetter ?? true)
            : { kind: 'missing' },
        ],
      };
    }),
  };
}

/** The guide's feature table as it stands: one row per feature, one column per runtime. */
export function featureSeries(
  runtimes: readonly string[],
  features: readonly FeatureRowLike[],
): GridSeries {
  return {
    columns: [...runtimes],
    rows: features.map((row) => ({
      id: row.id,
      cells: runtimes.map((runtime) => toCell(ownValue(row.values, runtime), row.higherIsBetter)),
    })),
  };
}

// ---------------------------------------------------------------- highlight

/** The runtime to make stand out, if the link names one that exists; anything else is ignored. */
export function resolveHighlight(
  requested: string | undefined,
  runtimes: readonly string[],
): string | undefined {
  return requested !== undefined && runtimes.includes(requested) ? requested : undefined;
}
