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

const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}

// The diagram's Mermaid chunks are already being fetched (index.html lists them as
// modulepreload); importing them here, right after the first render is scheduled, evaluates them
// while React and the router start up instead of after the wizard mounts. It is not in the entry
// chunk. A failure is handled where the diagram awaits the same promise (the outline is shown).
loadDiagramRenderer().catch(() => undefined);
