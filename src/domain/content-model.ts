// The content model: what the guide's data (and a team's content file) is made of, as the
// domain reads it. src/content/schema.ts validates untrusted input against these types (a
// compile-time check there fails when the two drift apart), and every derivation in src/domain
// takes them as they are declared here. The rating vocabularies are declared once, here.
import type { DecisionTree, Localized, OutcomeNode, QuestionNode } from './tree';

// ---------------------------------------------------------------- ratings

/** The guide's check / warning / cross marks, best first. */
export const SUPPORTS = ['yes', 'partly', 'no'] as const;
export type Support = (typeof SUPPORTS)[number];

/** The guide's qualitative scale, lowest first; a level's rank is its index + 1. */
export const LEVELS = ['very_low', 'low', 'medium', 'high', 'very_high'] as const;
export type Level = (typeof LEVELS)[number];

/** A feature-table cell value: a step of the guide's scale or one of its three marks. */
export type CellValue = Support | Level;

// ---------------------------------------------------------------- sources

/**
 * Where a figure or claim comes from. `guide` is the guide's own word (shown as the guide's,
 * never as a measurement); `citation` is published material with a link and a date.
 * `inference` marks our own reasoning from cited material, and must say so in the UI.
 */
export type Source =
  | { kind: 'guide'; section?: Localized | undefined }
  | { kind: 'citation'; title: string; url: string; date: string; note?: Localized | undefined }
  | { kind: 'inference'; basis: Localized };

// ---------------------------------------------------------------- trees and runtimes

export const TREE_ORIGINS = ['guide', 'extension', 'custom'] as const;
/** `guide`: the guide's tree exactly; `extension`: ours, built on the guide's guidance; `custom`: a team's. */
export type TreeOrigin = (typeof TREE_ORIGINS)[number];

/** A decision tree as content carries it: the engine's tree plus what the pages show about it. */
export interface ContentTree extends DecisionTree {
  title: Localized;
  description: Localized;
  origin: TreeOrigin;
}

export type { DecisionTree, Localized, OutcomeNode, QuestionNode };

export interface TitledText {
  title: Localized;
  text: Localized;
}

export interface Runtime {
  id: string;
  name: Localized;
  /** One colour per runtime, used everywhere it appears; light and dark shades. */
  color: { light: string; dark: string };
  /** One line: what it is. */
  summary: Localized;
  /** The guide's "when it fits" guidance. Empty lists mean the guide says nothing. */
  coreTraits: TitledText[];
  typicalUses: Localized[];
  advantages: Localized[];
  bestPractices: TitledText[];
  source: Source;
}

// ---------------------------------------------------------------- figures

export const BOUNDS = ['lt', 'range', 'approx'] as const;
export type Bound = (typeof BOUNDS)[number];

/**
 * A quantity as the source states it. `lt` is "< max" (the guide's "<10ms"); `range` is
 * min..max; `approx` is a single value. Values are in the metric's base unit (ms or MB).
 */
export interface Quantity {
  bound: Bound;
  min?: number | undefined;
  max: number;
  /** The source's own wording, for the tables ("<10ms", "1-5s"). */
  display: Localized;
}

export const PERFORMANCE_COLUMNS = [
  'coldStartMs',
  'memoryMb',
  'isolationStars',
  'gpu',
  'compatibility',
] as const;
export type PerformanceColumn = (typeof PERFORMANCE_COLUMNS)[number];

export interface PerformanceRow {
  runtime: string;
  coldStartMs: Quantity;
  memoryMb: Quantity;
  /** The guide's isolation stars (1..5). */
  isolationStars: number;
  gpu: Support;
  compatibility: Support;
  source: Source;
}

export type FeatureCell =
  { kind: 'level'; level: Level; text: Localized } | { kind: 'support'; support: Support };

export interface FeatureRow {
  id: string;
  label: Localized;
  /** For `level` cells: does a higher level mean better (startup speed) or worse (resource use)? */
  higherIsBetter: boolean;
  values: Record<string, FeatureCell>;
}

export const FIGURE_METRICS = [
  'cold_start',
  'memory',
  'isolation',
  'gpu',
  'compatibility',
  'version',
  'install',
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

export const FIGURE_RELATIONS = ['agrees', 'disagrees', 'adds'] as const;
/** How a published figure relates to the guide's figure for the same runtime and metric. */
export type FigureRelation = (typeof FIGURE_RELATIONS)[number];

/** A published measurement or current fact that may differ from the guide's figure. */
export interface PublishedFigure {
  id: string;
  runtime: string;
  metric: FigureMetric;
  /** Present for cold_start (ms) and memory (MB). */
  quantity?: Quantity | undefined;
  statement: Localized;
  conditions: Localized;
  source: Source;
  relation: FigureRelation;
  /**
   * The source's finding as a cell of the guide's scale, where it gives one (gVisor's nvproxy:
   * GPU "partly"). A cited figure whose reading meets a need the guide's own cell fails marks
   * that failure as disputed rather than final.
   */
  reading?: CellValue | undefined;
}

// ---------------------------------------------------------------- matrix

export interface MatrixCriterion {
  id: string;
  /** The guide tree question this column answers. */
  questionId: string;
  label: Localized;
}

export interface MatrixScenario {
  id: string;
  label: Localized;
  cells: Record<string, Support>;
  runtime: string;
}

export interface Matrix {
  treeId: string;
  criteria: MatrixCriterion[];
  scenarios: MatrixScenario[];
  source: Source;
}

// ---------------------------------------------------------------- 2025 practice, case studies

export const ALTERNATIVE_KINDS = ['traditional', 'second'] as const;

/** One entry of a stack: a product name ("K3s 1.30") or words ("GPU acceleration"). */
export type StackEntry = string | Localized;

export interface Recommendation {
  /** A matrix scenario id, or `strong_isolation`. */
  scenarioId: string;
  label: Localized;
  first: { runtime: string; reason: Localized };
  alternative: { runtime: string; kind: (typeof ALTERNATIVE_KINDS)[number]; reason: Localized };
}

export interface Practice2025 {
  runtime: string;
  title: Localized;
  /** Product names as they are; a word the guide writes in its language is localised. */
  stack: StackEntry[];
  features: TitledText[];
  recommendations: Recommendation[];
  source: Source;
}

export interface CaseStudy {
  id: string;
  runtime: string;
  /** Matrix scenario the case belongs to, so it can be shown on the matching result. */
  scenarioId: string;
  title: Localized;
  scenario: Localized;
  /** Product names as they are; a word the guide writes in its language is localised. */
  stack: StackEntry[];
  reasons: TitledText[];
  results: { label: Localized; value: Localized }[];
  source: Source;
}

// ---------------------------------------------------------------- criteria, published practices

/**
 * How one answer reads against the guide's tables: answering `answerId` to `questionId` states a
 * need that the feature row `feature` measures. Runtimes whose cell is not in `acceptable` fail
 * the need. This mapping is a reading of the guide, so its `source` says whose reading it is.
 * Why-not and the result's reasons are derived from these, never written per path.
 */
export interface Criterion {
  id: string;
  questionId: string;
  answerId: string;
  feature: string;
  acceptable: CellValue[];
  /** The performance-table column that gives the guide's figure for the same need. */
  performance?: PerformanceColumn | undefined;
  /** Published-figure metrics that bear on the need (shown beside the guide's figure). */
  metrics: FigureMetric[];
  /** A 2025 recommendation (its scenarioId) that applies whenever this need is stated. */
  recommendation?: string | undefined;
  /**
   * When set, whether a runtime meets the need is read from this published property row (and
   * its `acceptable` marks), not from the guide's feature cell, which is still shown beside it:
   * the guide's stars and marks do not say what such a question asks (a VM boundary is not
   * "5 isolation stars").
   */
  property?: { id: string; acceptable: Support[] } | undefined;
  /**
   * A need for something the workload uses (a GPU), not a protection it wants: a route to
   * another runtime never suggests stating it.
   */
  capability?: boolean | undefined;
  source: Source;
}

/** One runtime's cell in a property row: a mark, what it means in words, and its source. */
export interface PropertyCell {
  support: Support;
  text: Localized;
  source: Source;
}

/**
 * A property the trees ask about that the guide's tables do not state as such ("runs
 * unmodified Linux container images", "hardware-virtualisation boundary"). Ours, from published
 * sources, shown beside the guide's ratings and never as the guide's.
 */
export interface PropertyRow {
  id: string;
  label: Localized;
  values: Record<string, PropertyCell>;
}

/**
 * A managed service that runs a runtime for you (GKE Sandbox runs gVisor), shown beside the
 * self-managed snippets. Always a citation.
 */
export interface ManagedOffer {
  id: string;
  runtime: string;
  provider: Localized;
  name: Localized;
  text: Localized;
  source: Source;
}

/**
 * Published practice where the guide has none (its best practices stop at three runtimes).
 * Always a citation: it is never shown as the guide's word.
 */
export interface PublishedPractice {
  id: string;
  runtime: string;
  title: Localized;
  text: Localized;
  source: Source;
}
