// The content in force: the built-in guide, or a team's content file merged over it.
// Features read it through useContent() so that they never import a content file directly
// and a custom tree reaches every view at once.
//
// Why pages wait for the content file: a share link may name a tree that only the file has
// (`?tree=acme`). Decoded against the built-in content, that link would be "repaired" (the
// unknown tree dropped, the URL rewritten) before the file arrived. So nothing below
// <ContentGate> renders until the one same-origin request has settled. The request starts in
// main.tsx before the first render, in parallel with loading the page's code, and a missing
// file (the usual case) settles in one round trip, so the first question is rarely later than
// it would be anyway. The header renders at once; only the page waits.
import { createContext, Suspense, use, useContext, type ReactNode } from 'react';
import { builtInContent } from '../content';
import type { Content } from '../content/schema';
import { BUILT_IN_LOAD, type ContentLoad } from './content-loader';

export const ContentContext = createContext<Content>(builtInContent);

export function useContent(): Content {
  return useContext(ContentContext);
}

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

/** Renders `fallback` until the content load has settled, then its children with the content. */
export function ContentGate({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <SettledContent>{children}</SettledContent>
    </Suspense>
  );
}

function SettledContent({ children }: { children: ReactNode }) {
  const pending = useContext(PendingLoadContext);
  // The load never rejects (see content-loader), so `use` cannot throw an error here.
  const load = pending ? use(pending) : BUILT_IN_LOAD;
  return (
    <ContentLoadContext.Provider value={load}>
      <ContentContext.Provider value={load.content}>{children}</ContentContext.Provider>
    </ContentLoadContext.Provider>
  );
}
