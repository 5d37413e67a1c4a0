// Why this runtime, why not the others, and what would change it. Everything here is derived
// from content data (the tree, the guide's feature and performance tables, its 2025
// recommendations and matrix, published figures, and the criteria that read answers against
// the tables); no sentence is written per path. Pure and total: content with gaps (a team's
// runtime without table rows, a tree without criteria) gives fewer findings, never an error.
//
// The types below describe only what the derivation reads. The zod-inferred content types are
// structurally compatible with them, so src/content is never imported here.
import { enumeratePaths, resolvePath, type PathStep } from './engine';
import type { Answer, DecisionTree, Localized, OutcomeNode, QuestionNode, TreeNode } from './tree';
import { ownValue } from './own';

// ---------------------------------------------------------------- content, as read here

export type Support = 'yes' | 'partly' | 'no';
export type Level = 'very_low' | 'low' | 'medium' | 'high' | 'very_high';
export type CellValue = Support | Level;

export type SourceRef =
  | { kind: 'guide'; section?: Localized | undefined }
  | {
      kind: 'citation';
      title: string;
      url: string;
      date: string;
      note?: Localized | undefined;
    }
  | { kind: 'inference'; basis: Localized };

export type FeatureCellData =
  { kind: 'level'; level: Level; text: Localized } | { kind: 'support'; support: Support };

export interface FeatureRowData {
  id: string;
  label: Localized;
  higherIsBetter: boolean;
  values: Record<string, FeatureCellData>;
}

export type PerformanceColumn =
  'coldStartMs' | 'memoryMb' | 'isolationStars' | 'gpu' | 'compatibility';

export interface PerformanceRowData {
  runtime: string;
  coldStartMs: { display: Localized };
  memoryMb: { display: Localized };
  isolationStars: number;
  gpu: Support;
  compatibility: Support;
  source: SourceRef;
}

export type FigureMetric =
  'cold_start' | 'memory' | 'isolation' | 'gpu' | 'compatibility' | 'version' | 'install';

export interface PublishedFigureData {
  id: string;
  runtime: string;
  metric: FigureMetric;
  statement: Localized;
  conditions: Localized;
  source: SourceRef;
  relation: 'agrees' | 'disagrees' | 'adds';
}

export interface RecommendationData {
  scenarioId: string;
  label: Localized;
  first: { runtime: string; reason: Localized };
  alternative: { runtime: string; kind: 'traditional' | 'second'; reason: Localized };
}

export interface MatrixData {
  treeId: string;
  criteria: { id: string; questionId: string; label: Localized }[];
  scenarios: { id: string; label: Localized; cells: Record<string, Support>; runtime: string }[];
  source: SourceRef;
}

export interface CriterionData {
  id: string;
  questionId: string;
  answerId: string;
  feature: string;
  acceptable: CellValue[];
  performance?: PerformanceColumn | undefined;
  metrics: FigureMetric[];
  recommendation?: string | undefined;
  source: SourceRef;
}

export interface ExplainContent {
  runtimes: { id: string; name: Localized }[];
  features: FeatureRowData[];
  performance: PerformanceRowData[];
  publishedFigures: PublishedFigureData[];
  practice2025: { recommendations: RecommendationData[]; source: SourceRef };
  matrix: MatrixData;
  caseStudies: { id: string; runtime: string; scenarioId: string }[];
  criteria: CriterionData[];
}

// ---------------------------------------------------------------- readings of the tables

const LEVELS: readonly Level[] = ['very_low', 'low', 'medium', 'high', 'very_high'];
const SUPPORT_SCORE: Readonly<Record<Support, number>> = { no: 0, partly: 0.5, yes: 1 };

export function cellValue(cell: FeatureCellData): CellValue {
  return cell.kind === 'level' ? cell.level : cell.support;
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
    const cell = ownValue(feature.values, runtime);
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

// ---------------------------------------------------------------- needs stated by the answers

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
  const cell = ownValue(feature.values, runtime);
  return {
    runtime,
    cell,
    score: cell ? cellScore(feature, cell) : undefined,
    meets: cell ? criterion.acceptable.includes(cellValue(cell)) : undefined,
    figure: guideFigure(content, runtime, criterion.performance),
    published: publishedBeside(content, runtime, criterion.metrics),
  };
}

// ---------------------------------------------------------------- the guide's scenarios

export interface ScenarioMatch {
  scenario: MatrixData['scenarios'][number];
  /** Matrix criteria whose question the path answered, with the matrix's cell for it. */
  agrees: string[];
  conflicts: string[];
}

/**
 * The matrix scenarios of the recommended runtime that fit the answers best. An answer equal to
 * the cell counts 1, a 'partly' cell 0.5 (either answer fits it), a contradiction -1. Ties are
 * all returned; no scenario is returned when no matrix question was answered.
 */
export function matchScenarios(
  matrix: MatrixData,
  answers: Readonly<Record<string, string>>,
  runtime: string,
): ScenarioMatch[] {
  const answered = matrix.criteria.filter((criterion) =>
    Object.hasOwn(answers, criterion.questionId),
  );
  if (answered.length === 0) return [];
  const scored = matrix.scenarios
    .filter((scenario) => scenario.runtime === runtime)
    .map((scenario) => {
      let score = 0;
      const agrees: string[] = [];
      const conflicts: string[] = [];
      for (const criterion of answered) {
        const cell = Object.hasOwn(scenario.cells, criterion.id)
          ? scenario.cells[criterion.id]
          : undefined;
        if (cell === undefined) continue;
        if (cell === 'partly') {
          score += 0.5;
        } else if (cell === answers[criterion.questionId]) {
          score += 1;
          agrees.push(criterion.id);
        } else {
          score -= 1;
          conflicts.push(criterion.id);
        }
      }
      return { scenario, agrees, conflicts, score };
    });
  const best = Math.max(...scored.map((entry) => entry.score));
  return scored
    .filter((entry) => entry.score === best)
    .map(({ scenario, agrees, conflicts }) => ({ scenario, agrees, conflicts }));
}

export interface AppliedRecommendation {
  recommendation: RecommendationData;
  /** Why it applies: the path's matrix scenario, or a need the answers state. */
  via: { kind: 'scenario'; scenarioId: string } | { kind: 'need'; questionId: string };
}

// ---------------------------------------------------------------- routes through a tree

/** The runtimes each node can still lead to. */
function reachableRuntimes(tree: DecisionTree): (id: string) => Set<string> {
  const byId = new Map<string, TreeNode>();
  for (const node of tree.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const memo = new Map<string, Set<string>>();
  const visit = (id: string, onStack: Set<string>): Set<string> => {
    const cached = memo.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    const out = new Set<string>();
    if (!node || onStack.has(id)) return out;
    if (node.kind === 'outcome') {
      out.add(node.runtime);
    } else {
      onStack.add(id);
      for (const answer of node.answers) for (const r of visit(answer.next, onStack)) out.add(r);
      onStack.delete(id);
    }
    memo.set(id, out);
    return out;
  };
  return (id) => visit(id, new Set());
}

export interface RouteChange {
  question: QuestionNode;
  /** The answer given now; absent when the path does not ask this question yet. */
  from: Answer | undefined;
  to: Answer;
}

/** A complete set of answers that leads to a runtime, and how it differs from the given ones. */
export interface Route {
  treeId: string;
  answers: Record<string, string>;
  outcome: OutcomeNode;
  changes: RouteChange[];
}

/**
 * The path to `runtime` that changes the fewest given answers (then asks the fewest new
 * questions); the first such path in tree order wins a tie.
 */
export function nearestRoute(
  tree: DecisionTree,
  given: Readonly<Record<string, string>>,
  runtime: string,
): Route | undefined {
  let best: { route: Route; cost: number } | undefined;
  for (const path of enumeratePaths(tree)) {
    if (path.outcome.runtime !== runtime) continue;
    const changes: RouteChange[] = [];
    let changed = 0;
    for (const step of resolvePath(tree, path.answers).steps) {
      const previous = Object.hasOwn(given, step.question.id)
        ? step.question.answers.find((answer) => answer.id === given[step.question.id])
        : undefined;
      if (previous?.id === step.answer.id) continue;
      if (previous) changed += 1;
      changes.push({ question: step.question, from: previous, to: step.answer });
    }
    const cost = changed * 1000 + changes.length;
    if (!best || cost < best.cost) {
      best = {
        route: { treeId: tree.id, answers: path.answers, outcome: path.outcome, changes },
        cost,
      };
    }
  }
  return best?.route;
}

// ---------------------------------------------------------------- what if

export type Destination =
  | { kind: 'outcome'; outcome: OutcomeNode }
  | { kind: 'question'; question: QuestionNode }
  | { kind: 'broken' };

export interface WhatIf {
  step: PathStep;
  alternative: Answer;
  /** The answers that open that state: on-path only, so the wizard drops nothing. */
  answers: Record<string, string>;
  /** Later questions whose answers still apply after the change. */
  kept: QuestionNode[];
  leadsTo: Destination;
}

/**
 * For each answered question and each other answer to it: where the walk goes when that
 * answer changes and every later answer that is still on the new path is kept.
 */
export function whatIfs(tree: DecisionTree, steps: readonly PathStep[]): WhatIf[] {
  const given: Record<string, string> = {};
  for (const step of steps) given[step.question.id] = step.answer.id;
  return steps.flatMap((step, index) =>
    step.question.answers
      .filter((answer) => answer.id !== step.answer.id)
      .map((alternative) => {
        const resolution = resolvePath(tree, { ...given, [step.question.id]: alternative.id });
        const kept = steps
          .slice(index + 1)
          .filter((later) => Object.hasOwn(resolution.answers, later.question.id))
          .map((later) => later.question);
        const leadsTo: Destination = resolution.outcome
          ? { kind: 'outcome', outcome: resolution.outcome }
          : resolution.current
            ? { kind: 'question', question: resolution.current }
            : { kind: 'broken' };
        return { step, alternative, answers: resolution.answers, kept, leadsTo };
      }),
  );
}

// ---------------------------------------------------------------- why not

export interface FeatureComparison {
  feature: FeatureRowData;
  subject: FeatureCellData;
  recommended: FeatureCellData;
}

export interface WhyNot {
  runtime: string;
  /**
   * `ruled_out`: it fails a need the answers state, by the guide's tables. `second`: it is the
   * alternative (or first choice) in a 2025 recommendation that applies. `not_chosen`: neither;
   * the tree's path and the tables below say why.
   */
  verdict: 'ruled_out' | 'second' | 'not_chosen';
  /** Whether this tree has an outcome for it at all. */
  inTree: boolean;
  /** The answer after which this tree can no longer lead to it. */
  turnedAway: PathStep | undefined;
  fails: NeedFinding[];
  weaker: NeedFinding[];
  equal: NeedFinding[];
  stronger: NeedFinding[];
  /** Features the answers did not ask about, where the guide rates the recommendation higher. */
  recommendedBetter: FeatureComparison[];
  /** …and where it rates this runtime higher: what choosing it would gain. */
  subjectBetter: FeatureComparison[];
  recommendations: { recommendation: RecommendationData; role: 'first' | 'alternative' }[];
  /** The fewest answer changes that lead to it: in this tree, or else in another tree. */
  route: Route | undefined;
}

// ---------------------------------------------------------------- the whole explanation

export interface Explanation {
  treeId: string;
  outcome: OutcomeNode;
  runtime: string;
  /** The needs the answers state, read for the recommended runtime. */
  needs: NeedFinding[];
  strengths: Standing[];
  weaknesses: Standing[];
  scenarios: ScenarioMatch[];
  recommendations: AppliedRecommendation[];
  /** Published facts that outdate what the applicable recommendations say (versions). */
  recommendationNotes: PublishedFigureData[];
  caseStudyIds: string[];
  whyNot: WhyNot[];
  whatIf: WhatIf[];
}

function sameCell(a: FeatureCellData, b: FeatureCellData): boolean {
  return cellValue(a) === cellValue(b);
}

/**
 * Explains a reached outcome. `steps` are the answered steps that lead to it (the engine's
 * resolution). `otherTrees` are searched for a route to runtimes this tree cannot reach.
 */
export function explain(
  content: ExplainContent,
  tree: DecisionTree,
  steps: readonly PathStep[],
  outcome: OutcomeNode,
  otherTrees: readonly DecisionTree[] = [],
): Explanation {
  const runtime = outcome.runtime;
  const answers: Record<string, string> = {};
  for (const step of steps) answers[step.question.id] = step.answer.id;

  const needs = statedNeeds(content, steps);
  const readNeeds = (subject: string): NeedFinding[] =>
    needs.map((need) => ({
      need,
      subject: readRuntime(content, need, subject),
      recommended: readRuntime(content, need, runtime),
    }));

  const scenarios = matchScenarios(content.matrix, answers, runtime);
  const recommendations: AppliedRecommendation[] = [];
  const addRecommendation = (scenarioId: string, via: AppliedRecommendation['via']): void => {
    for (const recommendation of content.practice2025.recommendations) {
      if (recommendation.scenarioId !== scenarioId) continue;
      if (recommendations.some((applied) => applied.recommendation === recommendation)) continue;
      recommendations.push({ recommendation, via });
    }
  };
  for (const match of scenarios) {
    addRecommendation(match.scenario.id, { kind: 'scenario', scenarioId: match.scenario.id });
  }
  for (const need of needs) {
    if (need.criterion.recommendation !== undefined) {
      addRecommendation(need.criterion.recommendation, {
        kind: 'need',
        questionId: need.step.question.id,
      });
    }
  }
  const firstChoices = new Set(
    recommendations.map((applied) => applied.recommendation.first.runtime),
  );
  const recommendationNotes = content.publishedFigures.filter(
    (figure) =>
      figure.metric === 'version' &&
      figure.relation === 'disagrees' &&
      firstChoices.has(figure.runtime),
  );

  const scenarioIds = new Set(scenarios.map((match) => match.scenario.id));
  const caseStudyIds = content.caseStudies
    .filter((study) => study.runtime === runtime && scenarioIds.has(study.scenarioId))
    .map((study) => study.id);

  const reach = reachableRuntimes(tree);
  const neededFeatures = new Set(needs.map((need) => need.feature.id));
  const whyNot = content.runtimes
    .filter((candidate) => candidate.id !== runtime)
    .map((candidate): WhyNot => {
      const findings = readNeeds(candidate.id);
      const fails = findings.filter((finding) => finding.subject.meets === false);
      const rest = findings.filter((finding) => finding.subject.meets !== false);
      const compare = (finding: NeedFinding): number =>
        (finding.subject.score ?? 0) - (finding.recommended.score ?? 0);
      const comparable = rest.filter(
        (finding) => finding.subject.score !== undefined && finding.recommended.score !== undefined,
      );

      const recommendedBetter: FeatureComparison[] = [];
      const subjectBetter: FeatureComparison[] = [];
      for (const feature of content.features) {
        if (neededFeatures.has(feature.id)) continue;
        const subject = ownValue(feature.values, candidate.id);
        const recommended = ownValue(feature.values, runtime);
        if (!subject || !recommended || sameCell(subject, recommended)) continue;
        const difference = cellScore(feature, subject) - cellScore(feature, recommended);
        if (difference < 0) recommendedBetter.push({ feature, subject, recommended });
        if (difference > 0) subjectBetter.push({ feature, subject, recommended });
      }

      const named: WhyNot['recommendations'] = [];
      for (const { recommendation } of recommendations) {
        if (recommendation.first.runtime === candidate.id) {
          named.push({ recommendation, role: 'first' });
        } else if (recommendation.alternative.runtime === candidate.id) {
          named.push({ recommendation, role: 'alternative' });
        }
      }

      const inTree = reach(tree.root).has(candidate.id);
      let turnedAway: PathStep | undefined;
      if (inTree) {
        turnedAway = steps.find((step) => !reach(step.answer.next).has(candidate.id));
      }
      let route = inTree ? nearestRoute(tree, answers, candidate.id) : undefined;
      for (const other of otherTrees) {
        if (route) break;
        if (other.id !== tree.id) route = nearestRoute(other, answers, candidate.id);
      }

      return {
        runtime: candidate.id,
        verdict: fails.length > 0 ? 'ruled_out' : named.length > 0 ? 'second' : 'not_chosen',
        inTree,
        turnedAway,
        fails,
        weaker: comparable.filter((finding) => compare(finding) < 0),
        equal: comparable.filter((finding) => compare(finding) === 0),
        stronger: comparable.filter((finding) => compare(finding) > 0),
        recommendedBetter,
        subjectBetter,
        recommendations: named,
        route,
      };
    });

  const { strengths, weaknesses } = consequences(content, runtime);
  return {
    treeId: tree.id,
    outcome,
    runtime,
    needs: readNeeds(runtime),
    strengths,
    weaknesses,
    scenarios,
    recommendations,
    recommendationNotes,
    caseStudyIds,
    whyNot,
    whatIf: whatIfs(tree, steps),
  };
}

// ---------------------------------------------------------------- matrix presets

export interface MatrixPreset {
  scenarioId: string;
  /** Every answer the matrix row fixes (its yes/no cells), whether or not the path asks it. */
  fixed: Record<string, string>;
  /** The fixed answers that lie on the walk, in path order: what the wizard link carries. */
  answers: Record<string, string>;
  /** Questions the row marks 'partly': left to the user. */
  open: string[];
  /** Where the link lands. */
  lands: Destination;
}

/**
 * Opens the wizard for a matrix scenario: its yes/no cells become answers, its 'partly' cells
 * stay open. Only answers the walk actually reaches go into the link, so the wizard never has
 * to drop one (it stops at the first open question on the path).
 */
export function matrixPreset(
  matrix: MatrixData,
  tree: DecisionTree,
  scenarioId: string,
): MatrixPreset | undefined {
  const scenario = matrix.scenarios.find((candidate) => candidate.id === scenarioId);
  if (!scenario) return undefined;
  const fixed: Record<string, string> = {};
  const open: string[] = [];
  for (const criterion of matrix.criteria) {
    const cell = Object.hasOwn(scenario.cells, criterion.id)
      ? scenario.cells[criterion.id]
      : undefined;
    if (cell === undefined) continue;
    if (cell === 'partly') {
      open.push(criterion.questionId);
      continue;
    }
    const question = tree.nodes.find(
      (node): node is QuestionNode => node.kind === 'question' && node.id === criterion.questionId,
    );
    if (question?.answers.some((answer) => answer.id === cell)) fixed[criterion.questionId] = cell;
  }
  const resolution = resolvePath(tree, fixed);
  const lands: Destination = resolution.outcome
    ? { kind: 'outcome', outcome: resolution.outcome }
    : resolution.current
      ? { kind: 'question', question: resolution.current }
      : { kind: 'broken' };
  return { scenarioId, fixed, answers: resolution.answers, open, lands };
}

// ---------------------------------------------------------------- a runtime on its own

export interface RuntimeProfile {
  standings: Standing[];
  /** The 2025 recommendations that name it, and in which role. */
  recommendations: { recommendation: RecommendationData; role: 'first' | 'alternative' }[];
  /** Every published figure for it, by metric, in content order. */
  published: Partial<Record<FigureMetric, PublishedFigureData[]>>;
  caseStudyIds: string[];
}

/** What the runtime page shows, gathered from the content for one runtime. */
export function runtimeProfile(content: ExplainContent, runtime: string): RuntimeProfile {
  const recommendations: RuntimeProfile['recommendations'] = [];
  for (const recommendation of content.practice2025.recommendations) {
    if (recommendation.first.runtime === runtime) {
      recommendations.push({ recommendation, role: 'first' });
    } else if (recommendation.alternative.runtime === runtime) {
      recommendations.push({ recommendation, role: 'alternative' });
    }
  }
  const published: RuntimeProfile['published'] = {};
  for (const figure of content.publishedFigures) {
    if (figure.runtime !== runtime) continue;
    (published[figure.metric] ??= []).push(figure);
  }
  return {
    standings: standings(content, runtime),
    recommendations,
    published,
    caseStudyIds: content.caseStudies
      .filter((study) => study.runtime === runtime)
      .map((study) => study.id),
  };
}
