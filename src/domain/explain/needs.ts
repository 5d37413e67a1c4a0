// The needs a path's answers state: each answered question that a criterion reads against a
// row of the guide's feature table, and how a runtime reads on it.
import type { PathStep } from '../engine';
import type {
  CriterionData,
  ExplainContent,
  FeatureCellData,
  FeatureRowData,
  PropertyCellData,
  PropertyRowData,
  PublishedFigureData,
} from './content';
import {
  cellOf,
  cellScore,
  cellValue,
  guideFigure,
  supportScore,
  publishedBeside,
  type GuideFigure,
} from './tables';

/**
 * How one runtime reads on a need. `meets` is undefined when the table has no cell for it.
 * When the criterion names a property row, `meets` and `score` come from that row's cell
 * (`property`); `cell` is still the guide's, shown beside it.
 */
export interface RuntimeReading {
  runtime: string;
  cell: FeatureCellData | undefined;
  score: number | undefined;
  meets: boolean | undefined;
  figure: GuideFigure | undefined;
  /** Published figures on this need's metrics that disagree with or add to the guide's. */
  published: PublishedFigureData[];
  /** The published property cell the need is read from, when the criterion names one. */
  property: PropertyCellData | undefined;
  /**
   * When the guide's rating alone fails the need: the cited published figures that say it
   * does not (gVisor's GPU support through nvproxy against the guide's ❌).
   */
  disputedBy: PublishedFigureData[];
}

/** A need the answers state: an answered question read against a feature row of the guide. */
export interface Need {
  criterion: CriterionData;
  step: PathStep;
  feature: FeatureRowData;
  /** The property row the criterion reads instead of the feature's cells, if any. */
  property?: PropertyRowData | undefined;
}

export interface NeedFinding {
  need: Need;
  subject: RuntimeReading;
  recommended: RuntimeReading;
}

/** The needs stated by a path's answers, in path order. */
export function statedNeeds(
  content: Pick<ExplainContent, 'criteria' | 'features' | 'properties'>,
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
        if (!feature) return [];
        const propertyId = criterion.property?.id;
        const property = (content.properties ?? []).find((row) => row.id === propertyId);
        return [{ criterion, step, feature, property }];
      }),
  );
}

function propertyCell(need: Need, runtime: string): PropertyCellData | undefined {
  const row = need.property;
  return row && Object.hasOwn(row.values, runtime) ? row.values[runtime] : undefined;
}

export function readRuntime(content: ExplainContent, need: Need, runtime: string): RuntimeReading {
  const { feature, criterion } = need;
  const cell = cellOf(feature, runtime);
  const published = publishedBeside(content, runtime, criterion.metrics);
  const property = propertyCell(need, runtime);
  if (need.property && criterion.property) {
    // The published row decides; a runtime the row does not list is unknown, not a failure.
    return {
      runtime,
      cell,
      score: property ? supportScore(property.support) : undefined,
      meets: property ? criterion.property.acceptable.includes(property.support) : undefined,
      figure: guideFigure(content, runtime, criterion.performance),
      published,
      property,
      disputedBy: [],
    };
  }
  const meets = cell ? criterion.acceptable.includes(cellValue(cell)) : undefined;
  return {
    runtime,
    cell,
    score: cell ? cellScore(feature, cell) : undefined,
    meets,
    figure: guideFigure(content, runtime, criterion.performance),
    published,
    property: undefined,
    disputedBy:
      meets === false
        ? published.filter(
            (figure) =>
              figure.relation === 'disagrees' &&
              figure.source.kind === 'citation' &&
              figure.reading !== undefined &&
              criterion.acceptable.includes(figure.reading),
          )
        : [],
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
