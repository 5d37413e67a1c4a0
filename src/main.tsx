// First: starts loading the diagram's Mermaid chunks before the rest of the app is evaluated.
import './features/diagram/start-early';
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

// Hash history by default: the build then works from any static host and sub-path with no
// rewrite rules. `VITE_HISTORY=browser npm run build` switches to path URLs for hosts that
// rewrite unknown paths to index.html.
const history =
  import.meta.env.VITE_HISTORY === 'browser' ? createBrowserHistory() : createHashHistory();

export const router = createRouter({
  routeTree,
  history,
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
