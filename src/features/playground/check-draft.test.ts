import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import { parseCustomContentText } from '../../content/merge';
import { checkDraft } from './check-draft';
import { EXAMPLE_TEXT, SKELETON_TEXT, treeCopyText } from './start-texts';

interface ExampleFile {
  trees: { nodes: { id: string; runtime?: string; answers?: { next: string }[] }[] }[];
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing from the example');
  return value;
}

const example = () => JSON.parse(EXAMPLE_TEXT) as ExampleFile;
const at = (text: string, problem: { at?: { from: number; to: number } } | undefined) =>
  problem?.at ? text.slice(problem.at.from, problem.at.to) : undefined;

describe('checkDraft', () => {
  it('gives the same verdict and problems as the app’s own parser', () => {
    const file = example();
    const nodes = must(file.trees[0]).nodes;
    must(nodes[7]).runtime = 'firecracker';
    must(must(nodes[0]).answers?.[1]).next = 'nowhere';
    const text = JSON.stringify(file, null, 2);
    const result = checkDraft(text);
    const app = parseCustomContentText(text, builtInContent);
    expect(result.ok).toBe(false);
    expect(app.ok).toBe(false);
    if (result.ok || app.ok) return;
    expect(result.problems.map(({ path, message, nodeId }) => ({ path, message, nodeId }))).toEqual(
      app.problems.map(({ path, message, nodeId }) => ({ path, message, nodeId })),
    );
  });

  it('puts each problem on its place in the text, with its line', () => {
    const file = example();
    must(must(file.trees[0]).nodes[7]).runtime = 'firecracker';
    const text = JSON.stringify(file, null, 2);
    const result = checkDraft(text);
    if (result.ok) throw new Error('expected problems');
    const problem = result.problems.find((p) => p.path === 'trees[0].nodes[7].runtime');
    expect(at(text, problem)).toBe('"firecracker"');
    const line = text.slice(0, problem?.at?.from).split('\n').length;
    expect(problem?.at?.line).toBe(line);
  });

  it('says where invalid JSON stops being JSON', () => {
    const text = '{\n  "trees": [\n    {"id": "a",}\n  ]\n}';
    const result = checkDraft(text);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.path).toBe('(root)');
    expect(problem?.message).toMatch(/^is not valid JSON/);
    expect(problem?.at).toMatchObject({ line: 3, column: 16 });
    expect(problem?.syntax?.reason).toEqual({ kind: 'property-name' });
  });

  it('refuses text over the size cap without scanning it', () => {
    const result = checkDraft(`{"a": "${'x'.repeat(1024 * 1024)}"}`);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toEqual([
      { path: '(root)', message: expect.stringContaining('larger than 1 MB') as string },
    ]);
  });

  it('marks problems in the built-in content as having no place in the file', () => {
    // Replacing the guide's tree without the questions the matrix names breaks the built-in matrix.
    const guide = must(builtInContent.trees.find((tree) => tree.id === 'guide'));
    const replacement = JSON.parse(treeCopyText(guide, builtInContent)) as {
      trees: { id: string; nodes: { id: string; kind: string }[] }[];
    };
    const tree = must(replacement.trees[0]);
    tree.id = 'guide';
    const text = JSON.stringify({ trees: [{ ...tree, nodes: tree.nodes }] }).replace(
      /"gpu"/g,
      '"gpu_renamed"',
    );
    const result = checkDraft(text);
    if (result.ok) throw new Error('expected problems');
    const inBuiltIn = result.problems.filter((problem) => problem.inBuiltIn);
    expect(inBuiltIn.length).toBeGreaterThan(0);
    for (const problem of inBuiltIn) expect(problem.at).toBeUndefined();
  });
});

describe('start texts', () => {
  it('are valid content files: the example, the skeleton and a copy of each built-in tree', () => {
    expect(checkDraft(EXAMPLE_TEXT).ok).toBe(true);
    const skeleton = checkDraft(SKELETON_TEXT);
    expect(skeleton.ok && skeleton.content.trees).toEqual(builtInContent.trees);
    for (const tree of builtInContent.trees) {
      const copy = checkDraft(treeCopyText(tree, builtInContent));
      expect(copy.ok, tree.id).toBe(true);
      if (!copy.ok) continue;
      const added = copy.content.trees.at(-1);
      expect(added?.id).toBe(`${tree.id}_copy`);
      expect(added?.origin).toBe('custom');
      expect(added?.nodes).toEqual(tree.nodes);
      expect(copy.content.defaultTree).toBe(`${tree.id}_copy`);
    }
  });
});
