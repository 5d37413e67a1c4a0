// The chosen target tab lives in the URL as `target`, like every other piece of page state, so a
// shared link and a reload show the same tab. The wizard keeps it in its canonical links
// (a passthrough key in domain/share-state); other routes read and write it the same way.
import { useCallback } from 'react';
import { useLocation, useNavigate } from '@tanstack/react-router';

export function useTargetParam(): [requested: unknown, select: (target: string) => void] {
  // The raw parsed search, not a route's validated view of it: any route can host the snippets.
  const requested = useLocation({
    select: (location) => (location.search as Record<string, unknown>).target,
  });
  const navigate = useNavigate();
  const select = useCallback(
    (target: string) => {
      // Replace, not push: switching a tab is not a step the Back button should undo.
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, target }),
        replace: true,
        resetScroll: false,
      } as never);
    },
    [navigate],
  );
  return [requested, select];
}
