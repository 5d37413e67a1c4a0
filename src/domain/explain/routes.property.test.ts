// The route and what-if searches on generated DAG-shaped trees up to the schema's 200 nodes:
// ladders, chains of diamonds and random DAGs, whose numbers of paths grow exponentially with
// their size. On small trees the searches must agree with a brute force over every path; on
// large ones, where no brute force finishes, their answers must be complete and valid.
//
// Runs are reproducible: the seed is fixed (FC_SEED overrides it), and fast-check prints the
// seed and the counterexample when a property fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../engine';
import { enumeratePaths, treeGraph } from '../tree-graph';
import { dagTree, diamondTree, ladderTree, randomDagTree } from '../tree-shapes';
import type { DecisionTree, QuestionNode } from '../tree';
import { nearestRoute, type Route, type RouteChange } from './routes';
import { whatIfs } from './what-if';

const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_251_204;
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

const RUNTIMES = ['alpha', 'beta', 'gamma', 'delta'];

/** The search as a list of every path would do it: the reference on small trees. */
function bruteForceRoute(
  tree: DecisionTree,
  given: Readonly<Record<string, string>>,
  runtime: string,
): Route | undefined {
  let best: { route: Route; cost: number } | undefined;
  const order = Object.keys(given);
  for (const path of enumeratePaths(tree)) {
    if (path.outcome.runtime !== runtime) continue;
    const changes: RouteChange[] = [];
    let changed = 0;
    let early = 0;
    for (const step of resolvePath(tree, path.answers).steps) {
      const previous = Object.hasOwn(given, step.question.id)
        ? step.question.answers.find((answer) => answer.id === given[step.question.id])
        : undefined;
      if (previous?.id === step.answer.id) continue;
      if (previous) {
        changed += 1;
        early += order.length - order.indexOf(step.question.id);
      }
      changes.push({ question: step.question, from: previous, to: step.answer });
    }
    // Fewest changes, then fewest added questions, then the latest changes (at most 9
    // questions here, so each term stays below the next one's unit).
    const cost = changed * 1_000_000 + changes.length * 1000 + early;
    if (!best || cost < best.cost) {
      best = {
        route: { treeId: tree.id, answers: path.answers, outcome: path.outcome, changes },
        cost,
      };
    }
  }
  return best?.route;
}

/** A small DAG: each question's answers lead to later nodes; 1 to 4 outcomes. */
const smallDag = fc
  .record({
    questions: fc.integer({ min: 1, max: 9 }),
    outcomes: fc.array(fc.constantFrom(...RUNTIMES), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ questions, outcomes }) => {
    const size = questions + outcomes.length;
    return fc
      .tuple(
        ...Array.from({ length: questions }, (_, i) =>
          fc.array(fc.integer({ min: i + 1, max: size - 1 }), { minLength: 2, maxLength: 3 }),
        ),
      )
      .map((plan) => dagTree(plan, outcomes));
  });

/** Given answers for some of a tree's questions: its own answer ids, and some that are not. */
function givenFor(tree: DecisionTree): fc.Arbitrary<Record<string, string>> {
  const questions = tree.nodes.filter((node): node is QuestionNode => node.kind === 'question');
  return fc
    .tuple(
      ...questions.map((question) =>
        fc.option(fc.constantFrom(...question.answers.map((answer) => answer.id), 'bogus'), {
          nil: undefined,
        }),
      ),
    )
    .map((values) => {
      const given: Record<string, string> = {};
      values.forEach((value, i) => {
        const question = questions[i];
        if (value !== undefined && question) given[question.id] = value;
      });
      return given;
    });
}

/** The runtimes reachable from the root, by a plain breadth-first walk. */
function reachableRuntimes(tree: DecisionTree): Set<string> {
  const byId = new Map(tree.nodes.map((node) => [node.id, node]));
  const seen = new Set([tree.root]);
  const queue = [tree.root];
  const runtimes = new Set<string>();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = byId.get(id);
    if (!node) continue;
    if (node.kind === 'outcome') {
      runtimes.add(node.runtime);
      continue;
    }
    for (const answer of node.answers) {
      if (!seen.has(answer.next)) {
        seen.add(answer.next);
        queue.push(answer.next);
      }
    }
  }
  return runtimes;
}

/** A route is valid when its answers walk to its outcome and its changes are exactly the differences. */
function expectValidRoute(
  tree: DecisionTree,
  given: Readonly<Record<string, string>>,
  runtime: string,
  route: Route,
): void {
  const walked = resolvePath(tree, route.answers);
  expect(walked.outcome).toBe(route.outcome);
  expect(route.outcome.runtime).toBe(runtime);
  expect(walked.dropped).toEqual([]);
  const differing = walked.steps.filter((step) => given[step.question.id] !== step.answer.id);
  expect(route.changes.map((change) => change.question.id)).toEqual(
    differing.map((step) => step.question.id),
  );
}

describe('nearestRoute on small DAGs', () => {
  it('finds the same route as a brute force over every path', () => {
    fc.assert(
      fc.property(
        smallDag.chain((tree) =>
          fc.tuple(fc.constant(tree), givenFor(tree), fc.constantFrom(...RUNTIMES, 'absent')),
        ),
        ([tree, given, runtime]) => {
          expect(nearestRoute(tree, given, runtime)).toEqual(bruteForceRoute(tree, given, runtime));
        },
      ),
      params(400),
    );
  });
});

const LARGE_TREES: readonly DecisionTree[] = [
  ladderTree(198),
  diamondTree(65),
  randomDagTree(200, 1),
  randomDagTree(200, 2),
  randomDagTree(200, 3),
];

describe('the searches on trees of 200 nodes', () => {
  it('the generated trees are as large as the schema allows', () => {
    for (const tree of LARGE_TREES) expect(tree.nodes.length).toBeGreaterThanOrEqual(198);
  });

  it('find a valid route to every runtime the tree can reach, and none to the others', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...LARGE_TREES)
          .chain((tree) =>
            fc.tuple(fc.constant(tree), givenFor(tree), fc.constantFrom(...RUNTIMES)),
          ),
        ([tree, given, runtime]) => {
          const route = nearestRoute(tree, given, runtime);
          expect(route !== undefined).toBe(reachableRuntimes(tree).has(runtime));
          if (route) expectValidRoute(tree, given, runtime, route);
        },
      ),
      params(60),
    );
  });

  it('on a ladder, keep every given answer and change at most the last one', () => {
    const tree = ladderTree(198);
    fc.assert(
      fc.property(givenFor(tree), fc.constantFrom('alpha', 'beta'), (given, runtime) => {
        const route = nearestRoute(tree, given, runtime);
        const wanted = runtime === 'alpha' ? 'yes' : 'no';
        const questions = tree.nodes.filter((node) => node.kind === 'question');
        const unanswered = questions.filter(
          (question) => !['yes', 'no'].includes(given[question.id] ?? ''),
        ).length;
        const last = given.q197;
        const lastChanged = (last === 'yes' || last === 'no') && last !== wanted ? 1 : 0;
        expect(route?.changes.length).toBe(unanswered + lastChanged);
        expect(route?.changes.filter((change) => change.from !== undefined).length).toBe(
          lastChanged,
        );
      }),
      params(40),
    );
  });

  it('give a what-if for every other answer on the path, each landing where its answers walk', () => {
    for (const tree of LARGE_TREES) {
      const answers: Record<string, string> = {};
      for (const node of tree.nodes) {
        if (node.kind === 'question' && node.answers[0]) answers[node.id] = node.answers[0].id;
      }
      const walked = resolvePath(tree, answers);
      const alternatives = walked.steps.reduce(
        (sum, step) => sum + step.question.answers.length - 1,
        0,
      );
      const found = whatIfs(tree, walked.steps);
      expect(found).toHaveLength(alternatives);
      for (const whatIf of found) {
        const landed = resolvePath(tree, whatIf.answers);
        expect(whatIf.leadsTo.kind).toBe(landed.outcome ? 'outcome' : 'question');
        expect(landed.dropped).toEqual([]);
      }
    }
  });

  it('the longest chain of questions on a ladder is its length', () => {
    expect(treeGraph(ladderTree(198)).longestFrom('q0')).toBe(198);
  });
});
