// The comparison charts' series, derived from content: the guide's performance table, the
// published figures that bear on it, and the guide's feature table. Pure data in, pure data out;
// the charts and the tables behind them draw from the same series, so they cannot disagree.
// The input types are structural (content's zod types fit them) because the domain layer does
// not import content.
import type { FiguresMode } from './figures-mode';
import type { Localized } from './tree';
import { ownValue } from './own';

export type Bound = 'lt' | 'range' | 'approx';
export type Support = 'yes' | 'partly' | 'no';
export type Level = 'very_low' | 'low' | 'medium' | 'high' | 'very_high';

/** The guide's qualitative scale, lowest first; its rank is the index + 1. */
export const LEVELS: readonly Level[] = ['very_low', 'low', 'medium', 'high', 'very_high'];
export const SUPPORTS: readonly Support[] = ['yes', 'partly', 'no'];

export interface QuantityLike {
  bound: Bound;
  min?: number | undefined;
  max: number;
  display: Localized;
}

export interface PerformanceRowLike<S> {
  runtime: string;
  coldStartMs: QuantityLike;
  memoryMb: QuantityLike;
  isolationStars: number;
  gpu: Support;
  compatibility: Support;
  source: S;
}

export type FeatureCellLike =
  { kind: 'level'; level: Level; text: Localized } | { kind: 'support'; support: Support };

export interface FeatureRowLike {
  id: string;
  label: Localized;
  higherIsBetter: boolean;
  values: Record<string, FeatureCellLike>;
}

export interface PublishedFigureLike<S> {
  id: string;
  runtime: string;
  metric: string;
  quantity?: QuantityLike | undefined;
  statement: Localized;
  conditions: Localized;
  source: S;
  relation: 'agrees' | 'disagrees' | 'adds';
}

// ---------------------------------------------------------------- figures switch

export {
  DEFAULT_FIGURES_MODE,
  FIGURES_MODES,
  isFiguresMode,
  type FiguresMode,
} from './figures-mode';

// ---------------------------------------------------------------- range charts

export type RangeMetric = 'cold_start' | 'memory';
export type RangeUnit = 'ms' | 'MB';

export const METRIC_UNIT: Record<RangeMetric, RangeUnit> = { cold_start: 'ms', memory: 'MB' };

/**
 * How a quantity is drawn. `range`: a bar from min to max. `upTo` ("<10ms", "≤5 MiB"): the source
 * gives no lower value, so the bar starts at the axis floor and that end is drawn open. `point`:
 * a single stated value, drawn as a marker, not as a bar.
 */
export interface Span {
  kind: 'range' | 'upTo' | 'point';
  from: number;
  to: number;
}

export function spanOf(quantity: QuantityLike, floor: number): Span {
  switch (quantity.bound) {
    case 'lt':
      return { kind: 'upTo', from: Math.min(floor, quantity.max), to: quantity.max };
    case 'approx':
      return { kind: 'point', from: quantity.max, to: quantity.max };
    case 'range': {
      // A range without its lower end is drawn as what it is: an upper bound.
      if (quantity.min === undefined) {
        return { kind: 'upTo', from: Math.min(floor, quantity.max), to: quantity.max };
      }
      // A log axis has no zero: a range from 0 starts at the floor.
      const from = Math.max(Math.min(quantity.min, quantity.max), Math.min(floor, quantity.max));
      return from === quantity.max
        ? { kind: 'point', from, to: from }
        : { kind: 'range', from, to: quantity.max };
    }
  }
}

export interface RangeRow<S> {
  /** Unique within the series: `<runtime>:guide` or `<runtime>:<figure id>`. */
  key: string;
  runtime: string;
  origin: 'guide' | 'published';
  /** The published figure's id; undefined for the guide's row. */
  figureId?: string;
  /** 1-based number of the published figure in the series' source list. */
  ref?: number;
  /** Absent when there is no figure for this runtime: the row says so instead of drawing. */
  quantity?: QuantityLike;
  span?: Span;
  source?: S;
  statement?: Localized;
  conditions?: Localized;
  relation?: 'agrees' | 'disagrees' | 'adds';
  /** First row of its runtime's group (where the runtime's name is drawn). */
  firstOfRuntime: boolean;
}

export interface RangeSeries<S, F extends PublishedFigureLike<S> = PublishedFigureLike<S>> {
  metric: RangeMetric;
  unit: RangeUnit;
  /** Log-axis domain, the same in every figures mode so switching never rescales. */
  domain: [number, number];
  /** Powers of ten inside the domain. */
  ticks: number[];
  rows: RangeRow<S>[];
  /** Published figures of this metric with a quantity, in the order their refs number them. */
  charted: F[];
  /** Published statements of this metric without a quantity: listed under the chart, not drawn. */
  uncharted: F[];
}

function guideQuantity<S>(row: PerformanceRowLike<S>, metric: RangeMetric): QuantityLike {
  return metric === 'cold_start' ? row.coldStartMs : row.memoryMb;
}

const STEPS = [1, 2, 5];

/** 1-2-5 steps around `value`: ..., 0.5, 1, 2, 5, 10, ... (rounded, so 0.1 + 0.2 noise goes). */
function stepsAround(value: number): number[] {
  const e = Math.floor(Math.log10(value));
  return [e - 1, e, e + 1].flatMap((d) => STEPS.map((m) => round(m * 10 ** d)));
}

/** The largest 1-2-5 step at or below `value` (0.5, 1, 2, 5, 10, ...). */
export function niceFloor(value: number): number {
  return (
    stepsAround(value)
      .filter((step) => step <= value)
      .at(-1) ?? value
  );
}

/** The smallest 1-2-5 step at or above `value`. */
export function niceCeil(value: number): number {
  return stepsAround(value).find((step) => step >= value) ?? value;
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * The axis runs from a 1-2-5 step at or below the smallest stated value (for an upper bound,
 * a tenth of it, so the open bar has room) to one at or above the largest.
 */
export function logDomain(quantities: readonly QuantityLike[]): [number, number] {
  const lows = quantities.map((q) => {
    const stated =
      q.bound === 'lt' || (q.bound === 'range' && q.min === undefined)
        ? undefined
        : Math.min(q.min ?? q.max, q.max);
    // No lower value, or a zero (which has no place on a log axis): a tenth of the upper end,
    // so the bar still lies on the axis and has room.
    return stated !== undefined && stated > 0 ? stated : q.max / 10;
  });
  const high = Math.max(...quantities.map((q) => q.max));
  if (!Number.isFinite(high) || high <= 0) return [1, 10];
  // A zero has no place on a log axis, and a vanishing value would stretch it to nothing:
  // the axis spans at most twelve decades.
  const positive = lows.filter((v) => v > 0);
  const low = Math.max(positive.length > 0 ? Math.min(...positive) : high / 10, high / 1e12);
  const lo = niceFloor(low);
  const hi = niceCeil(high);
  return hi > lo ? [lo, hi] : [lo, niceCeil(lo * 10)];
}

export function logTicks([lo, hi]: [number, number]): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  for (let e = first; 10 ** e <= hi * (1 + 1e-9) && e < first + 24; e++) {
    ticks.push(round(10 ** e));
  }
  return ticks;
}

export interface RangeSeriesInput<S, F extends PublishedFigureLike<S>> {
  metric: RangeMetric;
  mode: FiguresMode;
  /** Runtime ids in display order. */
  runtimes: readonly string[];
  performance: readonly PerformanceRowLike<S>[];
  published: readonly F[];
}

export function rangeSeries<S, F extends PublishedFigureLike<S>>(
  input: RangeSeriesInput<S, F>,
): RangeSeries<S, F> {
  const { metric, mode, runtimes } = input;
  const known = new Set(runtimes);
  const ofMetric = input.published.filter((f) => f.metric === metric && known.has(f.runtime));
  // Numbered in display order (by runtime, then as listed), so refs read 1, 2, 3 down the chart.
  const charted = runtimes.flatMap((id) =>
    ofMetric.filter((f) => f.runtime === id && f.quantity !== undefined),
  );
  const uncharted = runtimes.flatMap((id) =>
    ofMetric.filter((f) => f.runtime === id && f.quantity === undefined),
  );
  const guideRows = input.performance.filter((row) => known.has(row.runtime));
  const domain = logDomain([
    ...guideRows.map((row) => guideQuantity(row, metric)),
    ...charted.flatMap((f) => (f.quantity ? [f.quantity] : [])),
  ]);
  const floor = domain[0];

  const rows: RangeRow<S>[] = [];
  for (const runtime of runtimes) {
    const group: RangeRow<S>[] = [];
    if (mode !== 'published') {
      const perf = guideRows.find((row) => row.runtime === runtime);
      if (perf) {
        const quantity = guideQuantity(perf, metric);
        group.push({
          key: `${runtime}:guide`,
          runtime,
          origin: 'guide',
          quantity,
          span: spanOf(quantity, floor),
          source: perf.source,
          firstOfRuntime: false,
        });
      } else {
        group.push({ key: `${runtime}:guide`, runtime, origin: 'guide', firstOfRuntime: false });
      }
    }
    if (mode !== 'guide') {
      const figures = charted.filter((f) => f.runtime === runtime);
      for (const figure of figures) {
        const quantity = figure.quantity;
        if (!quantity) continue;
        group.push({
          key: `${runtime}:${figure.id}`,
          runtime,
          origin: 'published',
          figureId: figure.id,
          ref: charted.indexOf(figure) + 1,
          quantity,
          span: spanOf(quantity, floor),
          source: figure.source,
          statement: figure.statement,
          conditions: figure.conditions,
          relation: figure.relation,
          firstOfRuntime: false,
        });
      }
      if (figures.length === 0) {
        group.push({
          key: `${runtime}:published`,
          runtime,
          origin: 'published',
          firstOfRuntime: false,
        });
      }
    }
    const first = group[0];
    if (first) first.firstOfRuntime = true;
    rows.push(...group);
  }
  return {
    metric,
    unit: METRIC_UNIT[metric],
    domain,
    ticks: logTicks(domain),
    rows,
    charted,
    uncharted,
  };
}

/** Published statements about a metric that the charts cannot draw (ratings, GPU notes). */
export function publishedNotes<F extends PublishedFigureLike<unknown>>(
  published: readonly F[],
  metric: string,
  runtimes: readonly string[],
): F[] {
  return runtimes.flatMap((id) => published.filter((f) => f.metric === metric && f.runtime === id));
}

// ---------------------------------------------------------------- value formatting

function trim(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** 10 -> "10 ms", 1500 -> "1.5 s"; 2.5 -> "2.5 MB". Units read the same in English and Chinese. */
export function formatValue(value: number, unit: RangeUnit): string {
  if (unit === 'ms') return value >= 1000 ? `${trim(value / 1000)} s` : `${trim(value)} ms`;
  return `${trim(value)} MB`;
}

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
  | { kind: 'level'; level: Level; rank: number; text: Localized }
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

function toCell(cell: FeatureCellLike | undefined): GridCell {
  if (!cell) return { kind: 'missing' };
  if (cell.kind === 'support') return { kind: 'support', support: cell.support };
  return { kind: 'level', level: cell.level, rank: levelRank(cell.level), text: cell.text };
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
          eco?.kind === 'support' ? toCell(eco) : { kind: 'missing' },
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
      cells: runtimes.map((runtime) => toCell(ownValue(row.values, runtime))),
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
