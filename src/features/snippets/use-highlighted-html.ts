import { useEffect, useMemo, useState } from 'react';
import {
  loadedHighlighter,
  loadHighlighter,
  type CodeLanguage,
  type Highlighter,
} from '../../lib/highlight';

export type HighlightStatus = 'pending' | 'done' | 'failed';

/**
 * Highlighted HTML for a block once highlight.js has loaded; undefined before that (the block
 * shows plain text) and for good if the chunk cannot load.
 */
export function useHighlightedHtml(
  code: string,
  language: CodeLanguage,
): { html: string | undefined; status: HighlightStatus } {
  const [highlighter, setHighlighter] = useState<Highlighter | undefined>(loadedHighlighter);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (highlighter) return;
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
  }, [highlighter]);
  const html = useMemo(() => highlighter?.highlight(code, language), [highlighter, code, language]);
  return { html, status: html !== undefined ? 'done' : failed ? 'failed' : 'pending' };
}
