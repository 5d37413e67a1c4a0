// The content load as React sees it: the pending start-up load, the gate that waits for it, and
// how it turned out. Deliberately light (no content data, no schema): main.tsx and the root
// route import it, so it sits in the first download; the built-in content arrives with the
// page's own code, and the schema only when there is a file to check.
//
// Why pages wait for the content file: a share link may name a tree that only the file has
// (`?tree=acme`). Decoded against the built-in content, that link would be "repaired" (the
// unknown tree dropped, the URL rewritten) before the file arrived. So nothing below
// <ContentGate> renders until the one same-origin request has settled. The request starts in
// main.tsx before the first render, in parallel with loading the page's code, and a missing
// file (the usual case) settles in one round trip, so the first question is rarely later than
// it would be anyway. The header renders at once; only the page waits.
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Content } from '../content/schema';
import { BUILT_IN_LOAD, type ContentLoad } from './content-loader';

/** The content in force, when it is not the built-in content (read it with useContent). */
export const ContentContext = createContext<Content | null>(null);

const ContentLoadContext = createContext<ContentLoad>(BUILT_IN_LOAD);

/** How the content in force came about: built in, merged from a file, or a broken file's problems. */
export function useContentLoad(): ContentLoad {
  return useContext(ContentLoadContext);
}

const PendingLoadContext = createContext<ContentStore | null>(null);

/** Holds the start-up load, and how to load the file again when the reader asks. */
export function ContentLoadProvider({
  load,
  settled,
  retry,
  children,
}: {
  load: Promise<ContentLoad>;
  /**
   * What `load` has already settled to, when the caller has waited for it (a page shown from the
   * build's first paint, or the build rendering one): the first render shows the page, not the
   * wait.
   */
  settled?: ContentLoad | undefined;
  /** Loads the file again (Retry); without it, the start-up load is final. */
  retry?: () => Promise<ContentLoad>;
  children: ReactNode;
}) {
  const store = contentStore(load, retry, settled);
  return <PendingLoadContext.Provider value={store}>{children}</PendingLoadContext.Provider>;
}

/**
 * The settled value of the content load, as an external store. Not Suspense + `use`: React
 * throttles revealing a suspended boundary (up to 300 ms after its fallback showed), which
 * would hold back the first question by as much as the whole rest of start-up takes.
 */
interface Snapshot {
  /** Undefined until the start-up load has settled. */
  load: ContentLoad | undefined;
  /** A retry is under way; the last settled load stays in force meanwhile. */
  retrying: boolean;
}

interface ContentStore {
  subscribe: (onChange: () => void) => () => void;
  get: () => Snapshot;
  retry: (() => void) | undefined;
}

const stores = new WeakMap<Promise<ContentLoad>, ContentStore>();

function contentStore(
  pending: Promise<ContentLoad>,
  reload: (() => Promise<ContentLoad>) | undefined,
  settled: ContentLoad | undefined,
): ContentStore {
  const existing = stores.get(pending);
  if (existing) return existing;
  let snapshot: Snapshot = { load: settled, retrying: false };
  const listeners = new Set<() => void>();
  const set = (next: Snapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  // The load never rejects (see content-loader); a rejection would still settle as built-in.
  const settle = (load: Promise<ContentLoad>) =>
    load
      .catch(() => BUILT_IN_LOAD)
      .then((settled) => {
        set({ load: settled, retrying: false });
      });
  void settle(pending);
  const store: ContentStore = {
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
    get: () => snapshot,
    retry: reload
      ? () => {
          if (snapshot.retrying || snapshot.load === undefined) return;
          set({ ...snapshot, retrying: true });
          void settle(reload());
        }
      : undefined,
  };
  stores.set(pending, store);
  return store;
}

const SETTLED_BUILT_IN: Snapshot = { load: BUILT_IN_LOAD, retrying: false };
const NO_LOAD: ContentStore = {
  subscribe: () => () => undefined,
  get: () => SETTLED_BUILT_IN,
  retry: undefined,
};

const RetryContext = createContext<{ retry: (() => void) | undefined; retrying: boolean }>({
  retry: undefined,
  retrying: false,
});

/** Loads the site's content file again, in place (undefined where that is not possible). */
export function useContentRetry(): { retry: (() => void) | undefined; retrying: boolean } {
  return useContext(RetryContext);
}

/** Renders `fallback` until the content load has settled, then its children with the content. */
export function ContentGate({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const store = useContext(PendingLoadContext) ?? NO_LOAD;
  const { load, retrying } = useSyncExternalStore(store.subscribe, store.get, store.get);
  const retry = useMemo(() => ({ retry: store.retry, retrying }), [store.retry, retrying]);
  if (!load) return <>{fallback}</>;
  return (
    <ContentLoadContext.Provider value={load}>
      <RetryContext.Provider value={retry}>
        <ContentContext.Provider value={load.status === 'custom' ? load.content : null}>
          {children}
        </ContentContext.Provider>
      </RetryContext.Provider>
    </ContentLoadContext.Provider>
  );
}
