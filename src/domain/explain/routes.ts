// Routes through a tree: where a set of answers lands, and the fewest answer changes that lead
// to a runtime. The search works on the tree's graph (tree-graph.ts), never on a list of every
// path, so its cost grows with the tree's size, not with its number of paths.
import type { Resolution } from '../engine';
import { cheapestWalk } from '../tree-graph';
import type { Answer, DecisionTree, OutcomeNode, QuestionNode } from '../tree';

/** Where a walk lands: at an outcome, at a question still to answer, or nowhere (a broken tree). */
export type Destination =
  | { kind: 'outcome'; outcome: OutcomeNode }
  | { kind: 'question'; question: QuestionNode }
  | { kind: 'broken' };

export function landing(resolution: Pick<Resolution, 'outcome' | 'current'>): Destination {
  if (resolution.outcome) return { kind: 'outcome', outcome: resolution.outcome };
  if (resolution.current) return { kind: 'question', question: resolution.current };
  return { kind: 'broken' };
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

function givenAnswer(
  given: Readonly<Record<string, string>>,
  question: QuestionNode,
): Answer | undefined {
  if (!Object.hasOwn(given, question.id)) return undefined;
  return question.answers.find((answer) => answer.id === given[question.id]);
}

/**
 * The path to `runtime` that changes the fewest given answers (then asks the fewest new
 * questions, then changes the latest answers on the given path: the reader's earlier answers
 * are the broader ones); the first such path in tree order wins a remaining tie. `avoid` names
 * answers a route must never take unless the reader gave them (claiming a GPU need to reach a
 * runtime would be advice to misstate the workload). Undefined when no route is left.
 */
export function nearestRoute(
  tree: DecisionTree,
  given: Readonly<Record<string, string>>,
  runtime: string,
  avoid: (question: QuestionNode, answer: Answer) => boolean = () => false,
): Route | undefined {
  // Given answers are in path order (the engine's resolution); earlier ones weigh more.
  const order = Object.keys(given);
  const walk = cheapestWalk(
    tree,
    (outcome) => outcome.runtime === runtime,
    (question, answer) => {
      const previous = givenAnswer(given, question);
      if (previous?.id === answer.id) return { changed: 0, added: 0 };
      if (avoid(question, answer)) return null;
      if (!previous) return { changed: 0, added: 1 };
      return { changed: 1, added: 0, early: order.length - order.indexOf(question.id) };
    },
  );
  if (!walk) return undefined;
  const answers: Record<string, string> = {};
  const changes: RouteChange[] = [];
  for (const { question, answer } of walk.steps) {
    answers[question.id] = answer.id;
    const previous = givenAnswer(given, question);
    if (previous?.id !== answer.id) changes.push({ question, from: previous, to: answer });
  }
  return { treeId: tree.id, answers, outcome: walk.outcome, changes };
}
