import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  createBrowserHistory,
  createHashHistory,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { routeTree } from './routeTree.gen';
import { parseSearchString, stringifySearch } from './domain/share-state';
import { applyInitialTheme, isThemeChoice } from './app/theme';
import { installChunkReload } from './app/chunk-reload';
import { reportCaughtError, RouteError } from './features/errors/route-error';
import { ContentLoadProvider } from './app/content-load';
import { CONTENT_RETRY_TIMEOUT_MS, startContentLoad, type ContentLoad } from './app/content-loader';
import { showsFirstPaint, takeOverFirstPaint } from './app/first-paint-takeover';
import { prepareDiagram } from './features/diagram/prepare-diagram';
import { markStartup } from './app/startup-marks';
import './styles/global.css';
import './styles/print.css';

markStartup('main');

// A team's advisor.content.json is requested first, before the router is even built, so that it
// loads in parallel with the page's code; pages wait for it in ContentGate
// (src/app/content-load.tsx).
const contentLoad = startContentLoad();
void contentLoad.then(() => {
  markStartup('content');
});

// Before any route chunk is requested: a chunk missing after a redeploy gets one guarded reload.
installChunkReload();

// Hash history by default: the build then works from any static host and sub-path with no
// rewrite rules. `VITE_HISTORY=browser npm run build` switches to path URLs for hosts that
// rewrite unknown paths to index.html; under a sub-path it needs `--base /that/path/`, which
// becomes the router's basepath too.
const browserHistory = import.meta.env.VITE_HISTORY === 'browser';
const basepath =
  browserHistory && import.meta.env.BASE_URL.startsWith('/') ? import.meta.env.BASE_URL : undefined;
// Hash routes still work in a browser-history build (embed.js and older links use them): the
// hash becomes the path it names before the router reads the URL.
if (browserHistory && window.location.hash.startsWith('#/')) {
  window.history.replaceState(null, '', `${basepath ?? '/'}${window.location.hash.slice(2)}`);
}
const history = browserHistory ? createBrowserHistory() : createHashHistory();

export const router = createRouter({
  routeTree,
  history,
  ...(basepath ? { basepath } : {}),
  // Search params are plain strings (never JSON-parsed) and read through one capped,
  // never-throwing parser: share links are untrusted input.
  parseSearch: parseSearchString,
  stringifySearch,
  scrollRestoration: true,
  defaultPreload: 'intent',
  // Each route match gets its own boundary with this component: a failing page shows a message
  // and a way back, while the rest of the app keeps working.
  defaultErrorComponent: RouteError,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// Before the first render, so the page never flashes the wrong theme. The URL's `theme`
// (embeds, links) is read from the location the router has parsed, not from the raw address:
// in a browser-history build a hash link has been rewritten into a path by now.
const themeParam = parseSearchString(router.latestLocation.searchStr).theme;
applyInitialTheme(isThemeChoice(themeParam) ? themeParam : undefined);

// The first page's own code is requested now, not after React's first render and the router's
// first load: the two overlap instead of running one after the other. A chunk that fails here
// fails again when the router asks, which reports it (and chunk-reload.ts handles a redeploy).
const [startRoutes] = router.getMatchedRoutes(router.latestLocation.pathname);
const routeCode = Promise.all(
  startRoutes.map((route) => Promise.resolve(router.loadRouteChunk(route))),
);
void routeCode.then(
  () => {
    markStartup('route-code');
  },
  () => undefined,
);
// On the wizard, the linked tree's drawing as well (made at build time: no Mermaid).
const drawing = prepareDiagram(router.latestLocation, contentLoad, routeCode);

const rootElement = document.getElementById('root');
if (rootElement) {
  // From here on the start-up script leaves the root to the app (scripts/startup-script.ts).
  rootElement.setAttribute('data-app', '');
  const root = createRoot(rootElement, { onCaughtError: reportCaughtError });
  const app = (settled?: ContentLoad) => (
    <StrictMode>
      <ContentLoadProvider
        load={contentLoad}
        settled={settled}
        retry={() => startContentLoad(CONTENT_RETRY_TIMEOUT_MS)}
      >
        <RouterProvider router={router} />
      </ContentLoadProvider>
    </StrictMode>
  );
  if (showsFirstPaint(rootElement)) {
    let moved = false;
    window.addEventListener(
      'popstate',
      () => {
        moved = true;
      },
      { once: true },
    );
    // The build's page for this link is on screen: render over it only once the route, its data,
    // the content file and the drawing are in, so the first commit is that same page.
    void Promise.all([contentLoad, router.load(), routeCode, drawing])
      .catch(() => undefined)
      .then(async () => {
        const settled = await contentLoad;
        // The address changed meanwhile (Back, an edited link): the router reads it again, as it
        // would on its own once mounted.
        if (moved) await router.load().catch(() => undefined);
        takeOverFirstPaint(rootElement, () => {
          flushSync(() => {
            root.render(app(settled));
          });
        });
      })
      .catch(() => {
        // Whatever went wrong on the way, the app renders (its error boundaries say what failed).
        root.render(app());
      });
  } else {
    root.render(app());
  }
}
