// The decision engine: pure and total. Given any tree and any answers it returns where the
// walk stands and which answers it could not use, and why. It never throws: a share link
// from an older release or a hand-edited URL must never crash the page or show a result
// that its answers do not lead to.
import type { Answer, DecisionTree, OutcomeNode, QuestionNode, TreeNode } from './tree';
import { ownValue } from './own';

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

function indexNodes(tree: DecisionTree): Map<string, TreeNode> {
  const byId = new Map<string, TreeNode>();
  for (const node of tree.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}

/**
 * The longest chain of questions from `startId` to any outcome. Cycles and missing nodes
 * count as dead ends so that a broken custom tree still gives a finite answer.
 */
export function maxQuestionsFrom(tree: DecisionTree, startId: string): number {
  const byId = indexNodes(tree);
  const memo = new Map<string, number>();
  const onStack = new Set<string>();
  const walk = (id: string): number => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    if (!node || node.kind === 'outcome' || onStack.has(id)) return 0;
    onStack.add(id);
    let longest = 0;
    for (const answer of node.answers) longest = Math.max(longest, walk(answer.next));
    onStack.delete(id);
    memo.set(id, longest + 1);
    return longest + 1;
  };
  return walk(startId);
}

export function resolvePath(
  tree: DecisionTree,
  givenAnswers: Readonly<Record<string, string>>,
): Resolution {
  const byId = indexNodes(tree);
  const steps: PathStep[] = [];
  const dropped: DroppedAnswer[] = [];
  // A null-prototype record: keys come from URLs, and `__proto__` must stay an ordinary key.
  const used: Record<string, string> = Object.create(null) as Record<string, string>;
  const seen = new Set<string>();
  let current: QuestionNode | undefined;
  let outcome: OutcomeNode | undefined;
  let broken = false;

  let node = byId.get(tree.root);
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
    node = byId.get(answer.next);
  }
  if (!node) broken = true;

  const droppedOnPath = new Set(dropped.map((entry) => entry.questionId));
  for (const [questionId, value] of Object.entries(givenAnswers)) {
    if (Object.hasOwn(used, questionId)) continue;
    if (droppedOnPath.has(questionId)) continue;
    const known = byId.get(questionId)?.kind === 'question';
    dropped.push({ questionId, value, reason: known ? 'off-path' : 'unknown-question' });
  }

  return {
    steps,
    current,
    outcome,
    dropped,
    answers: { ...used },
    maxRemaining: current ? maxQuestionsFrom(tree, current.id) : 0,
    broken,
  };
}

/** Every complete path through the tree: the answers that lead to each outcome. */
export function enumeratePaths(
  tree: DecisionTree,
): { answers: Record<string, string>; outcome: OutcomeNode }[] {
  const byId = indexNodes(tree);
  const paths: { answers: Record<string, string>; outcome: OutcomeNode }[] = [];
  const walk = (id: string, answers: Record<string, string>, seen: Set<string>): void => {
    const node = byId.get(id);
    if (!node || seen.has(id)) return;
    if (node.kind === 'outcome') {
      paths.push({ answers, outcome: node });
      return;
    }
    const nextSeen = new Set(seen).add(id);
    for (const answer of node.answers) {
      walk(answer.next, { ...answers, [node.id]: answer.id }, nextSeen);
    }
  };
  walk(tree.root, {}, new Set());
  return paths;
}
