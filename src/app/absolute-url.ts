// Addresses built outside a <Link>: share links, embed code, the decision record's link, the
// error page's Start over. They go through the router, as <Link> does, so they carry the base
// path of a sub-path deployment and take the history's form (`#/wizard?…` or `/base/wizard?…`);
// absolute ones are resolved against the current address.
import { useCallback } from 'react';
import { useRouter, type RegisteredRouter } from '@tanstack/react-router';

/** The directory the app is served from (where index.html and embed.js live). */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/** The page address for `to` with `search`, as a link on this page writes it. */
export function pageHref(
  router: RegisteredRouter,
  to: '/wizard' | '/compare' | '/weigh',
  search: Record<string, string>,
): string {
  // publicHref is the address with the base path; href is the router's own, without it.
  return router.history.createHref(router.buildLocation({ to, search }).publicHref);
}

/** A function from a wizard search to the absolute URL that opens the wizard with it. */
export function useWizardUrl(): (search: Record<string, string>) => string {
  const router = useRouter();
  return useCallback(
    (search: Record<string, string>) =>
      new URL(pageHref(router, '/wizard', search), window.location.href).href,
    [router],
  );
}
