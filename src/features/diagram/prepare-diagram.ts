// Start-up work for the diagram, called by main.tsx once it has asked for the page's own code.
//
// Order matters more than earliness here: on this machine's measurements (A/B, 9 alternating
// fresh loads each) starting Mermaid's download at the very start of the page made the first
// question wait for Mermaid's evaluation, about 50 ms of main-thread work, and showed it at
// 305 ms; starting it once the page's route code has loaded shows the first question at 217 ms
// and the result of a share link 65 ms sooner, for a diagram 16-46 ms later. The wizard's
// question is what the user came for; the diagram follows it.
//
// On the wizard (a share link, a bookmark, an embed) the linked tree's diagram is then rendered
// as soon as Mermaid and the content are ready, not after the wizard has mounted: loading
// Mermaid and drawing overlap with rendering the wizard. The wizard's diagram asks the renderer for the same (tree,
// language, theme, source) and gets the cached drawing. The request is worked out the way the
// wizard works it out (same decoder, same content, same language and theme rules), so a correct
// guess costs nothing extra; a wrong one (the theme changed before the drawing was done) only
// renders one drawing that nobody shows.
import { detectLang } from '../../i18n';
import { isLang, type RawSearch } from '../../domain/share-state';
import type { ContentLoad } from '../../app/content-loader';
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

export function prepareDiagram(
  location: StartLocation,
  contentLoad: Promise<ContentLoad>,
  routeCode: Promise<unknown>,
): void {
  // Failures are the diagram's to report when it asks for the renderer; here they are moot.
  if (location.pathname !== WIZARD_PATH) {
    // Other pages lead to the wizard: Mermaid loads in their idle time, ready when it opens.
    void routeCode
      .then(() => {
        whenIdle(() => void loadDiagramRenderer().catch(() => undefined));
      })
      .catch(() => undefined);
    return;
  }
  const lang = isLang(location.search.lang) ? location.search.lang : detectLang();
  // Set by applyInitialTheme() before this runs, from the same URL, stored choice and system.
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  void routeCode
    .then(() => Promise.all([contentLoad, import('./prerender'), loadDiagramRenderer()]))
    .then(([load, { diagramRequestFor }, renderer]) =>
      renderer.renderDiagram(diagramRequestFor(load, location.search, lang, theme)),
    )
    .catch(() => undefined);
}
