// The preview's walk: the same decoding as the wizard's share links (decodeShareState), kept in
// the playground's own state instead of the URL, because the URL's `tree` and answers belong to
// the site's content and the preview shows the draft's. After each edit the walk is decoded
// against the new trees: whatever still exists is kept, what no longer does is dropped, and the
// page says so in words.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WizardState } from '../../app/wizard-state';
import type { Content } from '../../content/schema';
import {
  decodeShareState,
  encodeShareState,
  parseSearchString,
  type RawSearch,
} from '../../domain/share-state';
import { useLang } from '../../i18n';

interface Walk {
  tree?: string;
  answers: Record<string, string>;
}

export type WalkNotice =
  { kind: 'shortened' } | { kind: 'tree-gone'; tree: string; fallback: string };

export interface PreviewWalk {
  state: WizardState;
  notice: WalkNotice | undefined;
  /**
   * Follows a link the previewed features render to the wizard (Change, what-if, other routes)
   * inside the preview. False for any other link, which then behaves as usual.
   */
  followLink: (href: string) => boolean;
}

const NOT_ANSWERS = new Set(['tree', 'lang', 'embed', 'theme', 'target']);

/** The wizard's search in a link's address, for hash and path URLs alike. */
function wizardSearchOf(href: string): RawSearch | undefined {
  let url: URL;
  try {
    const base = new URL(document.baseURI);
    url = new URL(href, base);
    if (url.origin !== base.origin) return undefined;
    // Hash routes: `…/#/wizard?tree=…`; the path and search live in the hash.
    if (url.hash.startsWith('#/')) url = new URL(url.hash.slice(1), base.origin);
  } catch {
    return undefined;
  }
  if (!url.pathname.endsWith('/wizard')) return undefined;
  return parseSearchString(url.search);
}

export function usePreviewWalk(content: Content | undefined): PreviewWalk | undefined {
  const lang = useLang();
  const [walk, setWalk] = useState<Walk>({ answers: {} });
  const [notice, setNotice] = useState<WalkNotice>();

  const decoded = useMemo(() => {
    if (!content) return undefined;
    const raw: RawSearch = { ...walk.answers };
    if (walk.tree !== undefined) raw.tree = walk.tree;
    return decodeShareState(raw, content.trees, content.defaultTree);
  }, [content, walk]);

  // An edit removed part of the walk: keep what is left, once, and say what happened.
  useEffect(() => {
    if (!decoded || decoded.notices.length === 0) return;
    const gone = decoded.notices.find((entry) => entry.kind === 'unknown-tree');
    setNotice(
      gone
        ? { kind: 'tree-gone', tree: gone.value, fallback: gone.fallback }
        : { kind: 'shortened' },
    );
    setWalk({ tree: decoded.tree.id, answers: { ...decoded.resolution.answers } });
  }, [decoded]);

  const go = useCallback((answers: Record<string, string>, tree?: string) => {
    setNotice(undefined);
    setWalk((previous) => ({ tree: tree ?? previous.tree, answers }));
  }, []);

  const followLink = useCallback(
    (href: string) => {
      const search = wizardSearchOf(href);
      if (!search) return false;
      const answers: Record<string, string> = {};
      for (const [key, value] of Object.entries(search)) {
        if (typeof value === 'string' && !NOT_ANSWERS.has(key)) answers[key] = value;
      }
      go(answers, typeof search.tree === 'string' ? search.tree : undefined);
      return true;
    },
    [go],
  );

  if (!decoded) return undefined;
  const { tree, resolution } = decoded;
  const answersBefore = (questionId: string): Record<string, string> => {
    const kept: Record<string, string> = {};
    for (const step of resolution.steps) {
      if (step.question.id === questionId) break;
      kept[step.question.id] = step.answer.id;
    }
    return kept;
  };
  const searchFor = (answers: Record<string, string>, treeId: string = tree.id) =>
    encodeShareState(treeId, answers, { lang });

  const state: WizardState = {
    ...decoded,
    // What an edit dropped is said once by the playground, in its own words: the wizard's
    // notices speak of links.
    visibleNotices: [],
    answer: (questionId, answerId) => {
      go({ ...answersBefore(questionId), [questionId]: answerId }, tree.id);
    },
    jumpTo: (questionId) => {
      go(answersBefore(questionId), tree.id);
    },
    back: () => {
      const last = resolution.steps.at(-1);
      if (last) go(answersBefore(last.question.id), tree.id);
    },
    startOver: () => {
      go({}, tree.id);
    },
    switchTree: (treeId) => {
      go({}, treeId);
    },
    searchBefore: (questionId) => searchFor(answersBefore(questionId)),
    searchFor,
  };
  return { state, notice, followLink };
}
