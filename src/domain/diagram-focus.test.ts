import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { focusView, needsFocus, FOCUS_THRESHOLD } from './diagram-focus';
import { resolvePath } from './engine';
import { toMermaid } from './to-mermaid';
import { balancedTree, randomDagTree } from './tree-shapes';
import { indexNodes } from './tree-graph';
import type { DecisionTree } from './tree';

const foldLabel = ({ questions, outcomes }: { questions: number; outcomes: number }) =>
  `+${String(questions)} questions, ${String(outcomes)} outcomes`;

/** Every node reachable from `id`, itself included. */
function reachable(tree: DecisionTree, id: string): Set<string> {
  const byId = indexNodes(tree);
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const node = byId.get(next);
    if (node?.kind === 'question') for (const answer of node.answers) stack.push(answer.next);
  }
  return seen;
}

describe('balancedTree', () => {
  it.each([7, 127, 200])('has %i nodes, every one reachable from the root', (size) => {
    const tree = balancedTree(size);
    expect(tree.nodes).toHaveLength(size);
    expect(reachable(tree, tree.root).size).toBe(size);
  });
});

describe('focusView', () => {
  const tree = balancedTree(127);

  it('folds the tree at the start into the root, its two answers and their stubs', () => {
    const view = focusView(tree, resolvePath(tree, {}));
    expect([...view.shown].sort()).toEqual(['b0', 'b1', 'b2']);
    // Each half of a 127-node heap is 31 questions over 32 outcomes; its top question is shown.
    expect(view.stubs).toEqual([
      { id: 'f0', from: 'b1', questions: 30, outcomes: 32 },
      { id: 'f1', from: 'b2', questions: 30, outcomes: 32 },
    ]);
  });

  it('shows the path, the current question and where its answers lead; folds the rest', () => {
    const resolution = resolvePath(tree, { b0: 'no', b2: 'yes' });
    const view = focusView(tree, resolution);
    // b0 -no-> b2 -yes-> b5 (current), whose answers lead to b11 and b12.
    expect([...view.shown].sort()).toEqual(['b0', 'b11', 'b12', 'b2', 'b5'].sort());
    expect(view.stubs.map((stub) => [stub.from, stub.answerId])).toEqual([
      ['b0', 'yes'],
      ['b2', 'no'],
      ['b11', undefined],
      ['b12', undefined],
    ]);
  });

  it('counts what each stub folds: shown and folded together are the whole tree', () => {
    const resolution = resolvePath(tree, { b0: 'yes', b1: 'no', b4: 'no' });
    const view = focusView(tree, resolution);
    const folded = view.stubs.reduce((sum, stub) => sum + stub.questions + stub.outcomes, 0);
    // A heap has no shared subtrees, so nothing is counted twice.
    expect(view.shown.size + folded).toBe(tree.nodes.length);
  });

  it('never folds the path, whatever the tree and the answers (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 41, max: 200 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 40 }),
        (size, seed, choices) => {
          const dag = randomDagTree(size, seed);
          const byId = indexNodes(dag);
          const answers: Record<string, string> = {};
          let node = byId.get(dag.root);
          for (const choice of choices) {
            if (node?.kind !== 'question') break;
            const answer = node.answers[choice % node.answers.length];
            if (!answer) break;
            answers[node.id] = answer.id;
            node = byId.get(answer.next);
          }
          const resolution = resolvePath(dag, answers);
          const view = focusView(dag, resolution);
          for (const step of resolution.steps) expect(view.shown.has(step.question.id)).toBe(true);
          if (resolution.current) {
            expect(view.shown.has(resolution.current.id)).toBe(true);
            for (const answer of resolution.current.answers)
              expect(view.shown.has(answer.next)).toBe(true);
          }
          if (resolution.outcome) expect(view.shown.has(resolution.outcome.id)).toBe(true);
          // Every stub folds something, and the focus is smaller than the tree.
          for (const stub of view.stubs) expect(stub.questions + stub.outcomes).toBeGreaterThan(0);
          expect(view.shown.size).toBeLessThan(dag.nodes.length);
        },
      ),
      { seed: 18, numRuns: 120 },
    );
  });

  it('applies to trees over the threshold only', () => {
    expect(needsFocus(balancedTree(FOCUS_THRESHOLD))).toBe(false);
    expect(needsFocus(balancedTree(FOCUS_THRESHOLD + 1))).toBe(true);
  });
});

describe('toMermaid with a focus', () => {
  const tree = balancedTree(127);
  const resolution = resolvePath(tree, { b0: 'yes', b1: 'yes' });
  const view = focusView(tree, resolution);
  const focused = toMermaid(tree, { lang: 'en', focus: { view, foldLabel } });
  const whole = toMermaid(tree, { lang: 'en' });

  it('draws the shown nodes with the same ids as the whole drawing, and one box per stub', () => {
    const ids = (diagram: typeof whole, kind: string) =>
      diagram.nodes.filter((node) => node.kind === kind).map((node) => node.mermaidId);
    const shownQuestions = ids(focused, 'question');
    expect(shownQuestions.length).toBeGreaterThan(0);
    for (const id of shownQuestions) expect(ids(whole, 'question')).toContain(id);
    expect(shownQuestions.map((id) => id.slice(2)).sort()).toEqual(
      [...view.shown].filter((id) => id.startsWith('b')).sort(),
    );
    expect(ids(focused, 'fold')).toHaveLength(view.stubs.length);
  });

  it('labels each stub with what it folds, and leads an untaken answer into its stub', () => {
    const first = view.stubs[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(focused.source).toContain(`f_${first.id}(["${foldLabel(first)}"])`);
    const edge = focused.edges.find((candidate) => candidate.to === first.id);
    expect(edge).toMatchObject({ kind: 'fold', from: first.from });
    // The path's edges are drawn as answers between shown nodes.
    for (const step of resolution.steps) {
      expect(focused.edges).toContainEqual(
        expect.objectContaining({
          kind: 'answer',
          from: step.question.id,
          answerId: step.answer.id,
          to: step.answer.next,
        }),
      );
    }
  });

  it('is much smaller than the whole drawing', () => {
    expect(focused.nodes.length * 4).toBeLessThan(whole.nodes.length);
  });
});
