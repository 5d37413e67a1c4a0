// Start-up work for a page that opens on the wizard (a share link, a bookmark, an embed): the
// diagram for its tree is rendered as soon as Mermaid and the content are ready, instead of
// after the wizard has mounted. Mermaid's flowchart and layout code arrive in two more rounds
// of requests when the first render starts; starting it here overlaps them, and the drawing
// itself, with loading and rendering the wizard. The wizard's diagram then asks the renderer
// for the same (tree, language, theme, source) and gets the cached drawing.
//
// The request is worked out the way the wizard will work it out (same decoder, same content,
// same language and theme rules), so a correct guess costs nothing extra. A wrong guess (the
// user changes the theme before it is drawn) only renders one drawing that nobody shows.
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

export function prepareDiagram(location: StartLocation, contentLoad: Promise<ContentLoad>): void {
  if (location.pathname !== WIZARD_PATH) return;
  const lang = isLang(location.search.lang) ? location.search.lang : detectLang();
  // Set by applyInitialTheme() before this runs, from the same URL, stored choice and system.
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  // Failures are the diagram's to report when it asks for the same render; here they are moot.
  void Promise.all([contentLoad, import('./prerender'), loadDiagramRenderer()])
    .then(([load, { diagramRequestFor }, renderer]) => {
      const request = diagramRequestFor(load, location.search, lang, theme);
      return renderer.renderDiagram(request);
    })
    .catch(() => undefined);
}
