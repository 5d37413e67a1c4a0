import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createBrowserHistory,
  createHashHistory,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { routeTree } from './routeTree.gen';
import { parseSearchString, stringifySearch } from './domain/share-state';
import './styles/global.css';
import './styles/print.css';

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
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
