// Where the guide's own tree leads against the guide's other advice: its 2025 recommendations
// for a need the answers state name another runtime first (strong isolation: Kata Containers),
// or a cited published fact rates the outcome lower on a stated need than the guide's table does
// (WasmEdge's GPU support: WASI-NN plugins only). The outcome stays as the tree gives it; the
// result says so first and offers the same answers in another tree, carried over through the
// questions' `counterparts`.
import { resolvePath } from '../engine';
import { cheapestWalk } from '../tree-graph';
import type { DecisionTree, QuestionNode } from '../tree';
import type { ExplainContent, PublishedFigureData, RecommendationData } from './content';
import type { Need } from './needs';
import { landing, type Destination } from './routes';
import { cellOf, cellScore, supportScore } from './tables';
import { LEVELS, SUPPORTS, type CellValue } from '../content-model';

export type DisputeReason =
  | { kind: 'recommendation'; need: Need; recommendation: RecommendationData }
  | { kind: 'published'; need: Need; figure: PublishedFigureData };

export interface Dispute {
  reasons: DisputeReason[];
  /** The same answers in another tree: what carries over, what the walk also needs, where it lands. */
  target: {
    treeId: string;
    answers: Record<string, string>;
    /** Questions the link answers that the reader's answers did not carry (on the way there). */
    assumed: { question: QuestionNode; answer: string }[];
    lands: Destination;
  };
}

function readingScore(need: Need, reading: CellValue): number {
  if ((SUPPORTS as readonly string[]).includes(reading)) {
    return supportScore(reading as (typeof SUPPORTS)[number]);
  }
  const step = LEVELS.indexOf(reading as (typeof LEVELS)[number]) / (LEVELS.length - 1);
  return need.feature.higherIsBetter ? step : 1 - step;
}

export function disputeReasons(
  content: ExplainContent,
  needs: readonly Need[],
  runtime: string,
): DisputeReason[] {
  const reasons: DisputeReason[] = [];
  for (const need of needs) {
    const scenarioId = need.criterion.recommendation;
    for (const recommendation of content.practice2025.recommendations) {
      if (recommendation.scenarioId !== scenarioId || recommendation.first.runtime === runtime)
        continue;
      if (recommendation.alternative.runtime === runtime) continue;
      reasons.push({ kind: 'recommendation', need, recommendation });
    }
    const cell = cellOf(need.feature, runtime);
    if (!cell) continue;
    const guideScore = cellScore(need.feature, cell);
    for (const figure of content.publishedFigures) {
      if (figure.runtime !== runtime || figure.source.kind !== 'citation') continue;
      if (!need.criterion.metrics.includes(figure.metric) || figure.reading === undefined) continue;
      if (figure.relation === 'agrees') continue;
      if (readingScore(need, figure.reading) < guideScore) {
        reasons.push({ kind: 'published', need, figure });
      }
    }
  }
  return reasons;
}

/**
 * The reader's answers carried into `target` through their questions' counterparts: the walk
 * that uses the most carried answers (and never contradicts one), then asks the fewest others;
 * the link stops after the last carried answer, so the reader answers the rest.
 */
export function carryOver(
  answers: Readonly<Record<string, string>>,
  tree: DecisionTree,
  target: DecisionTree,
): Dispute['target'] | undefined {
  const carried: Record<string, string> = {};
  for (const node of tree.nodes) {
    if (node.kind !== 'question' || !Object.hasOwn(answers, node.id)) continue;
    const counterpart = node.counterparts?.[target.id];
    if (counterpart !== undefined) carried[counterpart] = answers[node.id] ?? '';
  }
  if (Object.keys(carried).length === 0) return undefined;
  const walk = cheapestWalk(
    target,
    () => true,
    (question, answer) => {
      if (!Object.hasOwn(carried, question.id)) return { changed: 0, added: 1 };
      // A carried answer counts against the cost, so the walk that uses the most of them wins.
      return carried[question.id] === answer.id ? { changed: -1, added: 0 } : null;
    },
  );
  if (!walk) return undefined;
  const lastCarried = walk.steps.findLastIndex((step) => Object.hasOwn(carried, step.question.id));
  if (lastCarried < 0) return undefined;
  const taken = walk.steps.slice(0, lastCarried + 1);
  const linkAnswers: Record<string, string> = {};
  for (const step of taken) linkAnswers[step.question.id] = step.answer.id;
  return {
    treeId: target.id,
    answers: linkAnswers,
    assumed: taken
      .filter((step) => !Object.hasOwn(carried, step.question.id))
      .map((step) => ({ question: step.question, answer: step.answer.id })),
    lands: landing(resolvePath(target, linkAnswers)),
  };
}
