// The decision engine: pure and total. Given any tree and any answers it returns where the
// walk stands and which answers it could not use, and why. It never throws: a share link
// from an older release or a hand-edited URL must never crash the page or show a result
// that its answers do not lead to.
import { treeGraph } from './tree-graph';
import { ownValue } from './own';
import type { Answer, DecisionTree, OutcomeNode, QuestionNode } from './tree';

export interface PathStep {
  question: QuestionNode;
  answer: Answer;
}

export type DropReason =
  /** The value is not one of the question's answers. */
  | 'invalid-answer'
  /** The question exists in the tree but the path does not pass through it. */
  | 'off-path'
  /** No question in this tree has that id. */
  | 'unknown-question';

export interface DroppedAnswer {
  questionId: string;
  value: string;
  reason: DropReason;
}

export interface Resolution {
  /** Answered questions, in the order they were asked. */
  steps: PathStep[];
  /** The question being asked now; undefined once an outcome is reached. */
  current: QuestionNode | undefined;
  /** The outcome the answers lead to, if the walk has reached one. */
  outcome: OutcomeNode | undefined;
  /** Answers that were given but not used. */
  dropped: DroppedAnswer[];
  /** The answers actually used, keyed by question id, in path order. */
  answers: Record<string, string>;
  /**
   * The most questions that can still be asked on this path, including the current one
   * (0 once an outcome is reached).
   */
  maxRemaining: number;
  /** True when the tree itself is broken (missing node, cycle): the walk stopped early. */
  broken: boolean;
}

/**
 * The longest chain of questions from `startId` to any outcome. Cycles and missing nodes
 * count as dead ends so that a broken custom tree still gives a finite answer.
 */
export function maxQuestionsFrom(tree: DecisionTree, startId: string): number {
  return treeGraph(tree).longestFrom(startId);
}

export function resolvePath(
  tree: DecisionTree,
  givenAnswers: Readonly<Record<string, string>>,
): Resolution {
  const graph = treeGraph(tree);
  const steps: PathStep[] = [];
  const dropped: DroppedAnswer[] = [];
  // A null-prototype record: keys come from URLs, and `__proto__` must stay an ordinary key.
  const used: Record<string, string> = Object.create(null) as Record<string, string>;
  const seen = new Set<string>();
  let current: QuestionNode | undefined;
  let outcome: OutcomeNode | undefined;
  let broken = false;

  let node = graph.node(tree.root);
  while (node) {
    if (seen.has(node.id)) {
      broken = true;
      break;
    }
    seen.add(node.id);
    if (node.kind === 'outcome') {
      outcome = node;
      break;
    }
    const value = ownValue(givenAnswers, node.id);
    if (value === undefined) {
      current = node;
      break;
    }
    const answer = node.answers.find((candidate) => candidate.id === value);
    if (!answer) {
      dropped.push({ questionId: node.id, value, reason: 'invalid-answer' });
      current = node;
      break;
    }
    steps.push({ question: node, answer });
    used[node.id] = answer.id;
    node = graph.node(answer.next);
  }
  if (!node) broken = true;

  // Already reported: the answer the walk stopped at. A set, so a long link stays linear.
  const reported = new Set(dropped.map((entry) => entry.questionId));
  for (const [questionId, value] of Object.entries(givenAnswers)) {
    if (Object.hasOwn(used, questionId)) continue;
    if (reported.has(questionId)) continue;
    const known = graph.node(questionId)?.kind === 'question';
    dropped.push({ questionId, value, reason: known ? 'off-path' : 'unknown-question' });
  }

  return {
    steps,
    current,
    outcome,
    dropped,
    answers: { ...used },
    maxRemaining: current ? graph.longestFrom(current.id) : 0,
    broken,
  };
}
