// The whole explanation of a reached outcome: the needs the answers state, what the guide's
// tables say of the recommended runtime, the matrix scenarios and 2025 recommendations that
// apply, why not each other runtime, and what each other answer would change. Derived from
// content data, never written per path. Pure and total: content with gaps (a team's runtime
// without table rows, a tree without criteria) gives fewer findings, never an error.
import type { PathStep } from '../engine';
import { treeGraph } from '../tree-graph';
import type { DecisionTree, OutcomeNode } from '../tree';
import type { ExplainContent, PublishedFigureData } from './content';
import { carryOver, disputeReasons, type Dispute } from './dispute';
import { readNeeds, statedNeeds, type NeedFinding } from './needs';
import { matchScenarios, type AppliedRecommendation, type ScenarioMatch } from './scenarios';
import { consequences, type Standing } from './tables';
import { whatIfs, type WhatIf } from './what-if';
import { whyNot, type WhyNot } from './why-not';

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
  /**
   * On the guide's own tree only: the guide's 2025 recommendations or a cited published fact
   * dispute the outcome, and the same answers carried into another tree lead elsewhere.
   */
  dispute: Dispute | undefined;
}

/** The 2025 recommendations that apply: the path's matrix scenarios', then its needs'. */
function appliedRecommendations(
  content: ExplainContent,
  scenarios: readonly ScenarioMatch[],
  needs: ReturnType<typeof statedNeeds>,
): AppliedRecommendation[] {
  const applied: AppliedRecommendation[] = [];
  const add = (scenarioId: string, via: AppliedRecommendation['via']): void => {
    for (const recommendation of content.practice2025.recommendations) {
      if (recommendation.scenarioId !== scenarioId) continue;
      if (applied.some((entry) => entry.recommendation === recommendation)) continue;
      applied.push({ recommendation, via });
    }
  };
  for (const match of scenarios) {
    add(match.scenario.id, { kind: 'scenario', scenarioId: match.scenario.id });
  }
  for (const need of needs) {
    if (need.criterion.recommendation !== undefined) {
      add(need.criterion.recommendation, { kind: 'need', questionId: need.step.question.id });
    }
  }
  return applied;
}

/**
 * Explains a reached outcome. `steps` are the answered steps that lead to it (the engine's
 * resolution). `otherTrees` are searched for a route to runtimes this tree cannot reach.
 */
export function explain(
  content: ExplainContent,
  tree: DecisionTree & { origin?: string },
  steps: readonly PathStep[],
  outcome: OutcomeNode,
  otherTrees: readonly DecisionTree[] = [],
): Explanation {
  const runtime = outcome.runtime;
  const answers: Record<string, string> = {};
  for (const step of steps) answers[step.question.id] = step.answer.id;

  const needs = statedNeeds(content, steps);
  const scenarios = matchScenarios(content.matrix, answers, runtime);
  const recommendations = appliedRecommendations(content, scenarios, needs);
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

  const context = {
    content,
    graph: treeGraph(tree),
    steps,
    answers,
    runtime,
    needs,
    applied: recommendations.map((applied) => applied.recommendation),
    otherTrees,
  };
  const { strengths, weaknesses } = consequences(content, runtime);
  return {
    dispute:
      tree.origin === 'guide'
        ? findDispute(content, tree, needs, answers, runtime, otherTrees)
        : undefined,
    treeId: tree.id,
    outcome,
    runtime,
    needs: readNeeds(content, needs, runtime, runtime),
    strengths,
    weaknesses,
    scenarios,
    recommendations,
    recommendationNotes,
    caseStudyIds,
    whyNot: content.runtimes
      .filter((candidate) => candidate.id !== runtime)
      .map((candidate) => whyNot(context, candidate.id)),
    whatIf: whatIfs(tree, steps),
  };
}

function findDispute(
  content: ExplainContent,
  tree: DecisionTree,
  needs: ReturnType<typeof statedNeeds>,
  answers: Readonly<Record<string, string>>,
  runtime: string,
  otherTrees: readonly DecisionTree[],
): Dispute | undefined {
  const reasons = disputeReasons(content, needs, runtime);
  if (reasons.length === 0) return undefined;
  for (const other of otherTrees) {
    if (other.id === tree.id) continue;
    const target = carryOver(answers, tree, other);
    if (!target) continue;
    const same = target.lands.kind === 'outcome' && target.lands.outcome.runtime === runtime;
    if (!same) return { reasons, target };
  }
  return undefined;
}
