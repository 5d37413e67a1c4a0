// A tree's shape: unique node and answer ids, a root that exists, answers that lead to nodes,
// no cycles, every node reachable from the root, and a way from every question to an outcome.
import type { Content } from '../schema';
import {
  formatPath,
  quote,
  type ContentProblem,
  type PathSegment,
  type RuntimeCheck,
} from './problems';

export interface Edge {
  to: string;
  answerIndex: number;
}

export function checkTree(
  tree: Content['trees'][number],
  treeIndex: number,
  checkRuntime: RuntimeCheck,
  problems: ContentProblem[],
): void {
  const base: PathSegment[] = ['trees', treeIndex];
  const nodePath = (i: number, ...rest: PathSegment[]): string =>
    formatPath([...base, 'nodes', i, ...rest]);

  // Node id -> index of its first occurrence. Later duplicates are reported and otherwise
  // ignored, so one mistake does not cascade into a page of follow-on problems.
  const indexOf = new Map<string, number>();
  tree.nodes.forEach((node, i) => {
    const first = indexOf.get(node.id);
    if (first === undefined) {
      indexOf.set(node.id, i);
    } else {
      problems.push({
        path: nodePath(i, 'id'),
        nodeId: node.id,
        message: `duplicate node id ${quote(node.id)}: already used by ${nodePath(first)}`,
      });
    }
  });

  const rootExists = indexOf.has(tree.root);
  if (!rootExists) {
    problems.push({
      path: formatPath([...base, 'root']),
      message: `root ${quote(tree.root)} is not a node of tree ${quote(tree.id)}`,
    });
  }

  const edges = new Map<string, Edge[]>();
  tree.nodes.forEach((node, i) => {
    const isFirst = indexOf.get(node.id) === i;
    if (node.kind === 'outcome') {
      checkRuntime(node.runtime, [...base, 'nodes', i, 'runtime'], node.id);
      return;
    }
    const out: Edge[] = [];
    const answerIds = new Map<string, number>();
    node.answers.forEach((answer, a) => {
      const firstAnswer = answerIds.get(answer.id);
      if (firstAnswer === undefined) {
        answerIds.set(answer.id, a);
      } else {
        problems.push({
          path: nodePath(i, 'answers', a, 'id'),
          nodeId: node.id,
          message: `duplicate answer id ${quote(answer.id)} in question ${quote(node.id)}: already used by ${nodePath(i, 'answers', firstAnswer)}`,
        });
      }
      if (indexOf.has(answer.next)) {
        out.push({ to: answer.next, answerIndex: a });
      } else {
        problems.push({
          path: nodePath(i, 'answers', a, 'next'),
          nodeId: node.id,
          message: `answer ${quote(answer.id)} leads to ${quote(answer.next)}, which is not a node of tree ${quote(tree.id)}`,
        });
      }
    });
    if (isFirst) edges.set(node.id, out);
  });

  // Start with the root so that cycles are reported in the order a user would walk them.
  const order = [...indexOf.keys()];
  if (rootExists) order.unshift(tree.root);
  for (const cycle of findCycles(order, edges)) {
    const from = cycle.ids[cycle.ids.length - 1] ?? '';
    const fromIndex = indexOf.get(from) ?? 0;
    problems.push({
      path: nodePath(fromIndex, 'answers', cycle.answerIndex, 'next'),
      nodeId: from,
      message: `answers form a cycle: ${[...cycle.ids, cycle.ids[0] ?? ''].join(' -> ')}`,
    });
  }

  if (rootExists) {
    const reachable = walk([tree.root], (id) => (edges.get(id) ?? []).map((edge) => edge.to));
    indexOf.forEach((i, id) => {
      if (!reachable.has(id)) {
        problems.push({
          path: nodePath(i),
          nodeId: id,
          message: `node ${quote(id)} cannot be reached from the root ${quote(tree.root)}`,
        });
      }
    });
  }

  // Walk backwards from the outcomes: a question that is never reached has no way out.
  const incoming = new Map<string, string[]>();
  edges.forEach((out, from) => {
    for (const edge of out) {
      const list = incoming.get(edge.to) ?? [];
      list.push(from);
      incoming.set(edge.to, list);
    }
  });
  const outcomes = tree.nodes
    .filter((node, i) => node.kind === 'outcome' && indexOf.get(node.id) === i)
    .map((node) => node.id);
  const leadsToOutcome = walk(outcomes, (id) => incoming.get(id) ?? []);
  tree.nodes.forEach((node, i) => {
    if (node.kind === 'question' && indexOf.get(node.id) === i && !leadsToOutcome.has(node.id)) {
      problems.push({
        path: nodePath(i),
        nodeId: node.id,
        message: `no sequence of answers from question ${quote(node.id)} leads to an outcome`,
      });
    }
  });
}

/** Breadth-first walk; returns every id reached, the starts included. */
function walk(starts: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next(id)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

interface Cycle {
  /** The node ids on the cycle, in walking order; the last one's answer leads back to the first. */
  ids: string[];
  /** The index of the last node's answer that closes the cycle. */
  answerIndex: number;
}

/**
 * Iterative depth-first search (no recursion, so a long chain cannot overflow the stack).
 * Every back edge closes a cycle; each distinct cycle is reported once.
 */
function findCycles(order: readonly string[], edges: ReadonlyMap<string, Edge[]>): Cycle[] {
  const cycles: Cycle[] = [];
  const seenCycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  for (const start of order) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
      const out = edges.get(frame.id) ?? [];
      const edge = out[frame.next];
      if (edge === undefined) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      frame.next += 1;
      const target = state.get(edge.to);
      if (target === undefined) {
        state.set(edge.to, 'open');
        stack.push({ id: edge.to, next: 0 });
      } else if (target === 'open') {
        const ids = stack.slice(stack.findIndex((f) => f.id === edge.to)).map((f) => f.id);
        const key = [...ids].sort().join('\u0000');
        if (!seenCycles.has(key)) {
          seenCycles.add(key);
          cycles.push({ ids, answerIndex: edge.answerIndex });
        }
      }
    }
  }
  return cycles;
}
