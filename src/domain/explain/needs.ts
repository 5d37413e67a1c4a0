// The needs a path's answers state: each answered question that a criterion reads against a
// row of the guide's feature table, and how a runtime reads on it.
import type { PathStep } from '../engine';
import type {
  CriterionData,
  ExplainContent,
  FeatureCellData,
  FeatureRowData,
  PublishedFigureData,
} from './content';
import {
  cellOf,
  cellScore,
  cellValue,
  guideFigure,
  publishedBeside,
  type GuideFigure,
} from './tables';

/** How one runtime reads on a need. `meets` is undefined when the table has no cell for it. */
export interface RuntimeReading {
  runtime: string;
  cell: FeatureCellData | undefined;
  score: number | undefined;
  meets: boolean | undefined;
  figure: GuideFigure | undefined;
  /** Published figures on this need's metrics that disagree with or add to the guide's. */
  published: PublishedFigureData[];
}

/** A need the answers state: an answered question read against a feature row of the guide. */
export interface Need {
  criterion: CriterionData;
  step: PathStep;
  feature: FeatureRowData;
}

export interface NeedFinding {
  need: Need;
  subject: RuntimeReading;
  recommended: RuntimeReading;
}

/** The needs stated by a path's answers, in path order. */
export function statedNeeds(
  content: Pick<ExplainContent, 'criteria' | 'features'>,
  steps: readonly PathStep[],
): Need[] {
  return steps.flatMap((step) =>
    content.criteria
      .filter(
        (criterion) =>
          criterion.questionId === step.question.id && criterion.answerId === step.answer.id,
      )
      .flatMap((criterion) => {
        const feature = content.features.find((row) => row.id === criterion.feature);
        return feature ? [{ criterion, step, feature }] : [];
      }),
  );
}

export function readRuntime(content: ExplainContent, need: Need, runtime: string): RuntimeReading {
  const { feature, criterion } = need;
  const cell = cellOf(feature, runtime);
  return {
    runtime,
    cell,
    score: cell ? cellScore(feature, cell) : undefined,
    meets: cell ? criterion.acceptable.includes(cellValue(cell)) : undefined,
    figure: guideFigure(content, runtime, criterion.performance),
    published: publishedBeside(content, runtime, criterion.metrics),
  };
}

/** Each need read for `subject`, beside the recommended runtime. */
export function readNeeds(
  content: ExplainContent,
  needs: readonly Need[],
  subject: string,
  recommended: string,
): NeedFinding[] {
  return needs.map((need) => ({
    need,
    subject: readRuntime(content, need, subject),
    recommended: readRuntime(content, need, recommended),
  }));
}
