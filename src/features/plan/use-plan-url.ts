import { useCallback } from 'react';
import { useRouter } from '@tanstack/react-router';
import { EMBED_ONLY_KEYS } from '../../domain/embed';

/**
 * Absolute URLs for a page's search, without the embed options: links people share (and the
 * decision record) open the full app, as the wizard's share links do.
 */
export function useShareUrl(): (
  to: '/plan' | '/wizard',
  search: Readonly<Record<string, string | string[]>>,
) => string {
  const router = useRouter();
  return useCallback(
    (to, search) => {
      // Set to undefined, not left out: the root route would otherwise carry this page's
      // embed options over (retainSearchParams).
      const shared: Record<string, string | string[] | undefined> = Object.fromEntries(
        EMBED_ONLY_KEYS.map((key) => [key, undefined]),
      );
      for (const [key, value] of Object.entries(search)) {
        if (!EMBED_ONLY_KEYS.includes(key)) shared[key] = value;
      }
      const location = router.buildLocation({ to, search: shared });
      return new URL(router.history.createHref(location.publicHref), window.location.href).href;
    },
    [router],
  );
}
