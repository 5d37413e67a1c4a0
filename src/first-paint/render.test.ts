// @vitest-environment jsdom
// The build's first-paint pages: one for every state a walk of a built-in tree passes through,
// in each language and theme, each showing that state (its question, or its result) with the
// build's drawing in the diagram marked where the walk stands.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInContent } from '../content';
import { resolvePath } from '../domain/engine';
import { enumeratePaths } from '../domain/tree-graph';
import { renderFirstPaints, type FirstPaintPage } from './render';

let pages: FirstPaintPage[] = [];

beforeAll(async () => {
  pages = await renderFirstPaints();
}, 60_000);

function parse(html: string): HTMLElement {
  const page = document.createElement('div');
  page.innerHTML = html;
  return page;
}

function canonical(state: Record<string, string>): string {
  return JSON.stringify(Object.entries(state).sort());
}

/** The state a key names: tree, language and answers (first-paint/key.ts). */
function stateOf(key: string) {
  const params = Object.fromEntries(new URLSearchParams(key));
  const { tree: treeId = '', lang = '', ...answers } = params;
  const tree = builtInContent.trees.find((candidate) => candidate.id === treeId);
  if (!tree) throw new Error(`unknown tree in ${key}`);
  return { tree, lang, answers };
}

describe('the build’s first-paint pages', () => {
  it('cover every state of every walk, in both languages and both themes', () => {
    const expected = new Set<string>();
    for (const tree of builtInContent.trees) {
      for (const path of enumeratePaths(tree)) {
        const entries = Object.entries(path.answers);
        for (let cut = 0; cut <= entries.length; cut += 1) {
          for (const lang of ['en', 'zh']) {
            expected.add(
              canonical({ tree: tree.id, lang, ...Object.fromEntries(entries.slice(0, cut)) }),
            );
          }
        }
      }
    }
    const found = new Set(
      pages.map((page) => {
        const { tree, lang, answers } = stateOf(page.key);
        return canonical({ tree: tree.id, lang, ...answers });
      }),
    );
    expect([...found].sort()).toEqual([...expected].sort());
    for (const theme of ['light', 'dark']) {
      expect(pages.filter((page) => page.theme === theme)).toHaveLength(expected.size);
    }
  });

  it('draw each theme’s drawing', () => {
    for (const page of pages) {
      expect(/<svg id="([^"]+)"/.exec(page.html)?.[1], page.file).toContain(`-${page.theme}-`);
    }
  });

  // The themes' pages differ only in the drawing's colours: one theme is read in full.
  it('show the state’s question or result, with the diagram marked where the walk stands', () => {
    for (const page of pages.filter((candidate) => candidate.theme === 'light')) {
      const { tree, lang, answers } = stateOf(page.key);
      const resolution = resolvePath(tree, answers);
      const html = parse(page.html);
      const heading = html.querySelector('[data-testid="question"] h2, [data-testid="result"] h2');
      if (resolution.current) {
        expect(heading?.textContent, page.key).toBe(resolution.current.text[lang as 'en' | 'zh']);
      } else {
        expect(html.querySelector('[data-testid="result"]')?.getAttribute('data-runtime')).toBe(
          resolution.outcome?.runtime,
        );
      }
      const svg = html.querySelector('.diagram-canvas svg');
      const marked = [
        ...(svg?.querySelectorAll('[data-path="current"], [data-path="outcome"]') ?? []),
      ];
      expect(
        marked.map((node) => node.getAttribute('data-node-id')),
        page.key,
      ).toEqual([resolution.current?.id ?? resolution.outcome?.id]);
      expect(svg?.querySelectorAll('g[data-node-id][data-path="visited"]')).toHaveLength(
        resolution.steps.length,
      );
      expect(html.querySelector('script'), 'no script in a first paint').toBeNull();
    }
  }, 60_000);
});
