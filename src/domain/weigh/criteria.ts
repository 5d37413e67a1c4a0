// The weighing's criteria and each runtime's value on them, derived from content: one criterion
// per row of the guide's feature table, read through the performance table's figure wherever the
// content's criteria link the row to a performance column (startup speed -> cold start, resource
// use -> memory, ...), plus any performance column that no row covers. A team's content file
// that adds a feature row adds a criterion. The types describe only what is read here; the
// zod-inferred content types fit them, so src/content is never imported.
import type { Localized } from '../tree';

export type Support = 'yes' | 'partly' | 'no';
export type Level = 'very_low' | 'low' | 'medium' | 'high' | 'very_high';
export type CellValue = Support | Level;
export type PerformanceColumn =
  'coldStartMs' | 'memoryMb' | 'isolationStars' | 'gpu' | 'compatibility';

export const LEVELS: readonly Level[] = ['very_low', 'low', 'medium', 'high', 'very_high'];
export const SUPPORT_SCORE: Readonly<Record<Support, number>> = { no: 0, partly: 0.5, yes: 1 };
/** The guide's isolation stars run from 1 to 5 (the content schema's bounds). */
export const STARS_MIN = 1;
export const STARS_MAX = 5;

export interface QuantityData {
  bound: 'lt' | 'range' | 'approx';
  min?: number | undefined;
  max: number;
  display: Localized;
}

export type FeatureCellData =
  { kind: 'level'; level: Level; text: Localized } | { kind: 'support'; support: Support };

export interface FeatureRowData {
  id: string;
  label: Localized;
  higherIsBetter: boolean;
  values: Record<string, FeatureCellData>;
}

export interface PerformanceRowData {
  runtime: string;
  coldStartMs: QuantityData;
  memoryMb: QuantityData;
  isolationStars: number;
  gpu: Support;
  compatibility: Support;
}

export interface PublishedFigureData {
  id: string;
  runtime: string;
  metric: string;
  quantity?: QuantityData | undefined;
  relation: 'agrees' | 'disagrees' | 'adds';
}

export interface CriterionData {
  id: string;
  questionId: string;
  answerId: string;
  feature: string;
  acceptable: readonly CellValue[];
  performance?: PerformanceColumn | undefined;
  /** A published property row that decides the need instead of the guide's cell (as on a result). */
  property?: { id: string; acceptable: readonly Support[] } | undefined;
}

/** A published property row ("runs unmodified Linux container images"): one mark per runtime. */
export interface PropertyRowData {
  id: string;
  label: Localized;
  values: Readonly<Record<string, { support: Support }>>;
}

export interface WeighContent {
  runtimes: readonly { id: string; name: Localized }[];
  features: readonly FeatureRowData[];
  performance: readonly PerformanceRowData[];
  publishedFigures: readonly PublishedFigureData[];
  criteria: readonly CriterionData[];
  properties?: readonly PropertyRowData[] | undefined;
}

/** Which figures the weighing reads: the guide's, or published ones where they exist. */
export type WeighSource = 'guide' | 'published';
export const WEIGH_SOURCES: readonly WeighSource[] = ['guide', 'published'];

export interface WeighCriterion {
  /** Stable: a feature row's id, or the id of a performance column no row covers. */
  id: string;
  /** The feature row behind it, if any (its label, direction and cells). */
  feature?: FeatureRowData;
  /** The performance column whose figure it reads, if any. */
  performance?: PerformanceColumn;
}

/** Ids for performance columns that no feature row covers; they appear in links. */
export const COLUMN_IDS: Readonly<Record<PerformanceColumn, string>> = {
  coldStartMs: 'cold_start',
  memoryMb: 'memory',
  isolationStars: 'isolation_stars',
  gpu: 'gpu_support',
  compatibility: 'compatibility_support',
};
const COLUMNS = Object.keys(COLUMN_IDS) as PerformanceColumn[];

/** The performance table's column names, for criteria that read a column. */
export const COLUMN_LABELS: Readonly<Record<PerformanceColumn, Localized>> = {
  coldStartMs: { en: 'Cold start', zh: '冷启动' },
  memoryMb: { en: 'Memory', zh: '内存' },
  isolationStars: { en: 'Isolation', zh: '隔离强度' },
  gpu: { en: 'GPU support', zh: 'GPU 支持' },
  compatibility: { en: 'Compatibility', zh: '兼容性' },
};

/** A criterion's name: its performance column's where it reads one, else its feature row's. */
export function criterionLabel(criterion: WeighCriterion): Localized {
  if (criterion.performance) return COLUMN_LABELS[criterion.performance];
  return criterion.feature?.label ?? { en: criterion.id, zh: criterion.id };
}

/** Published figures of this metric bear on the column (the rest are statements only). */
export const COLUMN_METRIC: Readonly<Record<PerformanceColumn, string>> = {
  coldStartMs: 'cold_start',
  memoryMb: 'memory',
  isolationStars: 'isolation',
  gpu: 'gpu',
  compatibility: 'compatibility',
};

export function weighCriteria(content: WeighContent): WeighCriterion[] {
  const linked = new Map<string, PerformanceColumn>();
  for (const criterion of content.criteria) {
    if (criterion.performance && !linked.has(criterion.feature)) {
      linked.set(criterion.feature, criterion.performance);
    }
  }
  const covered = new Set<PerformanceColumn>();
  const out: WeighCriterion[] = content.features.map((feature) => {
    const performance = linked.get(feature.id);
    if (performance && !covered.has(performance)) {
      covered.add(performance);
      return { id: feature.id, feature, performance };
    }
    return { id: feature.id, feature };
  });
  if (content.performance.length > 0) {
    const taken = new Set(out.map((criterion) => criterion.id));
    for (const column of COLUMNS) {
      const id = COLUMN_IDS[column];
      if (!covered.has(column) && !taken.has(id)) out.push({ id, performance: column });
    }
  }
  return out;
}

// ---------------------------------------------------------------- values

/** A runtime's value on one criterion, as read from the tables. */
export type CriterionValue =
  | {
      kind: 'quantity';
      quantity: QuantityData;
      /** `published`: the span of the published figures; `guide`: the guide's figure. */
      origin: 'guide' | 'published';
      /** The published figures the span comes from. */
      figureIds: string[];
      /** The value scored (log midpoint of a range, the bound of "<10ms", a stated value). */
      point: number;
      /** The range's ends; equal to `point` where the figure has no spread. */
      low: number;
      high: number;
    }
  | { kind: 'stars'; stars: number; origin: 'guide' }
  | { kind: 'support'; support: Support; origin: 'guide' }
  | { kind: 'level'; level: Level; text: Localized; origin: 'guide' }
  | { kind: 'missing' };

function pointOf(low: number, high: number): number {
  return low > 0 && high > low ? Math.sqrt(low * high) : high;
}

/** A quantity's ends: a range without a positive lower end, "<", and "~" count as the stated value. */
function endsOf(quantity: QuantityData): [number, number] {
  const { min, max } = quantity;
  if (quantity.bound === 'range' && min !== undefined && min > 0 && min < max) return [min, max];
  return [max, max];
}

function quantityValue(
  quantity: QuantityData,
  origin: 'guide' | 'published',
  figureIds: string[],
): CriterionValue {
  const [low, high] = endsOf(quantity);
  return { kind: 'quantity', quantity, origin, figureIds, point: pointOf(low, high), low, high };
}

/**
 * Published figures that state what the guide's figure states (they agree or disagree with it);
 * figures that `add` describe other conditions (a VMM alone, a whole application) and are left out.
 * Several figures count as one range from the lowest to the highest.
 */
function trim(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** "81 ms", "2.56 s", "23.7 MB": a figure in readable units. */
export function formatFigure(value: number, column: PerformanceColumn): string {
  if (column === 'coldStartMs')
    return value >= 1000 ? `${trim(value / 1000)} s` : `${trim(value)} ms`;
  return `${trim(value)} MB`;
}

function publishedQuantity(
  content: WeighContent,
  runtime: string,
  column: PerformanceColumn,
): CriterionValue | undefined {
  const figures = content.publishedFigures.filter(
    (figure) =>
      figure.runtime === runtime &&
      figure.metric === COLUMN_METRIC[column] &&
      figure.relation !== 'adds' &&
      figure.quantity !== undefined,
  );
  if (figures.length === 0) return undefined;
  let low = Infinity;
  let high = 0;
  for (const figure of figures) {
    if (!figure.quantity) continue;
    const [a, b] = endsOf(figure.quantity);
    low = Math.min(low, a);
    high = Math.max(high, b);
  }
  const text =
    low < high
      ? `${formatFigure(low, column)}-${formatFigure(high, column)}`
      : formatFigure(high, column);
  const quantity: QuantityData =
    figures.length === 1 && figures[0]?.quantity
      ? figures[0].quantity
      : {
          bound: low < high ? 'range' : 'approx',
          min: low < high ? low : undefined,
          max: high,
          display: { en: text, zh: text },
        };
  return {
    kind: 'quantity',
    quantity,
    origin: 'published',
    figureIds: figures.map((figure) => figure.id),
    point: pointOf(low, high),
    low,
    high,
  };
}

export function criterionValue(
  content: WeighContent,
  criterion: WeighCriterion,
  runtime: string,
  source: WeighSource,
): CriterionValue {
  const column = criterion.performance;
  const row = content.performance.find((candidate) => candidate.runtime === runtime);
  if (column && row) {
    if (column === 'coldStartMs' || column === 'memoryMb') {
      const published =
        source === 'published' ? publishedQuantity(content, runtime, column) : undefined;
      return published ?? quantityValue(row[column], 'guide', []);
    }
    if (column === 'isolationStars') {
      return { kind: 'stars', stars: row.isolationStars, origin: 'guide' };
    }
    return { kind: 'support', support: row[column], origin: 'guide' };
  }
  const cell = criterion.feature?.values[runtime];
  if (!cell) return { kind: 'missing' };
  return cell.kind === 'level'
    ? { kind: 'level', level: cell.level, text: cell.text, origin: 'guide' }
    : { kind: 'support', support: cell.support, origin: 'guide' };
}

export function cellValue(cell: FeatureCellData): CellValue {
  return cell.kind === 'level' ? cell.level : cell.support;
}
