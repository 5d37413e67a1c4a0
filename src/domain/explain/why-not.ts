// Why not each other runtime: the needs it fails or meets less well than the recommendation,
// what the feature table says beyond those needs, the 2025 recommendations that name it, where
// the path turned away from it, and the fewest answer changes that lead to it.
import type { PathStep } from '../engine';
import type { TreeGraph } from '../tree-graph';
import type { Answer, DecisionTree, QuestionNode } from '../tree';
import type {
  ExplainContent,
  FeatureCellData,
  FeatureRowData,
  RecommendationData,
} from './content';
import { readNeeds, type Need, type NeedFinding } from './needs';
import { recommendationsNaming } from './profile';
import { nearestRoute, type Route } from './routes';
import { cellOf, cellScore, sameCell } from './tables';

export interface FeatureComparison {
  feature: FeatureRowData;
  subject: FeatureCellData;
  recommended: FeatureCellData;
}

export interface WhyNot {
  runtime: string;
  /**
   * `ruled_out`: it fails a need the answers state, by the guide's tables or a published
   * property row. `disputed`: every need it fails, it fails only by a guide rating that a cited
   * published source contradicts (`fails[].subject.disputedBy` names the alternative). `second`:
   * it is the alternative (or first choice) in a 2025 recommendation that applies.
   * `also_meets`: it meets every need the answers state, as far as the tables say; a second
   * choice, the tree leads elsewhere. `not_chosen`: the answers state no need it could fail or
   * meet; the tree's path and the tables below say why.
   */
  verdict: 'ruled_out' | 'disputed' | 'second' | 'also_meets' | 'not_chosen';
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

export interface WhyNotContext {
  content: ExplainContent;
  graph: TreeGraph;
  steps: readonly PathStep[];
  answers: Readonly<Record<string, string>>;
  /** The recommended runtime. */
  runtime: string;
  needs: readonly Need[];
  /** The 2025 recommendations that apply to the path. */
  applied: readonly RecommendationData[];
  otherTrees: readonly DecisionTree[];
}

/** Features the needs did not cover, where the guide rates the two runtimes differently. */
function unaskedDifferences(
  context: WhyNotContext,
  candidate: string,
): Pick<WhyNot, 'recommendedBetter' | 'subjectBetter'> {
  const neededFeatures = new Set(context.needs.map((need) => need.feature.id));
  const recommendedBetter: FeatureComparison[] = [];
  const subjectBetter: FeatureComparison[] = [];
  for (const feature of context.content.features) {
    if (neededFeatures.has(feature.id)) continue;
    const subject = cellOf(feature, candidate);
    const recommended = cellOf(feature, context.runtime);
    if (!subject || !recommended || sameCell(subject, recommended)) continue;
    const difference = cellScore(feature, subject) - cellScore(feature, recommended);
    if (difference < 0) recommendedBetter.push({ feature, subject, recommended });
    if (difference > 0) subjectBetter.push({ feature, subject, recommended });
  }
  return { recommendedBetter, subjectBetter };
}

/**
 * Answers that would state a capability need (a GPU): something the workload uses, not a
 * protection it wants. A route never suggests them to a reader who did not give them.
 */
export function addsCapability(
  content: Pick<ExplainContent, 'criteria'>,
): (question: QuestionNode, answer: Answer) => boolean {
  return (question, answer) =>
    content.criteria.some(
      (criterion) =>
        criterion.capability === true &&
        criterion.questionId === question.id &&
        criterion.answerId === answer.id,
    );
}

export function whyNot(context: WhyNotContext, candidate: string): WhyNot {
  const { content, graph, steps, answers, runtime } = context;
  const tree = graph.tree;
  const findings = readNeeds(content, context.needs, candidate, runtime);
  const fails = findings.filter((finding) => finding.subject.meets === false);
  const rest = findings.filter((finding) => finding.subject.meets !== false);
  const compare = (finding: NeedFinding): number =>
    (finding.subject.score ?? 0) - (finding.recommended.score ?? 0);
  const comparable = rest.filter(
    (finding) => finding.subject.score !== undefined && finding.recommended.score !== undefined,
  );
  const named = recommendationsNaming(context.applied, candidate);

  const inTree = graph.runtimesFrom(tree.root).has(candidate);
  const turnedAway = inTree
    ? steps.find((step) => !graph.runtimesFrom(step.answer.next).has(candidate))
    : undefined;
  const avoid = addsCapability(content);
  let route = inTree ? nearestRoute(tree, answers, candidate, avoid) : undefined;
  for (const other of context.otherTrees) {
    if (route) break;
    if (other.id !== tree.id) route = nearestRoute(other, answers, candidate, avoid);
  }

  return {
    runtime: candidate,
    verdict:
      fails.length > 0
        ? fails.every((finding) => finding.subject.disputedBy.length > 0)
          ? 'disputed'
          : 'ruled_out'
        : named.length > 0
          ? 'second'
          : findings.length > 0 && findings.every((finding) => finding.subject.meets === true)
            ? 'also_meets'
            : 'not_chosen',
    inTree,
    turnedAway,
    fails,
    weaker: comparable.filter((finding) => compare(finding) < 0),
    equal: comparable.filter((finding) => compare(finding) === 0),
    stronger: comparable.filter((finding) => compare(finding) > 0),
    ...unaskedDifferences(context, candidate),
    recommendations: named,
    route,
  };
}
