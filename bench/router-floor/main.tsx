// Not a target: context for the targets. The baseline plus the router the app is built on
// (TanStack Router, hash history, the diagram's route split into its own chunk as the app's
// routes are), and nothing else: no app code, no content beyond the tree, no styles. What this
// page loads and how long it takes to draw is the least any app on this stack can do, so the
// benchmark prints it beside the baseline to show how much of each budget the stack itself uses.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';

const rootRoute = createRootRoute({ component: Outlet });
const wizardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wizard',
  component: lazyRouteComponent(() => import('./wizard-route'), 'WizardRoute'),
});
const router = createRouter({
  routeTree: rootRoute.addChildren([wizardRoute]),
  history: createHashHistory(),
});

const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
