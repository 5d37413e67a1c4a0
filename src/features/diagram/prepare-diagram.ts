// Start-up work for the diagram, called by main.tsx as it asks for the page's own code.
//
// On the wizard (a share link, a bookmark, an embed) the linked built-in tree's drawing, made at
// build time, is requested at once, in parallel with the route's code and the content file: it
// is a few kilobytes of SVG text and needs no Mermaid, so it is there when the wizard first
// renders. The tree, language and theme are read from the URL the way the wizard reads them.
//
// Mermaid itself loads only when the page needs a drawing that the build did not make: a tree
// from a team's content file (known once that file has arrived, and then drawn as soon as
// Mermaid and the route's code are in, before the wizard asks for it: the wizard gets the
// cached drawing) or labels that do not fit the reader's fonts (found by the diagram itself).
// It waits for the route's code because its evaluation would otherwise hold back the question.
import { detectLang } from '../../i18n';
import { isLang, type RawSearch } from '../../domain/share-state';
import type { ContentLoad } from '../../app/content-loader';
import { markStartup } from '../../app/startup-marks';
import { hasBuiltDrawing, loadBuiltDrawing } from './built-drawings';
import { BUILT_IN_DEFAULT_TREE } from './drawings/index.gen';
import { loadDiagramRenderer } from './load-renderer';

interface StartLocation {
  pathname: string;
  search: RawSearch;
}

/** The wizard's path: the only page that shows the diagram. */
const WIZARD_PATH = '/wizard';

/** Idle time if the browser can say when it is; otherwise soon. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** Starts the wizard's drawing; the promise says when the build's drawing has arrived. */
export function prepareDiagram(
  location: StartLocation,
  contentLoad: Promise<ContentLoad>,
  routeCode: Promise<unknown>,
): Promise<unknown> {
  const lang = isLang(location.search.lang) ? location.search.lang : detectLang();
  // Set by applyInitialTheme() before this runs, from the same URL, stored choice and system.
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  // Failures are the diagram's to report when it asks for the drawing; here they are moot.
  if (location.pathname !== WIZARD_PATH) {
    // Other pages lead to the wizard: the default tree's drawing loads in their idle time.
    void routeCode
      .then(() => {
        whenIdle(() => void loadBuiltDrawing(BUILT_IN_DEFAULT_TREE, lang, theme));
      })
      .catch(() => undefined);
    return Promise.resolve();
  }
  const linked = location.search.tree;
  const treeId = typeof linked === 'string' && linked !== '' ? linked : BUILT_IN_DEFAULT_TREE;
  const drawing = loadBuiltDrawing(treeId, lang, theme).then((built) => {
    if (built) markStartup('drawing');
  });

  void Promise.all([contentLoad, routeCode])
    .then(async ([load]) => {
      if (load.status !== 'custom') return;
      const { diagramRequestFor } = await import('./prerender');
      const request = diagramRequestFor(load, location.search, lang, theme);
      if (hasBuiltDrawing(request)) return;
      const renderer = await loadDiagramRenderer();
      await renderer.renderDiagram(request);
    })
    .catch(() => undefined);
  // Settles (never rejects) when the linked built-in drawing is in, or will not come.
  return drawing;
}
