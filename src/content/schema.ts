// The schema every piece of content passes through: the built-in guide (checked by tests at
// build time) and a team's own content file (checked in the browser at start-up). Types come
// from z.infer, so the data and the code cannot drift apart.
import { z } from 'zod';
import { ID_PATTERN } from '../domain/tree';

/** Ids appear in URLs, Mermaid source and DOM attributes: a strict whitelist. */
export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be a lower-case id: a-z, 0-9 and _, starting with a letter');

/**
 * Control characters (NUL and the rest of C0 but tab and line breaks, DEL, C1) are invisible,
 * and most are not allowed in XML at all: one in a label would make the exported SVG invalid.
 * Lone surrogates (a JSON `\ud800` escape) are not text either.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]*$/;
const LONE_SURROGATE = /\p{Cs}/u;

const text = z
  .string()
  .min(1, 'must not be empty')
  .max(4000, 'is too long (over 4000 characters)')
  .regex(
    NO_CONTROL,
    'must not contain control characters (such as NUL, U+0000); only tabs and line breaks are allowed',
  )
  .refine(
    (value) => !LONE_SURROGATE.test(value),
    'must not contain a lone surrogate (U+D800-U+DFFF)',
  );

/** Every user-visible string exists in English and in Simplified Chinese. */
export const Localized = z.object({ en: text, zh: text }).strict();
export type Localized = z.infer<typeof Localized>;

const httpsUrl = z
  .string()
  .max(2000)
  .regex(/^https:\/\/[^\s"'<>]+$/, 'must be an https:// URL');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Where a figure or claim comes from. `guide` is the guide's own word (shown as the guide's,
 * never as a measurement); `citation` is published material with a link and a date.
 * `inference` marks our own reasoning from cited material, and must say so in the UI.
 */
export const Source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guide'), section: Localized.optional() }).strict(),
  z
    .object({
      kind: z.literal('citation'),
      title: text,
      url: httpsUrl,
      date: isoDate,
      note: Localized.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('inference'), basis: Localized }).strict(),
]);
export type Source = z.infer<typeof Source>;

/** The guide's check / warning / cross cells. */
export const Support = z.enum(['yes', 'partly', 'no']);
export type Support = z.infer<typeof Support>;

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

const TitledText = z.object({ title: Localized, text: Localized }).strict();

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

// ---------------------------------------------------------------- figures

/**
 * A quantity as the source states it. `lt` is "< max" (the guide's "<10ms"); `range` is
 * min..max; `approx` is a single value. Values are in the metric's base unit (ms or MB).
 */
export const Quantity = z
  .object({
    bound: z.enum(['lt', 'range', 'approx']),
    min: z.number().nonnegative().optional(),
    max: z.number().positive(),
    /** The source's own wording, for the tables ("<10ms", "1-5s"). */
    display: Localized,
  })
  .strict();
export type Quantity = z.infer<typeof Quantity>;

export const PerformanceRow = z
  .object({
    runtime: Id,
    coldStartMs: Quantity,
    memoryMb: Quantity,
    /** The guide's isolation stars (1..5). */
    isolationStars: z.number().int().min(1).max(5),
    gpu: Support,
    compatibility: Support,
    source: Source,
  })
  .strict();

/** The guide's qualitative scale, in order. */
export const Level = z.enum(['very_low', 'low', 'medium', 'high', 'very_high']);
export type Level = z.infer<typeof Level>;

export const FeatureCell = z.union([
  z.object({ kind: z.literal('level'), level: Level, text: Localized }).strict(),
  z.object({ kind: z.literal('support'), support: Support }).strict(),
]);

export const FeatureRow = z
  .object({
    id: Id,
    label: Localized,
    /** For `level` cells: does a higher level mean better (startup speed) or worse (resource use)? */
    higherIsBetter: z.boolean(),
    values: z.record(Id, FeatureCell),
  })
  .strict();

/** A published measurement or current fact that may differ from the guide's figure. */
export const PublishedFigure = z
  .object({
    id: Id,
    runtime: Id,
    metric: z.enum([
      'cold_start',
      'memory',
      'isolation',
      'gpu',
      'compatibility',
      'version',
      'install',
    ]),
    /** Present for cold_start (ms) and memory (MB). */
    quantity: Quantity.optional(),
    statement: Localized,
    conditions: Localized,
    source: Source,
    /** How it relates to the guide's figure for the same runtime and metric. */
    relation: z.enum(['agrees', 'disagrees', 'adds']),
  })
  .strict();
export type PublishedFigure = z.infer<typeof PublishedFigure>;

// ---------------------------------------------------------------- snippets

/** Where a snippet set deploys: Kubernetes on containerd 2.x or 1.x, K3s, or plain containerd (ctr). */
export const SnippetTarget = z.enum(['k8s_containerd2', 'k8s_containerd1', 'k3s', 'ctr']);
export type SnippetTarget = z.infer<typeof SnippetTarget>;

/** What a block does, in the order a set is shown; `gpu` blocks form the set's GPU variant. */
export const SnippetStep = z.enum(['install', 'configure', 'runtimeclass', 'pod', 'smoke', 'gpu']);
export type SnippetStep = z.infer<typeof SnippetStep>;

/** A component version the block pins, as it appears in the code ("4.1.0", "v1.37.1+k3s1"). */
export const SnippetVersion = z
  .object({ component: text, version: z.string().min(1).max(80) })
  .strict();

export const Snippet = z
  .object({
    id: Id,
    runtime: Id,
    title: Localized,
    language: z.enum(['bash', 'yaml', 'toml']),
    /** Commands stay as they are; only comments may differ between languages. */
    code: Localized,
    origin: z.enum(['guide', 'current']),
    /** For the guide's examples: what is outdated. For current ones: limits and caveats. */
    note: Localized.optional(),
    source: Source,
    // The fields below are optional so the guide's examples and older content files stay valid.
    target: SnippetTarget.optional(),
    step: SnippetStep.optional(),
    versions: z.array(SnippetVersion).max(20).optional(),
    /** false: the block departs from its source or was not checked; `unverifiedNote` says how. */
    verified: z.boolean().optional(),
    unverifiedNote: Localized.optional(),
    /** The id of the containerd configuration block whose runtime a RuntimeClass names. */
    pairsWith: Id.optional(),
    /** The name the block downloads as. */
    filename: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be a plain file name: a-z, 0-9, ., _ and -')
      .optional(),
  })
  .strict();
export type Snippet = z.infer<typeof Snippet>;

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
    stack: z.array(text),
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
    stack: z.array(text),
    reasons: z.array(TitledText),
    results: z.array(z.object({ label: Localized, value: Localized }).strict()),
    source: Source,
  })
  .strict();

// ---------------------------------------------------------------- criteria, published practices

/** A feature-table cell value: a step of the guide's scale or one of its three marks. */
export const CellValue = z.union([Level, Support]);
export type CellValue = z.infer<typeof CellValue>;

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
  })
  .strict();
export type Content = z.infer<typeof Content>;
export type ContentInput = z.input<typeof Content>;
