// Build time only (scripts/vite-first-paint.ts runs it under Vite's SSR loader, with a jsdom
// window): the wizard's pages for every state of the built-in trees, rendered by the app's own
// components with React's server renderer, with the build's drawing put into the diagram and
// marked as the diagram marks it. The start-up script (first-paint/startup.ts) shows the page
// a link names before the app's code has arrived; the app then renders the same page over it.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { routeTree } from '../routeTree.gen';
import { encodeShareState, parseSearchString, stringifySearch } from '../domain/share-state';
import { resolvePath } from '../domain/engine';
import { pathMarks } from '../domain/diagram-path';
import { enumeratePaths } from '../domain/tree-graph';
import { toMermaid } from '../domain/to-mermaid';
import type { Lang } from '../domain/tree';
import { builtInContent } from '../content';
import { ContentLoadProvider } from '../app/content-load';
import { BUILT_IN_LOAD } from '../app/content-loader';
import { annotateDiagram } from '../features/diagram/annotate';
import { loadBuiltDrawing } from '../features/diagram/built-drawings';
import { DRAWING_LANGS, DRAWING_THEMES } from '../features/diagram/built-drawing-requests';
import { colourRuntimeNodes, sizeDrawing } from '../features/diagram/diagram-canvas';
import { applyPathMarks } from '../features/diagram/svg-marks';
import type { DiagramTheme } from '../lib/mermaid-config';
import { firstPaintKey } from './key';

export interface FirstPaintPage {
  /** firstPaintKey() of the state's search: what the start-up script looks up. */
  key: string;
  theme: DiagramTheme;
  /** The file's name under first-paint/. */
  file: string;
  html: string;
}

/** Every state a walk of the tree passes through: each path's answers, cut after each answer. */
function walkStates(answersOfPaths: readonly Record<string, string>[]): Record<string, string>[] {
  const seen = new Map<string, Record<string, string>>();
  for (const answers of answersOfPaths) {
    const entries = Object.entries(answers);
    for (let length = 0; length <= entries.length; length += 1) {
      const state = Object.fromEntries(entries.slice(0, length));
      seen.set(JSON.stringify(state), state);
    }
  }
  return [...seen.values()];
}

async function renderPage(url: string): Promise<string> {
  const memory = createMemoryHistory({ initialEntries: [url] });
  // The app's links are hash links (`#/wizard?…`), whatever the page's own path.
  const history = { ...memory, createHref: (href: string) => `#${href}` };
  const router = createRouter({
    routeTree,
    history,
    parseSearch: parseSearchString,
    stringifySearch,
  });
  await router.load();
  const load = Promise.resolve(BUILT_IN_LOAD);
  return renderToString(
    <StrictMode>
      <ContentLoadProvider load={load} settled={BUILT_IN_LOAD}>
        <RouterProvider router={router} />
      </ContentLoadProvider>
    </StrictMode>,
  );
}

/** The page's markup with the build's drawing in its diagram, marked for `answers`. */
async function withDrawing(
  html: string,
  treeId: string,
  lang: Lang,
  theme: DiagramTheme,
  answers: Readonly<Record<string, string>>,
): Promise<string> {
  const tree = builtInContent.trees.find((candidate) => candidate.id === treeId);
  const drawing = await loadBuiltDrawing(treeId, lang, theme);
  if (!tree || !drawing) throw new Error(`first paint: no drawing for ${treeId}-${lang}-${theme}`);
  const page = document.createElement('div');
  page.innerHTML = html;
  const host = page.querySelector<HTMLElement>('.diagram-canvas');
  const holder = document.createElement('div');
  holder.innerHTML = drawing.svg;
  const svg = holder.querySelector('svg');
  if (!host || !svg) throw new Error(`first paint: ${treeId} has no diagram canvas or drawing`);
  const diagram = toMermaid(tree, { lang });
  annotateDiagram(svg, drawing.renderId, diagram);
  colourRuntimeNodes(svg, builtInContent.runtimes);
  const questionText = new Map(
    diagram.nodes.filter((node) => node.kind === 'question').map((n) => [n.nodeId, n.text]),
  );
  const hintId = (host.getAttribute('aria-describedby') ?? '').replace(/-keys$/, '-hint');
  applyPathMarks(svg, pathMarks(resolvePath(tree, answers)), { questionText, hintId });
  sizeDrawing(svg);
  host.replaceChildren(svg);
  return page.innerHTML;
}

export async function renderFirstPaints(): Promise<FirstPaintPage[]> {
  const pages: FirstPaintPage[] = [];
  for (const tree of builtInContent.trees) {
    const states = walkStates(enumeratePaths(tree).map((path) => path.answers));
    for (const lang of DRAWING_LANGS) {
      // Arrived before the page renders, so that the diagram renders its canvas at once, as it
      // does in the browser once start-up has fetched the drawing.
      for (const theme of DRAWING_THEMES) await loadBuiltDrawing(tree.id, lang, theme);
      for (const [index, answers] of states.entries()) {
        const search = encodeShareState(tree.id, answers, { lang });
        const html = await renderPage(`/wizard${stringifySearch(search)}`);
        for (const theme of DRAWING_THEMES) {
          pages.push({
            key: firstPaintKey(search),
            theme,
            file: `${tree.id}-${lang}-${String(index)}-${theme}.html`,
            html: await withDrawing(html, tree.id, lang, theme, answers),
          });
        }
      }
    }
  }
  return pages;
}
