import { lazy, Suspense, useEffect } from 'react';
import {
  createRootRoute,
  Link,
  Outlet,
  retainSearchParams,
  useMatches,
  useNavigate,
} from '@tanstack/react-router';
import { isLang } from '../domain/share-state';
import { detectLang, LangContext, useStrings } from '../i18n';
import { usePageTitle } from '../app/page-title';
import { isThemeChoice, ThemeContext, useAppliedTheme, type ThemeChoice } from '../app/theme';
import { ContentGate } from '../app/content-load';
import { AppShell } from '../features/shell/app-shell';
import { ContentErrorsPanel } from '../features/content-errors/content-errors-panel';
import { ContentPending } from '../features/content-errors/content-pending';
import { shellStrings } from '../features/shell/strings';
import { useEmbedFrame } from '../features/embed/use-embed-frame';
import { PlanNavLink } from '../features/plan/nav/plan-nav-link';
import type { Lang } from '../domain/tree';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The route rewrites its URL to a canonical form itself, language included. */
    ownsCanonicalUrl?: boolean;
  }
}

// Only an embedded page tells its host about the plan: the reporter (and the plan analysis it
// runs) loads in embed mode only, not with every page.
const PlanEmbedReporter = lazy(() => import('../features/plan/plan-embed'));

interface RootSearch {
  lang?: Lang;
  embed?: '1';
  theme?: ThemeChoice;
}

export const Route = createRootRoute({
  validateSearch: (raw: Record<string, unknown>): RootSearch => ({
    lang: isLang(raw.lang) ? raw.lang : undefined,
    embed: raw.embed === '1' ? '1' : undefined,
    theme: isThemeChoice(raw.theme) ? raw.theme : undefined,
  }),
  // Every in-app address built through the router (links, navigations, pageHref) keeps the
  // page's language, embed mode and theme unless it sets them itself: an embedded page never
  // turns into the full app inside the host's frame, and a theme fixed by the URL outlives the
  // next click. Addresses meant for sharing drop the embed options explicitly (absolute-url.ts).
  search: { middlewares: [retainSearchParams(['lang', 'embed', 'theme'])] },
  component: RootLayout,
  notFoundComponent: NotFound,
});

function RootLayout() {
  const search = Route.useSearch();
  const navigate = useNavigate();
  const matches = useMatches();
  // Routes that rewrite their own URL to a canonical form (the wizard) add the language
  // themselves; two rewrites in one tick would race.
  const leafOwnsUrl = matches.some((match) => match.staticData.ownsCanonicalUrl === true);
  const lang = search.lang ?? detectLang();
  const theme = useAppliedTheme(search.theme);
  const embed = search.embed === '1';
  useEmbedFrame(embed);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  // Every URL carries its language, so a copied address restores the same one.
  useEffect(() => {
    if (search.lang || leafOwnsUrl) return;
    void navigate({ to: '.', search: (prev) => ({ ...prev, lang }), replace: true });
  }, [search.lang, lang, leafOwnsUrl, navigate]);

  return (
    <LangContext.Provider value={lang}>
      <ThemeContext.Provider value={theme}>
        <AppShell embed={embed} navExtra={<PlanNavLink />}>
          <ContentGate fallback={<ContentPending />}>
            <ContentErrorsPanel />
            {embed && (
              <Suspense fallback={null}>
                <PlanEmbedReporter />
              </Suspense>
            )}
            <Outlet />
          </ContentGate>
        </AppShell>
      </ThemeContext.Provider>
    </LangContext.Provider>
  );
}

function NotFound() {
  const t = useStrings(shellStrings);
  usePageTitle((titles) => titles.notFound);
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <Link to="/wizard" className="btn btn-primary">
        {t.startGuide}
      </Link>
    </section>
  );
}
