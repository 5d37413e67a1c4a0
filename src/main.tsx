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
import { loadDiagramRenderer } from './features/diagram/load-renderer';
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

// Mermaid is the biggest chunk: start fetching it now, in parallel with the first render, rather
// than when the diagram mounts. A failure is handled where the diagram awaits the same promise.
loadDiagramRenderer().catch(() => undefined);

const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
