import { useEffect, useMemo, useState, type RefObject } from 'react';
import {
  loadedHighlighter,
  loadHighlighter,
  type CodeLanguage,
  type Highlighter,
} from '../../lib/highlight';

export type HighlightStatus = 'pending' | 'done' | 'failed';

/**
 * True once the element has come near the viewport (and stays true). Highlighting is only
 * wanted for code a reader can see, so a result whose snippets are never scrolled to never
 * downloads highlight.js. Without IntersectionObserver, everything counts as near.
 */
function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, near]);
  return near;
}

/**
 * Highlighted HTML for a block once highlight.js has loaded; undefined before that (the block
 * shows plain text) and for good if the chunk cannot load. Loading starts when the block
 * (`ref`) comes near the viewport.
 */
export function useHighlightedHtml(
  code: string,
  language: CodeLanguage,
  ref: RefObject<Element | null>,
): { html: string | undefined; status: HighlightStatus } {
  const [highlighter, setHighlighter] = useState<Highlighter | undefined>(loadedHighlighter);
  const [failed, setFailed] = useState(false);
  const near = useNearViewport(ref);
  useEffect(() => {
    if (highlighter || !near) return;
    let live = true;
    loadHighlighter().then(
      (loaded) => {
        if (live) setHighlighter(loaded);
      },
      () => {
        // Offline or redeployed: the plain text stays, which is all a reader needs.
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [highlighter, near]);
  const html = useMemo(() => highlighter?.highlight(code, language), [highlighter, code, language]);
  return { html, status: html !== undefined ? 'done' : failed ? 'failed' : 'pending' };
}
