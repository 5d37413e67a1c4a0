// Decision trees of known shapes, generated: the worst cases for anything that walks a tree's
// paths. A ladder of n questions (every answer of each question leads to the next) has 2^n paths
// through n + 2 nodes; a chain of diamonds shares subtrees the same way; a seeded random DAG has
// no regular structure. The property tests, the derivations benchmark and the e2e journey on a
// large tree all build their trees here, so they measure the same shapes.
import type { Answer, DecisionTree, OutcomeNode, QuestionNode, TreeNode } from './tree';

const text = (en: string) => ({ en, zh: en });

export function question(
  id: string,
  answers: readonly (readonly [string, string])[],
): QuestionNode {
  return {
    kind: 'question',
    id,
    text: text(`Question ${id}?`),
    help: text(`About ${id}.`),
    answers: answers.map(([answerId, next]): Answer => ({
      id: answerId,
      label: text(answerId),
      next,
    })),
  };
}

export function outcome(id: string, runtime: string): OutcomeNode {
  return { kind: 'outcome', id, runtime, label: text(`Use ${runtime}`), scenario: text(id) };
}

/**
 * `questions` questions q0…q(n-1) in a row, each answer of each leading to the next; the last
 * question's yes and no lead to outcomes for `yes` and `no`. Its size is questions + 2 nodes.
 */
export function ladderTree(
  questions: number,
  runtimes: { yes: string; no: string } = { yes: 'alpha', no: 'beta' },
  id = 'ladder',
): DecisionTree {
  const nodes: TreeNode[] = [];
  for (let i = 0; i < questions; i += 1) {
    const next = i + 1 < questions ? `q${String(i + 1)}` : undefined;
    nodes.push(
      question(`q${String(i)}`, [
        ['yes', next ?? 'end_yes'],
        ['no', next ?? 'end_no'],
      ]),
    );
  }
  nodes.push(outcome('end_yes', runtimes.yes), outcome('end_no', runtimes.no));
  return { id, root: 'q0', nodes };
}

/**
 * `diamonds` diamonds in a row: s_i asks, yes goes to a_i and no to b_i, and both of those lead
 * to s_(i+1) (or, from the last diamond, a_i to `alpha` and b_i's answers to `beta` / `gamma`).
 * Its size is 3 * diamonds + 3 nodes.
 */
export function diamondTree(diamonds: number, id = 'diamonds'): DecisionTree {
  const nodes: TreeNode[] = [];
  for (let i = 0; i < diamonds; i += 1) {
    const last = i + 1 === diamonds;
    const next = `s${String(i + 1)}`;
    nodes.push(
      question(`s${String(i)}`, [
        ['yes', `a${String(i)}`],
        ['no', `b${String(i)}`],
      ]),
      question(`a${String(i)}`, [
        ['yes', last ? 'end_alpha' : next],
        ['no', last ? 'end_alpha' : next],
      ]),
      question(`b${String(i)}`, [
        ['yes', last ? 'end_beta' : next],
        ['no', last ? 'end_gamma' : next],
      ]),
    );
  }
  nodes.push(
    outcome('end_alpha', 'alpha'),
    outcome('end_beta', 'beta'),
    outcome('end_gamma', 'gamma'),
  );
  return { id, root: 's0', nodes };
}

/**
 * A DAG from a plan: question i's answers lead to the nodes at the given indexes, which must be
 * greater than i (questions first, then `outcomes` in order). Answer ids are a0, a1, ….
 */
export function dagTree(
  plan: readonly (readonly number[])[],
  outcomes: readonly string[],
  id = 'dag',
): DecisionTree {
  const nodeId = (index: number): string =>
    index < plan.length ? `n${String(index)}` : `end${String(index - plan.length)}`;
  const nodes: TreeNode[] = plan.map((targets, i) =>
    question(
      nodeId(i),
      targets.map((target, a) => [`a${String(a)}`, nodeId(target)] as const),
    ),
  );
  outcomes.forEach((runtime, i) => nodes.push(outcome(nodeId(plan.length + i), runtime)));
  return { id, root: nodeId(0), nodes };
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so generated trees are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random DAG of `size` nodes: `size - runtimes.length` questions with two or three answers
 * each, every answer leading to a later node (mostly a near one, so paths are long and shared).
 * Every node can be reached, as content validation requires: each question's first answer leads
 * to the next node, and each outcome is the second answer of a question near the end.
 */
export function randomDagTree(
  size: number,
  seed: number,
  runtimes: readonly string[] = ['alpha', 'beta', 'gamma', 'delta'],
): DecisionTree {
  const random = seededRandom(seed);
  const questions = size - runtimes.length;
  const plan: number[][] = [];
  for (let i = 0; i < questions; i += 1) {
    const targets = [i + 1];
    const outcomeHere = questions + (questions - 1 - i);
    const answers = 2 + Math.floor(random() * 2);
    for (let a = 1; a < answers; a += 1) {
      if (a === 1 && outcomeHere > questions && outcomeHere < size) {
        targets.push(outcomeHere);
        continue;
      }
      const reach = 1 + Math.floor(random() * random() * 12);
      targets.push(Math.min(i + reach, size - 1));
    }
    plan.push(targets);
  }
  return dagTree(plan, runtimes, `random_${String(seed)}`);
}

/**
 * A balanced binary tree of `size` nodes, numbered as a heap: node i asks, and its answers lead
 * to nodes 2i + 1 and 2i + 2, until those run out; the nodes without both are outcomes, for
 * the given runtimes in turn. When `size` is even the last node would be an outcome's child:
 * it becomes the third answer of its left neighbour's parent instead. Question ids are
 * b0, b1, …; outcome ids end0, end1, ….
 */
export function balancedTree(
  size: number,
  runtimes: readonly string[] = ['alpha', 'beta', 'gamma', 'delta'],
  id = 'balanced',
): DecisionTree {
  const isQuestion = (i: number) => 2 * i + 2 < size;
  const nodeId = (i: number) => (isQuestion(i) ? `b${String(i)}` : `end${String(i)}`);
  const nodes: TreeNode[] = [];
  for (let i = 0; i < size; i += 1) {
    if (!isQuestion(i)) {
      nodes.push(outcome(nodeId(i), runtimes[i % runtimes.length] ?? 'alpha'));
      continue;
    }
    const answers: [string, string][] = [
      ['yes', nodeId(2 * i + 1)],
      ['no', nodeId(2 * i + 2)],
    ];
    if (size % 2 === 0 && i === (size - 4) / 2) answers.push(['maybe', nodeId(size - 1)]);
    nodes.push(question(nodeId(i), answers));
  }
  return { id, root: nodeId(0), nodes };
}
