import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { useRouter, useRouterState, type ErrorComponentProps } from '@tanstack/react-router';
import { pageHref } from '../../app/absolute-url';
import { chunkReloader, isChunkLoadError } from '../../app/chunk-reload';
import { encodeShareState, isLang, PASSTHROUGH_KEYS } from '../../domain/share-state';
import { isSafeId } from '../../domain/tree';
import { detectLang } from '../../i18n';
import { errorStrings } from './strings';
import './errors.css';

/**
 * What a route shows instead of a blank page when it fails: a short message in the page's
 * language and a way back. It reads the language and tree from the URL itself, because it may
 * be rendered where the shell (and its language context) failed too.
 */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const search = useRouterState({
    select: (state) => state.location.search as Record<string, unknown>,
  });
  const lang = isLang(search.lang) ? search.lang : detectLang();
  const t = lang === 'zh' ? errorStrings.zh : errorStrings.en;

  const chunkFailed = isChunkLoadError(error) || chunkReloader.failed();
  const reloading = useSyncExternalStore(
    chunkReloader.subscribe,
    chunkReloader.reloading,
    () => false,
  );
  // A page whose code is missing reloads by itself only when a new version is on the server
  // (and the browser is online); otherwise it says so here, with a Retry.
  useEffect(() => {
    if (chunkFailed) void chunkReloader.recover(error);
  }, [chunkFailed, error]);
  const [offline, setOffline] = useState(false);

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!reloading) headingRef.current?.focus();
  }, [reloading]);

  // Start over keeps the tree, the language and the embed options; answers are dropped. The
  // content is not consulted (it must not be pulled into the entry chunk): an unknown tree id
  // gets the wizard's own fallback and notice.
  const passthrough: Record<string, string> = { lang };
  for (const key of PASSTHROUGH_KEYS) {
    const value = search[key];
    if (key !== 'lang' && typeof value === 'string') passthrough[key] = value;
  }
  const treeId = isSafeId(search.tree) ? search.tree : undefined;
  const startSearch: Record<string, string> = encodeShareState(treeId ?? '', {}, passthrough);
  if (treeId === undefined) delete startSearch.tree;
  const startHref = pageHref(router, '/wizard', startSearch);

  if (reloading) {
    return (
      <p className="route-error-reloading" role="status">
        {t.reloading}
      </p>
    );
  }

  const startOver = (
    <a
      key="start-over"
      href={startHref}
      className={chunkFailed ? 'btn' : 'btn btn-primary'}
      onClick={(event) => {
        followInFreshPage(event, startHref);
      }}
    >
      {t.startOver}
    </a>
  );
  const reload = chunkFailed ? (
    <button
      key="reload"
      type="button"
      className="btn btn-primary"
      onClick={() => {
        // A route's code that failed stays failed for the life of the page, so trying again
        // means a fresh page; but never while offline, where that is the browser's error page.
        void chunkReloader.recover(error).then((result) => {
          setOffline(result === 'offline');
          if (result === 'same-version') window.location.reload();
        });
      }}
    >
      {t.retry}
    </button>
  ) : (
    <button
      key="reload"
      type="button"
      className="btn"
      onClick={() => {
        window.location.reload();
      }}
    >
      {t.reload}
    </button>
  );

  return (
    <section
      className="card route-error"
      aria-labelledby="route-error-title"
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      data-testid="route-error"
    >
      <h1 id="route-error-title" ref={headingRef} tabIndex={-1}>
        {chunkFailed ? t.chunkTitle : t.title}
      </h1>
      <p>{chunkFailed ? t.chunkBody : t.body}</p>
      <div className="route-error-actions">
        {chunkFailed ? [reload, startOver] : [startOver, reload]}
      </div>
      {offline && <p role="status">{t.offline}</p>}
    </section>
  );
}

/**
 * Opens the link in a fresh document rather than through the router: a module that failed to
 * load or to evaluate stays broken for the life of the page. With hash routes the new URL only
 * differs in its hash, which the browser would not reload by itself.
 */
function followInFreshPage(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  // Offline a fresh page is the browser's error page: the router's own navigation then serves
  // (the wizard's code is usually loaded already).
  if (!navigator.onLine) return;
  event.preventDefault();
  const target = new URL(href, window.location.href);
  const sameDocument =
    target.pathname === window.location.pathname && target.search === window.location.search;
  window.location.assign(target.href);
  if (sameDocument) window.location.reload();
}

/**
 * Logs what an error boundary caught, once and clearly, for developers (React would log it
 * bare). Quiet while a guarded chunk reload is under way: the reload is the handling.
 */
export function reportCaughtError(error: unknown): void {
  if (chunkReloader.reloading()) return;
  console.error('[Runtime Advisor] A page failed; its error message is shown instead.', error);
}
