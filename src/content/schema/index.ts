// The schema every piece of content passes through: the built-in guide (checked by tests at
// build time) and a team's own content file (checked in the browser at start-up). The types are
// the domain's content model (src/domain/content-model.ts); the checks at the end of this file
// fail to compile when a schema and its model type drift apart.
import { z } from 'zod';
import type * as model from '../../domain/content-model';
import { FeatureCell, FeatureRow, PerformanceRow, PublishedFigure, Quantity } from './figures';
import {
  CaseStudy,
  Criterion,
  ManagedOffer,
  Practice2025,
  PropertyCell,
  PropertyRow,
  PublishedPractice,
  Recommendation2025,
} from './practice';
import { Snippet } from './snippets';
import { CellValue, Id, Level, Localized, Source, Support } from './primitives';
import {
  Answer,
  Matrix,
  MatrixCriterion,
  MatrixScenario,
  OutcomeNode,
  QuestionNode,
  Runtime,
  Tree,
  TreeNode,
} from './trees';

export * from './figures';
export * from './practice';
export * from './primitives';
export * from './snippets';
export * from './trees';

// ---------------------------------------------------------------- the whole

export const Content = z
  .object({
    defaultTree: Id,
    trees: z.array(Tree).min(1),
    runtimes: z.array(Runtime).min(1),
    matrix: Matrix,
    performance: z.array(PerformanceRow),
    features: z.array(FeatureRow),
    publishedFigures: z.array(PublishedFigure),
    snippets: z.array(Snippet),
    practice2025: Practice2025,
    caseStudies: z.array(CaseStudy),
    /** Optional, so content files written before these existed stay valid. */
    criteria: z.array(Criterion).default([]),
    publishedPractices: z.array(PublishedPractice).default([]),
    properties: z.array(PropertyRow).default([]),
    managedOffers: z.array(ManagedOffer).default([]),
  })
  .strict();
export type Content = z.infer<typeof Content>;
export type ContentInput = z.input<typeof Content>;

// ---------------------------------------------------------------- schema = model

/** True when A and B are each assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/** Each entry fails to compile when a schema's output and the domain's type differ. */
export type SchemaMatchesModel = [
  Holds<Same<z.infer<typeof Localized>, model.Localized>>,
  Holds<Same<z.infer<typeof Source>, model.Source>>,
  Holds<Same<z.infer<typeof Support>, model.Support>>,
  Holds<Same<z.infer<typeof Level>, model.Level>>,
  Holds<Same<z.infer<typeof CellValue>, model.CellValue>>,
  Holds<Same<z.infer<typeof Answer>, model.QuestionNode['answers'][number]>>,
  Holds<Same<z.infer<typeof QuestionNode>, model.QuestionNode>>,
  Holds<Same<z.infer<typeof OutcomeNode>, model.OutcomeNode>>,
  Holds<Same<z.infer<typeof TreeNode>, model.QuestionNode | model.OutcomeNode>>,
  Holds<Same<z.infer<typeof Tree>, model.ContentTree>>,
  Holds<Same<z.infer<typeof Runtime>, model.Runtime>>,
  Holds<Same<z.infer<typeof MatrixCriterion>, model.MatrixCriterion>>,
  Holds<Same<z.infer<typeof MatrixScenario>, model.MatrixScenario>>,
  Holds<Same<z.infer<typeof Matrix>, model.Matrix>>,
  Holds<Same<z.infer<typeof Quantity>, model.Quantity>>,
  Holds<Same<z.infer<typeof PerformanceRow>, model.PerformanceRow>>,
  Holds<Same<z.infer<typeof FeatureCell>, model.FeatureCell>>,
  Holds<Same<z.infer<typeof FeatureRow>, model.FeatureRow>>,
  Holds<Same<z.infer<typeof PublishedFigure>, model.PublishedFigure>>,
  Holds<Same<z.infer<typeof Recommendation2025>, model.Recommendation>>,
  Holds<Same<z.infer<typeof Practice2025>, model.Practice2025>>,
  Holds<Same<z.infer<typeof CaseStudy>, model.CaseStudy>>,
  Holds<Same<z.infer<typeof Criterion>, model.Criterion>>,
  Holds<Same<z.infer<typeof PublishedPractice>, model.PublishedPractice>>,
  Holds<Same<z.infer<typeof PropertyCell>, model.PropertyCell>>,
  Holds<Same<z.infer<typeof PropertyRow>, model.PropertyRow>>,
  Holds<Same<z.infer<typeof ManagedOffer>, model.ManagedOffer>>,
];
