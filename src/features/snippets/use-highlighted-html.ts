import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useNearViewport } from '../../app/near-viewport';
import {
  loadedHighlighter,
  loadHighlighter,
  type CodeLanguage,
  type Highlighter,
} from '../../lib/highlight';

export type HighlightStatus = 'pending' | 'done' | 'failed';

/**
 * Highlighted HTML for a block once highlight.js has loaded; undefined before that (the block
 * shows plain text) and for good if the chunk cannot load. Loading starts when the block
 * (`ref`) comes near the viewport: a result whose snippets are never scrolled to never downloads
 * highlight.js.
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
