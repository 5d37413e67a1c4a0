// The wizard's one write path. The URL is the state: this hook decodes it (pure domain code)
// and every change (answer, back, jump, start over, switch tree) is a navigation. Answers
// push a history entry so the browser's Back button goes back one question; rewriting a
// tampered link to its canonical form replaces the entry instead.
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import {
  decodeShareState,
  encodeShareState,
  PASSTHROUGH_KEYS,
  type DecodedShareState,
  type RawSearch,
  type ShareNotice,
} from '../domain/share-state';
import { carryAnswers } from '../domain/carry-answers';
import { useContent, useContentLoad } from './content-context';
import { teamContentUnavailable } from './content-loader';
import { useLang } from '../i18n';

declare module '@tanstack/history' {
  interface HistoryState {
    /** What the last canonical rewrite dropped, so the notice outlives the rewrite. */
    shareNotices?: ShareNotice[];
    /**
     * Set by links that start the walk from another page (the landing page's Start): the
     * question's heading takes focus on arrival, as it does on every later step.
     */
    focusStep?: boolean;
  }
}

export interface WizardState extends DecodedShareState {
  /** Notices to show: from this URL, or carried over from the rewrite that cleaned it. */
  visibleNotices: ShareNotice[];
  answer: (questionId: string, answerId: string) => void;
  /** Back to the question with this id, dropping it and every later answer. */
  jumpTo: (questionId: string) => void;
  back: () => void;
  startOver: () => void;
  switchTree: (treeId: string) => void;
  /**
   * The search that reopens the wizard at this question: the earlier answers, and the later
   * ones kept to be applied again where the new path still passes them.
   */
  searchBefore: (questionId: string) => Record<string, string>;
  /** The search for an arbitrary set of answers on this tree (for links). */
  searchFor: (answers: Record<string, string>, treeId?: string) => Record<string, string>;
}

export function useWizardState(): WizardState {
  const search: RawSearch = useSearch({ strict: false });
  const lang = useLang();
  const content = useContent();
  // While the site's own content is missing, a link to one of its trees is kept as it is.
  const keepUnknownTree = teamContentUnavailable(useContentLoad());

  const navigate = useNavigate();
  const location = useLocation();

  // The language is part of every canonical link; when the URL lacks it, the rewrite adds it.
  const urlHasLang = search.lang !== undefined;
  const decoded = useMemo(() => {
    const state = decodeShareState({ ...search, lang }, content.trees, content.defaultTree, {
      keepUnknownTree,
    });
    return urlHasLang || state.missingTree !== undefined ? state : { ...state, needsRewrite: true };
  }, [search, lang, urlHasLang, content, keepUnknownTree]);

  const { canonical, needsRewrite, notices, tree, resolution, pending } = decoded;

  useEffect(() => {
    if (!needsRewrite) return;
    void navigate({
      to: '/wizard',
      search: canonical,
      replace: true,
      state: (prev) => ({ ...prev, shareNotices: notices }),
    });
  }, [needsRewrite, canonical, notices, navigate]);

  // Language and embed options carry over to every link the wizard builds.
  const passthrough = useMemo(() => {
    const kept: Record<string, string> = {};
    for (const key of PASSTHROUGH_KEYS) {
      const value = canonical[key];
      if (value !== undefined) kept[key] = value;
    }
    return kept;
  }, [canonical]);

  const searchFor = useCallback(
    (answers: Record<string, string>, treeId: string = tree.id) =>
      encodeShareState(treeId, answers, passthrough),
    [passthrough, tree.id],
  );

  const go = useCallback(
    (answers: Record<string, string>, treeId?: string) => {
      void navigate({ to: '/wizard', search: searchFor(answers, treeId) });
    },
    [navigate, searchFor],
  );

  /** Every answer but this question's: the earlier ones, the later ones and the pending. */
  const answersWithout = useCallback(
    (questionId: string): Record<string, string> => {
      const kept: Record<string, string> = {};
      for (const step of resolution.steps) {
        if (step.question.id !== questionId) kept[step.question.id] = step.answer.id;
      }
      for (const [id, answerId] of Object.entries(pending)) {
        if (id !== questionId) kept[id] = answerId;
      }
      return kept;
    },
    [resolution.steps, pending],
  );

  const answersBefore = useCallback(
    (questionId: string): Record<string, string> => {
      const kept: Record<string, string> = {};
      for (const step of resolution.steps) {
        if (step.question.id === questionId) break;
        kept[step.question.id] = step.answer.id;
      }
      return kept;
    },
    [resolution.steps],
  );

  const carried = location.state.shareNotices;
  return {
    ...decoded,
    visibleNotices: notices.length > 0 ? notices : (carried ?? []),
    // The answers waiting further down stay in the link and apply where the path passes them.
    answer: (questionId, answerId) => {
      go({ ...answersBefore(questionId), [questionId]: answerId, ...pending });
    },
    jumpTo: (questionId) => {
      go(answersBefore(questionId));
    },
    back: () => {
      const last = resolution.steps.at(-1);
      if (last) go(answersBefore(last.question.id));
    },
    startOver: () => {
      go({});
    },
    switchTree: (treeId) => {
      const target = content.trees.find((candidate) => candidate.id === treeId);
      go(target ? carryAnswers(tree, { ...resolution.answers, ...pending }, target) : {}, treeId);
    },
    searchBefore: (questionId) => searchFor(answersWithout(questionId)),
    searchFor,
  };
}
