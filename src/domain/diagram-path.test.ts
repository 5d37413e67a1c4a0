import { describe, expect, it } from 'vitest';
import { OUTLINE_BUDGET, pathMarks, toOutline, type OutlineItem } from './diagram-path';
import { resolvePath } from './engine';
import { enumeratePaths } from './tree-graph';
import type { DecisionTree, Localized } from './tree';

const l = (en: string): Localized => ({ en, zh: `${en}（中）` });
const question = (id: string, yes: string, no: string) => ({
  kind: 'question' as const,
  id,
  text: l(`${id}?`),
  help: l(id),
  answers: [
    { id: 'yes', label: l('Yes'), next: yes },
    { id: 'no', label: l('No'), next: no },
  ],
});
const outcome = (id: string) => ({
  kind: 'outcome' as const,
  id,
  runtime: id,
  label: l(id),
  scenario: l(`${id} scenario`),
});

/** The guide's tree, written out here independent of the content files. */
const guide: DecisionTree = {
  id: 'guide',
  root: 'resource_constrained',
  nodes: [
    question('resource_constrained', 'strong_isolation', 'fast_startup'),
    question('strong_isolation', 'wasmedge', 'runc'),
    question('fast_startup', 'wasmedge', 'gpu'),
    question('gpu', 'wasmedge', 'runc'),
    outcome('wasmedge'),
    outcome('runc'),
  ],
};

/** Every occurrence in an outline, flattened, with its mark. */
function marked(item: OutlineItem): string[] {
  if (item.kind === 'stop' || item.kind === 'fold') return [];
  const own = item.mark ? [`${item.nodeId}:${item.mark}`] : [];
  if (item.kind === 'outcome') return own;
  return [
    ...own,
    ...item.answers.flatMap((answer) => [
      ...(answer.taken ? [`${item.nodeId}=${answer.answerId}`] : []),
      ...marked(answer.child),
    ]),
  ];
}

function count(item: OutlineItem, nodeId: string): number {
  const own = item.nodeId === nodeId ? 1 : 0;
  if (item.kind !== 'question') return own;
  return own + item.answers.reduce((sum, answer) => sum + count(answer.child, nodeId), 0);
}

describe('pathMarks', () => {
  it('marks only the root as current before any answer', () => {
    const marks = pathMarks(resolvePath(guide, {}));
    expect([...marks.nodes]).toEqual([['resource_constrained', 'current']]);
    expect(marks.edges).toEqual([]);
    expect(marks.outcome).toBeUndefined();
  });

  it('marks answered questions, the taken answers and the current question mid-walk', () => {
    const marks = pathMarks(resolvePath(guide, { resource_constrained: 'no', fast_startup: 'no' }));
    expect([...marks.nodes]).toEqual([
      ['resource_constrained', 'visited'],
      ['fast_startup', 'visited'],
      ['gpu', 'current'],
    ]);
    expect(marks.edges).toEqual([
      { from: 'resource_constrained', answerId: 'no', to: 'fast_startup' },
      { from: 'fast_startup', answerId: 'no', to: 'gpu' },
    ]);
  });

  it('marks exactly the path for every path through the tree', () => {
    for (const path of enumeratePaths(guide)) {
      const marks = pathMarks(resolvePath(guide, path.answers));
      const answered = Object.keys(path.answers);
      expect([...marks.nodes]).toEqual([
        ...answered.map((id) => [id, 'visited']),
        [path.outcome.id, 'outcome'],
      ]);
      expect(marks.edges.map((edge) => `${edge.from}=${edge.answerId}`)).toEqual(
        Object.entries(path.answers).map(([id, answer]) => `${id}=${answer}`),
      );
      expect(marks.outcome).toBe(path.outcome.id);
    }
  });

  it('ignores dropped answers', () => {
    const marks = pathMarks(resolvePath(guide, { resource_constrained: 'maybe', gpu: 'yes' }));
    expect([...marks.nodes]).toEqual([['resource_constrained', 'current']]);
  });
});

describe('toOutline', () => {
  it('nests every question and answer, repeating shared outcomes', () => {
    const outline = toOutline(guide, 'en', resolvePath(guide, {}));
    expect(outline).toMatchObject({ kind: 'question', nodeId: 'resource_constrained' });
    expect(count(outline, 'wasmedge')).toBe(3);
    expect(count(outline, 'runc')).toBe(2);
    expect(count(outline, 'gpu')).toBe(1);
    expect(marked(outline)).toEqual(['resource_constrained:current']);
  });

  it('marks only the occurrences on the path', () => {
    for (const path of enumeratePaths(guide)) {
      const outline = toOutline(guide, 'en', resolvePath(guide, path.answers));
      const steps = Object.entries(path.answers).flatMap(([id, answer]) => [
        `${id}:visited`,
        `${id}=${answer}`,
      ]);
      expect(marked(outline)).toEqual([...steps, `${path.outcome.id}:outcome`]);
    }
  });

  it('uses the chosen language', () => {
    const outline = toOutline(guide, 'zh', resolvePath(guide, {}));
    expect(outline.kind === 'question' && outline.text).toBe('resource_constrained?（中）');
    expect(outline.kind === 'question' && outline.answers[0]?.label).toBe('Yes（中）');
  });

  it('stops at missing nodes and cycles instead of looping', () => {
    const broken: DecisionTree = {
      id: 'broken',
      root: 'a',
      nodes: [question('a', 'b', 'gone'), question('b', 'a', 'x'), outcome('x')],
    };
    const outline = toOutline(broken, 'en', resolvePath(broken, { a: 'yes', b: 'yes' }));
    const answers = outline.kind === 'question' ? outline.answers : [];
    expect(answers[1]?.child).toEqual({ kind: 'stop', nodeId: 'gone', reason: 'missing' });
    const b = answers[0]?.child;
    expect(b?.kind === 'question' && b.answers[0]?.child).toEqual({
      kind: 'stop',
      nodeId: 'a',
      reason: 'cycle',
    });
  });

  it('stays finite for a tree whose shared subtrees would explode', () => {
    // 30 levels where both answers lead to the same next question: 2^30 paths.
    const nodes = Array.from({ length: 30 }, (_, index) =>
      question(`q${index}`, `q${index + 1}`, `q${index + 1}`),
    );
    const wide: DecisionTree = { id: 'wide', root: 'q0', nodes: [...nodes, outcome('q30')] };
    let items = 0;
    let stops = 0;
    const walk = (item: OutlineItem): void => {
      items += 1;
      if (item.kind === 'stop') stops += 1;
      if (item.kind === 'question') for (const answer of item.answers) walk(answer.child);
    };
    walk(toOutline(wide, 'en', resolvePath(wide, {})));
    expect(items - stops).toBe(OUTLINE_BUDGET);
    expect(stops).toBeGreaterThan(0);
  });
});
