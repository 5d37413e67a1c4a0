// The content an explanation reads, in the content model's types (content-model.ts). Only the
// parts the derivations read are required, so a fixture or a team's partial content fits.
import type {
  CellValue,
  Criterion,
  FeatureCell,
  FeatureRow,
  FigureMetric,
  Level,
  Matrix,
  PerformanceColumn,
  PerformanceRow,
  PropertyCell,
  PropertyRow,
  PublishedFigure,
  Recommendation,
  Source,
  Support,
} from '../content-model';
import type { Localized } from '../tree';

export type { CellValue, FigureMetric, Level, PerformanceColumn, Support };

/** Kept under their earlier names: the derivations' importers use these. */
export type SourceRef = Source;
export type FeatureCellData = FeatureCell;
export type FeatureRowData = FeatureRow;
export type RecommendationData = Recommendation;
export type MatrixData = Matrix;
export type CriterionData = Criterion;
export type PropertyRowData = PropertyRow;
export type PropertyCellData = PropertyCell;
export type PublishedFigureData = Omit<PublishedFigure, 'quantity'>;

/** A performance row with the figures' wording only: the explanation quotes, it does not plot. */
export type PerformanceRowData = Omit<PerformanceRow, 'coldStartMs' | 'memoryMb'> & {
  coldStartMs: { display: Localized };
  memoryMb: { display: Localized };
};

export interface ExplainContent {
  runtimes: { id: string; name: Localized }[];
  features: FeatureRowData[];
  performance: PerformanceRowData[];
  publishedFigures: PublishedFigureData[];
  practice2025: { recommendations: RecommendationData[]; source: SourceRef };
  matrix: MatrixData;
  caseStudies: { id: string; runtime: string; scenarioId: string }[];
  criteria: CriterionData[];
  /** Published property rows that some criteria read instead of the guide's cells. */
  properties?: readonly PropertyRowData[] | undefined;
}
