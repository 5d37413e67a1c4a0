import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import { parseCustomContentText } from '../../content/merge';
import type { ContentLoad } from '../../app/content-loader';
import { balancedTree } from '../../domain/tree-shapes';
import { diagramRequestFor } from './prerender';

const BUILT_IN: ContentLoad = { status: 'built-in' };

function customLoad(): ContentLoad {
  const text = fs.readFileSync(
    new URL('../../../examples/custom-content.json', import.meta.url),
    'utf8',
  );
  const parsed = parseCustomContentText(text, builtInContent);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { status: 'custom', content: parsed.content, url: 'advisor.content.json' };
}

describe('the diagram request worked out at start-up', () => {
  it('draws the default tree when the link names none', () => {
    const request = diagramRequestFor(BUILT_IN, {}, 'en', 'light');
    expect(request.treeId).toBe(builtInContent.defaultTree);
    expect(request.theme).toBe('light');
  });

  it('draws the tree the link names, in its language', () => {
    const other = builtInContent.trees.find((tree) => tree.id !== builtInContent.defaultTree);
    if (!other) throw new Error('the built-in content has a second tree');
    const request = diagramRequestFor(BUILT_IN, { tree: other.id }, 'zh', 'dark');
    expect(request).toMatchObject({ treeId: other.id, lang: 'zh', theme: 'dark' });
    const firstQuestion = other.nodes.find((node) => node.id === other.root);
    if (firstQuestion?.kind !== 'question') throw new Error('the tree starts with a question');
    // The drawing is of the Chinese text, as the wizard's diagram would be.
    expect(request.source).toContain(firstQuestion.text.zh.slice(0, 4));
    expect(request.source).not.toContain(firstQuestion.text.en);
  });

  it('falls back to the default tree for an unknown one, as the wizard does', () => {
    expect(diagramRequestFor(BUILT_IN, { tree: 'nonexistent' }, 'en', 'light').treeId).toBe(
      builtInContent.defaultTree,
    );
  });

  it("uses a team's content file when there is one", () => {
    const load = customLoad();
    if (load.status !== 'custom') throw new Error('custom');
    const request = diagramRequestFor(load, {}, 'en', 'light');
    expect(request.treeId).toBe(load.content.defaultTree);
    expect(builtInContent.trees.map((tree) => tree.id)).not.toContain(request.treeId);
  });

  it('starts a large team tree on the focus view the wizard opens, not the whole tree', () => {
    const text = fs.readFileSync(
      new URL('../../../examples/custom-content.json', import.meta.url),
      'utf8',
    );
    const file = JSON.parse(text) as { trees: unknown[] };
    file.trees.push({
      ...balancedTree(127, ['kata_fc', 'runc', 'gvisor', 'kata'], 'balanced127'),
      title: { en: 'Balanced 127', zh: '平衡树 127' },
      description: { en: 'A generated balanced tree.', zh: '生成的平衡树。' },
      origin: 'custom',
    });
    const parsed = parseCustomContentText(JSON.stringify(file), builtInContent);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const load: ContentLoad = { status: 'custom', content: parsed.content, url: 'x.json' };
    const request = diagramRequestFor(load, { tree: 'balanced127', b0: 'yes' }, 'en', 'light');
    // b1 is asked: it and where its answers lead (b3, b4) are drawn; b2's branch is a stub.
    const drawn = (id: string) => new RegExp(`\\bq_${id}\\b`).test(request.source);
    expect(['b0', 'b1', 'b3', 'b4'].filter(drawn)).toEqual(['b0', 'b1', 'b3', 'b4']);
    expect(['b5', 'b6', 'b7'].filter(drawn)).toEqual([]);
    expect(request.source).toMatch(/\+\d+ questions, \d+ outcomes/);
  });
});
