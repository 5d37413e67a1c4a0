// A decision tree as a graph: one node index, what each node can still reach, and the walks
// through it. Every search here visits each node and answer a bounded number of times, so a
// tree whose questions share their subtrees (a "ladder": every answer of each question leads to
// the next) costs as much as it has nodes, not as many paths as it has. Cycles and missing
// nodes count as dead ends, so a broken custom tree still gives a finite answer.
import type { Answer, DecisionTree, OutcomeNode, QuestionNode, TreeNode } from './tree';

export interface TreeGraph {
  tree: DecisionTree;
  /** The node with this id; with duplicate ids, the first one (as the engine walks it). */
  node(id: string): TreeNode | undefined;
  /** The runtimes of the outcomes that can still be reached from this node. */
  runtimesFrom(id: string): ReadonlySet<string>;
  /** The longest chain of questions from this node to an outcome (0 at an outcome). */
  longestFrom(id: string): number;
}

export function indexNodes(tree: DecisionTree): ReadonlyMap<string, TreeNode> {
  const byId = new Map<string, TreeNode>();
  for (const node of tree.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}

/**
 * A memoised depth-first fold over the graph: `combine` sees a question and the values of the
 * nodes its answers lead to, each node is solved once. A missing node, or one already on the
 * walk's stack (a cycle), gets `deadEnd`. Content with a cycle is rejected when it is loaded;
 * on such a tree the fold still ends, but which edge counts as the dead end depends on where
 * the walk entered the cycle.
 */
function fold<T>(
  byId: ReadonlyMap<string, TreeNode>,
  atOutcome: (node: OutcomeNode) => T,
  combine: (node: QuestionNode, children: readonly T[]) => T,
  deadEnd: () => T,
): (id: string) => T {
  const memo = new Map<string, T>();
  const onStack = new Set<string>();
  const visit = (id: string): T => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    if (!node || onStack.has(id)) return deadEnd();
    let value: T;
    if (node.kind === 'outcome') {
      value = atOutcome(node);
    } else {
      onStack.add(id);
      value = combine(
        node,
        node.answers.map((answer) => visit(answer.next)),
      );
      onStack.delete(id);
    }
    memo.set(id, value);
    return value;
  };
  return visit;
}

export function treeGraph(tree: DecisionTree): TreeGraph {
  const byId = indexNodes(tree);
  const runtimes = fold<ReadonlySet<string>>(
    byId,
    (node) => new Set([node.runtime]),
    (_, children) => new Set(children.flatMap((child) => [...child])),
    () => new Set(),
  );
  const longest = fold<number>(
    byId,
    () => 0,
    (_, children) => Math.max(0, ...children) + 1,
    () => 0,
  );
  return { tree, node: (id) => byId.get(id), runtimesFrom: runtimes, longestFrom: longest };
}

/**
 * The questions that can still be asked below a node (not the node itself), each visited once,
 * so the cost is linear in the tree's size; cycles and missing nodes end the search there.
 */
export function questionsBelow(tree: DecisionTree, id: string): ReadonlyMap<string, QuestionNode> {
  const byId = indexNodes(tree);
  const found = new Map<string, QuestionNode>();
  const start = byId.get(id);
  const queue: TreeNode[] = start ? [start] : [];
  const visited = new Set<string>(start ? [start.id] : []);
  while (queue.length > 0) {
    const node = queue.shift();
    if (!node || node.kind !== 'question') continue;
    for (const answer of node.answers) {
      if (visited.has(answer.next)) continue;
      visited.add(answer.next);
      const next = byId.get(answer.next);
      if (!next) continue;
      if (next.kind === 'question') found.set(next.id, next);
      queue.push(next);
    }
  }
  return found;
}

/**
 * Every complete path through the tree: the answers that lead to each outcome. Their number can
 * grow exponentially with the tree's size (a ladder of n questions has 2^n), so the app never
 * lists them; tests use them as the brute-force answer on small trees.
 */
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

/**
 * What a walk costs: given answers it `changed`, and questions it `added` to them. `early`
 * breaks ties between equally many changes: the sum, over changed answers, of how early each
 * stands on the given path, so that a walk changing later answers wins.
 */
export interface WalkCost {
  changed: number;
  added: number;
  early?: number | undefined;
}

function cheaper(a: WalkCost, b: WalkCost): boolean {
  if (a.changed !== b.changed) return a.changed < b.changed;
  if (a.added !== b.added) return a.added < b.added;
  return (a.early ?? 0) < (b.early ?? 0);
}

interface Cheapest {
  cost: WalkCost;
  /** The answer to take here; undefined at the outcome. */
  answer: Answer | undefined;
  outcome: OutcomeNode;
}

/**
 * The cheapest walk from the root to an outcome that `accept`s, where each answer taken costs
 * `costOf(question, answer)` (null: never take it) and costs add up along the walk: fewest
 * changed answers first, then fewest added ones, then the latest changes. On a tie the walk that comes first in tree order (answers in their order) wins, as
 * it would in a list of every path. Each node is solved once, so the search is linear in the
 * tree's size. Undefined when no such outcome can be reached.
 */
export function cheapestWalk(
  tree: DecisionTree,
  accept: (outcome: OutcomeNode) => boolean,
  costOf: (question: QuestionNode, answer: Answer) => WalkCost | null,
): { steps: { question: QuestionNode; answer: Answer }[]; outcome: OutcomeNode } | undefined {
  const byId = indexNodes(tree);
  const best = fold<Cheapest | null>(
    byId,
    (node) =>
      accept(node) ? { cost: { changed: 0, added: 0 }, answer: undefined, outcome: node } : null,
    (node, children) => {
      let found: Cheapest | null = null;
      node.answers.forEach((answer, index) => {
        const child = children[index];
        if (!child) return;
        const step = costOf(node, answer);
        if (!step) return;
        const cost = {
          changed: step.changed + child.cost.changed,
          added: step.added + child.cost.added,
          early: (step.early ?? 0) + (child.cost.early ?? 0),
        };
        if (!found || cheaper(cost, found.cost)) found = { cost, answer, outcome: child.outcome };
      });
      return found;
    },
    () => null,
  );
  if (!best(tree.root)) return undefined;
  const steps: { question: QuestionNode; answer: Answer }[] = [];
  const seen = new Set<string>();
  let node = byId.get(tree.root);
  while (node && node.kind === 'question' && !seen.has(node.id)) {
    seen.add(node.id);
    const answer = best(node.id)?.answer;
    if (!answer) return undefined;
    steps.push({ question: node, answer });
    node = byId.get(answer.next);
  }
  return node?.kind === 'outcome' ? { steps, outcome: node } : undefined;
}
