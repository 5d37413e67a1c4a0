// Absolute URLs for links that leave the page (share links, embed code). They go through the
// router's history, so they are right for hash and browser history alike, and are resolved
// against the current address, so they are right under any sub-path.
import { useCallback } from 'react';
import { useRouter } from '@tanstack/react-router';

/** The directory the app is served from (where index.html and embed.js live). */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/** A function from a wizard search to the absolute URL that opens the wizard with it. */
export function useWizardUrl(): (search: Record<string, string>) => string {
  const router = useRouter();
  return useCallback(
    (search: Record<string, string>) => {
      const location = router.buildLocation({ to: '/wizard', search });
      return new URL(router.history.createHref(location.href), window.location.href).href;
    },
    [router],
  );
}
