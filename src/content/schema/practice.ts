// The schema of the 2025 practice, case studies, the criteria that read answers against the
// tables, and published practices.
import { z } from 'zod';
import { Id, text, Localized, Source, CellValue, Support, TitledText } from './primitives';
import { PublishedFigure } from './figures';

// ---------------------------------------------------------------- 2025 practice, case studies

export const Recommendation2025 = z
  .object({
    /** A matrix scenario id, or `strong_isolation`. */
    scenarioId: Id,
    label: Localized,
    first: z.object({ runtime: Id, reason: Localized }).strict(),
    alternative: z
      .object({ runtime: Id, kind: z.enum(['traditional', 'second']), reason: Localized })
      .strict(),
  })
  .strict();

export const Practice2025 = z
  .object({
    runtime: Id,
    title: Localized,
    stack: z.array(z.union([text, Localized])),
    features: z.array(TitledText),
    recommendations: z.array(Recommendation2025),
    source: Source,
  })
  .strict();

export const CaseStudy = z
  .object({
    id: Id,
    runtime: Id,
    /** Matrix scenario the case belongs to, so it can be shown on the matching result. */
    scenarioId: Id,
    title: Localized,
    scenario: Localized,
    stack: z.array(z.union([text, Localized])),
    reasons: z.array(TitledText),
    results: z.array(z.object({ label: Localized, value: Localized }).strict()),
    source: Source,
  })
  .strict();

// ---------------------------------------------------------------- criteria, published practices

/**
 * How one answer reads against the guide's tables: answering `answerId` to `questionId` states a
 * need that the feature row `feature` measures. Runtimes whose cell is not in `acceptable` fail
 * the need. This mapping is a reading of the guide, so its `source` says whose reading it is.
 * Why-not and the result's reasons are derived from these, never written per path.
 */
export const Criterion = z
  .object({
    id: Id,
    questionId: Id,
    answerId: Id,
    feature: Id,
    acceptable: z.array(CellValue).min(1),
    /** The performance-table column that gives the guide's figure for the same need. */
    performance: z
      .enum(['coldStartMs', 'memoryMb', 'isolationStars', 'gpu', 'compatibility'])
      .optional(),
    /** Published-figure metrics that bear on the need (shown beside the guide's figure). */
    metrics: z.array(PublishedFigure.shape.metric),
    /** A 2025 recommendation (its scenarioId) that applies whenever this need is stated. */
    recommendation: Id.optional(),
    /** Read the need from a published property row instead of the guide's feature cell. */
    property: z
      .object({ id: Id, acceptable: z.array(Support).min(1) })
      .strict()
      .optional(),
    /** A need for something the workload uses (a GPU): routes never suggest stating it. */
    capability: z.boolean().optional(),
    source: Source,
  })
  .strict();
export type Criterion = z.infer<typeof Criterion>;

/**
 * Published practice where the guide has none (its best practices stop at three runtimes).
 * Always a citation: it is never shown as the guide's word.
 */
export const PublishedPractice = z
  .object({
    id: Id,
    runtime: Id,
    title: Localized,
    text: Localized,
    source: Source,
  })
  .strict();
export type PublishedPractice = z.infer<typeof PublishedPractice>;

/** One runtime's cell in a published property row. */
export const PropertyCell = z
  .object({ support: Support, text: Localized, source: Source })
  .strict();

/** A property the trees ask about, from published sources, shown beside the guide's ratings. */
export const PropertyRow = z
  .object({ id: Id, label: Localized, values: z.record(Id, PropertyCell) })
  .strict();
export type PropertyRow = z.infer<typeof PropertyRow>;

/** A managed service that runs a runtime (GKE Sandbox runs gVisor). Always a citation. */
export const ManagedOffer = z
  .object({
    id: Id,
    runtime: Id,
    provider: Localized,
    name: Localized,
    text: Localized,
    source: Source,
  })
  .strict();
export type ManagedOffer = z.infer<typeof ManagedOffer>;
