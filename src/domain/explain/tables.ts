// Readings of the guide's tables: how good a cell is, the guide's figure for a need, and what
// the feature table says a runtime is strong and weak at.
import { LEVELS, type CellValue, type Support } from '../content-model';
import type { Localized } from '../tree';
import type {
  ExplainContent,
  FeatureCellData,
  FeatureRowData,
  FigureMetric,
  PerformanceColumn,
  PublishedFigureData,
  SourceRef,
} from './content';

const SUPPORT_SCORE: Readonly<Record<Support, number>> = { no: 0, partly: 0.5, yes: 1 };

export function supportScore(support: Support): number {
  return SUPPORT_SCORE[support];
}

export function cellValue(cell: FeatureCellData): CellValue {
  return cell.kind === 'level' ? cell.level : cell.support;
}

export function sameCell(a: FeatureCellData, b: FeatureCellData): boolean {
  return cellValue(a) === cellValue(b);
}

/**
 * How good a cell is, from 0 (worst) to 1 (best), whatever the row's direction: "very low"
 * resource use scores 1, "very low" startup speed 0.
 */
export function cellScore(row: FeatureRowData, cell: FeatureCellData): number {
  if (cell.kind === 'support') return SUPPORT_SCORE[cell.support];
  const step = LEVELS.indexOf(cell.level) / (LEVELS.length - 1);
  return row.higherIsBetter ? step : 1 - step;
}

/** The feature table's cell for a runtime (an own property: runtime ids come from content). */
export function cellOf(row: FeatureRowData, runtime: string): FeatureCellData | undefined {
  return Object.hasOwn(row.values, runtime) ? row.values[runtime] : undefined;
}

/** A figure from the guide's performance table, as the table gives it. */
export type GuideFigure =
  | { kind: 'quantity'; column: 'coldStartMs' | 'memoryMb'; display: Localized; source: SourceRef }
  | { kind: 'stars'; column: 'isolationStars'; stars: number; source: SourceRef }
  | { kind: 'support'; column: 'gpu' | 'compatibility'; support: Support; source: SourceRef };

export function guideFigure(
  content: Pick<ExplainContent, 'performance'>,
  runtime: string,
  column: PerformanceColumn | undefined,
): GuideFigure | undefined {
  if (column === undefined) return undefined;
  const row = content.performance.find((candidate) => candidate.runtime === runtime);
  if (!row) return undefined;
  switch (column) {
    case 'coldStartMs':
    case 'memoryMb':
      return { kind: 'quantity', column, display: row[column].display, source: row.source };
    case 'isolationStars':
      return { kind: 'stars', column, stars: row.isolationStars, source: row.source };
    case 'gpu':
    case 'compatibility':
      return { kind: 'support', column, support: row[column], source: row.source };
  }
}

/** One runtime's standing on one feature row of the guide. */
export interface Standing {
  feature: FeatureRowData;
  cell: FeatureCellData;
  score: number;
  /** Published figures that disagree with the guide on this feature, for this runtime. */
  disputes: PublishedFigureData[];
}

type TableContent = Pick<ExplainContent, 'features' | 'criteria' | 'publishedFigures'>;

/** The published-figure metrics that bear on a feature row, as the criteria pair them. */
export function metricsForFeature(
  content: Pick<ExplainContent, 'criteria'>,
  featureId: string,
): FigureMetric[] {
  const metrics = new Set<FigureMetric>();
  for (const criterion of content.criteria) {
    if (criterion.feature === featureId)
      for (const metric of criterion.metrics) metrics.add(metric);
  }
  return [...metrics];
}

/** A runtime's cells in the guide's feature table, in table order (rows without a cell skipped). */
export function standings(content: TableContent, runtime: string): Standing[] {
  return content.features.flatMap((feature) => {
    const cell = cellOf(feature, runtime);
    if (!cell) return [];
    const disputes = content.publishedFigures.filter(
      (figure) =>
        figure.runtime === runtime &&
        figure.relation === 'disagrees' &&
        metricsForFeature(content, feature.id).includes(figure.metric),
    );
    return [{ feature, cell, score: cellScore(feature, cell), disputes }];
  });
}

/** Rated well by the guide ("very fast", "yes", "low" resource use and better). */
export const STRENGTH_SCORE = 0.75;
/** Rated weakly by the guide ("partly", "medium" and worse). */
export const WEAKNESS_SCORE = 0.5;

/** What the guide's feature table says a runtime is good and weak at. */
export function consequences(
  content: TableContent,
  runtime: string,
): { strengths: Standing[]; weaknesses: Standing[] } {
  const all = standings(content, runtime);
  return {
    strengths: all.filter((standing) => standing.score >= STRENGTH_SCORE),
    weaknesses: all.filter((standing) => standing.score <= WEAKNESS_SCORE),
  };
}

/** Published figures for a runtime that do not simply agree with the guide. */
export function publishedBeside(
  content: Pick<ExplainContent, 'publishedFigures'>,
  runtime: string,
  metrics: readonly FigureMetric[],
): PublishedFigureData[] {
  return content.publishedFigures.filter(
    (figure) =>
      figure.runtime === runtime && metrics.includes(figure.metric) && figure.relation !== 'agrees',
  );
}
