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
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Content } from '../content/schema';
import { BUILT_IN_LOAD, type ContentLoad } from './content-loader';

/** The content in force, when it is not the built-in content (read it with useContent). */
export const ContentContext = createContext<Content | null>(null);

const ContentLoadContext = createContext<ContentLoad>(BUILT_IN_LOAD);

/** How the content in force came about: built in, merged from a file, or a broken file's problems. */
export function useContentLoad(): ContentLoad {
  return useContext(ContentLoadContext);
}

const PendingLoadContext = createContext<Promise<ContentLoad> | null>(null);

/** Holds the start-up load. Without one (tests, tools), the built-in content is used. */
export function ContentLoadProvider({
  load,
  children,
}: {
  load: Promise<ContentLoad>;
  children: ReactNode;
}) {
  return <PendingLoadContext.Provider value={load}>{children}</PendingLoadContext.Provider>;
}

/**
 * The settled value of a start-up load, as an external store. Not Suspense + `use`: React
 * throttles revealing a suspended boundary (up to 300 ms after its fallback showed), which
 * would hold back the first question by as much as the whole rest of start-up takes.
 */
interface SettledStore {
  subscribe: (onChange: () => void) => () => void;
  get: () => ContentLoad | undefined;
}

const stores = new WeakMap<Promise<ContentLoad>, SettledStore>();

function settledStore(pending: Promise<ContentLoad>): SettledStore {
  const existing = stores.get(pending);
  if (existing) return existing;
  let settled: ContentLoad | undefined;
  const listeners = new Set<() => void>();
  // The load never rejects (see content-loader); a rejection would still settle as built-in.
  void pending
    .catch(() => BUILT_IN_LOAD)
    .then((load) => {
      settled = load;
      for (const listener of listeners) listener();
    });
  const store: SettledStore = {
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
    get: () => settled,
  };
  stores.set(pending, store);
  return store;
}

const NO_LOAD: SettledStore = { subscribe: () => () => undefined, get: () => BUILT_IN_LOAD };

/** Renders `fallback` until the content load has settled, then its children with the content. */
export function ContentGate({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const pending = useContext(PendingLoadContext);
  const store = pending ? settledStore(pending) : NO_LOAD;
  const load = useSyncExternalStore(store.subscribe, store.get, store.get);
  if (!load) return <>{fallback}</>;
  return (
    <ContentLoadContext.Provider value={load}>
      <ContentContext.Provider value={load.status === 'custom' ? load.content : null}>
        {children}
      </ContentContext.Provider>
    </ContentLoadContext.Provider>
  );
}
