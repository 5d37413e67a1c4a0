// The schema of decision trees, runtimes and the guide's matrix (whose columns are tree questions).
import { z } from 'zod';
import { Id, text, Localized, Source, Support, TitledText } from './primitives';

// ---------------------------------------------------------------- trees

export const Answer = z.object({ id: Id, label: Localized, next: Id }).strict();

export const QuestionNode = z
  .object({
    kind: z.literal('question'),
    id: Id,
    text: Localized,
    help: Localized,
    /** The guide's own wording of the question, where the guide has one (资源受限?). */
    guideText: text.optional(),
    /** The question that asks the same thing in another tree, by tree id. */
    counterparts: z.record(Id, Id).optional(),
    answers: z.array(Answer).min(2, 'a question needs at least two answers').max(6),
  })
  .strict();

export const OutcomeNode = z
  .object({
    kind: z.literal('outcome'),
    id: Id,
    runtime: Id,
    label: Localized,
    scenario: Localized,
  })
  .strict();

export const TreeNode = z.discriminatedUnion('kind', [QuestionNode, OutcomeNode]);

export const Tree = z
  .object({
    id: Id,
    title: Localized,
    description: Localized,
    /** `guide`: the guide's tree exactly; `extension`: ours, built on the guide's guidance; `custom`: a team's. */
    origin: z.enum(['guide', 'extension', 'custom']),
    root: Id,
    nodes: z.array(TreeNode).min(2).max(200),
  })
  .strict();
export type Tree = z.infer<typeof Tree>;

// ---------------------------------------------------------------- runtimes

export const Runtime = z
  .object({
    id: Id,
    name: Localized,
    /** One colour per runtime, used everywhere it appears; light and dark shades. */
    color: z
      .object({
        light: z.string().regex(/^#[0-9a-f]{6}$/i),
        dark: z.string().regex(/^#[0-9a-f]{6}$/i),
      })
      .strict(),
    /** One line: what it is. */
    summary: Localized,
    /** The guide's "when it fits" guidance. Empty lists mean the guide says nothing. */
    coreTraits: z.array(TitledText),
    typicalUses: z.array(Localized),
    advantages: z.array(Localized),
    bestPractices: z.array(TitledText),
    source: Source,
  })
  .strict();
export type Runtime = z.infer<typeof Runtime>;

// ---------------------------------------------------------------- matrix

export const MatrixCriterion = z
  .object({
    /** The guide tree question this column answers. */
    id: Id,
    questionId: Id,
    label: Localized,
  })
  .strict();

export const MatrixScenario = z
  .object({
    id: Id,
    label: Localized,
    cells: z.record(Id, Support),
    runtime: Id,
  })
  .strict();

export const Matrix = z
  .object({
    treeId: Id,
    criteria: z.array(MatrixCriterion).min(1),
    scenarios: z.array(MatrixScenario).min(1),
    source: Source,
  })
  .strict();
export type Matrix = z.infer<typeof Matrix>;
