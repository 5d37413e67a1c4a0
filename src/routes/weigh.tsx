import { useEffect, useMemo } from 'react';
import { createFileRoute, useLocation } from '@tanstack/react-router';
import { useContent } from '../app/content-context';
import { usePageTitle } from '../app/page-title';
import { detectLang } from '../i18n';
import {
  decodeWeighState,
  encodeWeighState,
  type WeighNotice,
  type WeighState,
} from '../domain/weigh/state';
import { WeighPage } from '../features/weigh/weigh-page';

declare module '@tanstack/react-router' {
  interface HistoryState {
    /** What a tampered weighing link lost, carried across the canonical rewrite. */
    weighNotices?: WeighNotice[];
  }
}

/**
 * `#/weigh?w_<criterion>=0..5…&must=<id>,…&figures=published&tree=<id>&from=<q>.<a>,…&lang=en`.
 * Which keys are criteria and must-haves depends on the content in force (a team's file adds
 * rows), so the route keeps the raw strings and the domain decoder validates them against the
 * content, drops what is invalid and says what it dropped; the URL is then rewritten to its
 * canonical form (every weight written, so a shared link restores the same numbers).
 */
type WeighSearch = Record<string, string | string[] | undefined>;

export const Route = createFileRoute('/weigh')({
  validateSearch: (raw: Record<string, unknown>): WeighSearch => {
    const search: WeighSearch = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string' || Array.isArray(value)) {
        search[key] = value as string | string[];
      }
    }
    return search;
  },
  staticData: { ownsCanonicalUrl: true },
  component: WeighRoute,
});

function WeighRoute() {
  usePageTitle((t) => t.weigh);
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const location = useLocation();
  const content = useContent();
  const lang = typeof search.lang === 'string' ? search.lang : detectLang();
  const decoded = useMemo(
    () => decodeWeighState({ ...search, lang }, content, content.trees),
    [search, lang, content],
  );
  const { canonical, needsRewrite, notices } = decoded;

  useEffect(() => {
    if (!needsRewrite) return;
    void navigate({
      search: canonical,
      replace: true,
      state: (prev) => ({ ...prev, weighNotices: notices }),
    });
  }, [needsRewrite, canonical, notices, navigate]);

  const update = (next: Partial<WeighState>) => {
    void navigate({
      search: encodeWeighState(content, { ...decoded.state, ...next }, canonical),
      replace: true,
    });
  };

  return (
    <WeighPage
      state={decoded.state}
      notices={notices.length > 0 ? notices : (location.state.weighNotices ?? [])}
      onChange={update}
    />
  );
}
