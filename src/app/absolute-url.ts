// Addresses built outside a <Link>: share links, embed code, the decision record's link, the
// error page's Start over. They go through the router, as <Link> does, so they carry the base
// path of a sub-path deployment and take the history's form (`#/wizard?…` or `/base/wizard?…`);
// absolute ones are resolved against the current address.
import { useCallback } from 'react';
import { useRouter, type RegisteredRouter } from '@tanstack/react-router';
import { EMBED_ONLY_KEYS } from '../domain/embed';

/** The directory the app is served from (where index.html and embed.js live). */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

type PageTo = '/wizard' | '/compare' | '/weigh';

/**
 * The address of another page of this app, as a link on this page writes it: the root route
 * keeps the page's language, embed mode and theme where `search` does not set them.
 */
export function pageHref(
  router: RegisteredRouter,
  to: PageTo,
  search: Record<string, string>,
): string {
  // publicHref is the address with the base path; href is the router's own, without it.
  return router.history.createHref(router.buildLocation({ to, search }).publicHref);
}

/**
 * The address people share or keep (share links, records, embed code): the embed options of
 * the page it was made on are not carried over; only those `search` sets itself are kept.
 */
export function sharedPageHref(
  router: RegisteredRouter,
  to: PageTo,
  search: Record<string, string>,
): string {
  const withoutEmbed: Record<string, string | undefined> = Object.fromEntries(
    EMBED_ONLY_KEYS.map((key) => [key, undefined]),
  );
  return router.history.createHref(
    router.buildLocation({ to, search: { ...withoutEmbed, ...search } }).publicHref,
  );
}

/** A function from a wizard search to the absolute URL that opens the wizard with it. */
export function useWizardUrl(): (search: Record<string, string>) => string {
  const router = useRouter();
  return useCallback(
    (search: Record<string, string>) =>
      new URL(sharedPageHref(router, '/wizard', search), window.location.href).href,
    [router],
  );
}
