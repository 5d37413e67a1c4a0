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
import { applyInitialTheme, isThemeChoice } from './app/theme';
import { installChunkReload } from './app/chunk-reload';
import { reportCaughtError, RouteError } from './features/errors/route-error';
import './styles/global.css';

// Before any route chunk is requested: a chunk missing after a redeploy gets one guarded reload.
installChunkReload();

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
// (embeds) is read here from the hash the same way the router will read it.
const themeParam = parseSearchString(window.location.hash.split('?')[1] ?? '').theme;
applyInitialTheme(isThemeChoice(themeParam) ? themeParam : undefined);

const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
