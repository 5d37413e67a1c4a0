// Share links <-> wizard state. The URL is the wizard's only state, so this module is the
// front door for untrusted input: it never throws, it caps what it reads, and it says in
// data (notices) everything it had to drop so the page can say it in words.
//
// The one rule for repeated parameters: a key given more than once (`gpu=yes&gpu=no`) is
// ambiguous, so all of its values are dropped and the walk resumes at that question.
import { resolvePath, type DropReason, type Resolution } from './engine';
import { isSafeId, type DecisionTree, type Lang } from './tree';
import { questionsBelow } from './tree-graph';

/**
 * Longest search string read in full. Links are meant to pass through mail, chat, portals and,
 * in a browser-history build, the site's own server, whose request line is commonly capped at
 * 8 KB (nginx and Apache by default); browsers themselves take far more. A longer link keeps
 * the parameters that end within the cap (and its tree and options, wherever they stand), and
 * says that it was cut. `npm run validate-content` warns when a tree's longest link is longer.
 */
export const MAX_SEARCH_LENGTH = 8192;
/**
 * Most parameters read from one link: a tree has at most 200 nodes, so a walk answers at most
 * 199 questions, plus the tree and its options. More only costs time; the rest counts as cut.
 */
export const MAX_SEARCH_PARAMS = 256;
/** How far into an over-long link its tree and options are looked for. */
const RESERVED_SCAN_LENGTH = 8 * MAX_SEARCH_LENGTH;
/** Longest single value we keep (ids are at most 48 characters). */
const MAX_VALUE_LENGTH = 200;
/** Marker key set by the parser when a search string was over the cap. Never a valid id. */
export const OVERSIZE_KEY = '_oversize';
/** Marker set when a link had more than MAX_SEARCH_PARAMS parameters. Never a valid id. */
export const TOO_MANY_KEY = '_toomany';
/**
 * Marker set when keys that are not ids (`gpu[0]`, `__proto__`) were skipped, so that the
 * canonical rewrite still removes them from the address bar.
 */
export const IGNORED_KEY = '_ignored';

/** Parameters that are not answers and that every wizard URL carries through unchanged. */
export const PASSTHROUGH_KEYS = ['lang', 'embed', 'theme', 'target'] as const;
const RESERVED = new Set<string>(['tree', ...PASSTHROUGH_KEYS]);
/** Passthrough values are short tokens (`1`, `dark`, `k8s_containerd2`); anything else is dropped. */
const PASSTHROUGH_VALUE = /^[A-Za-z0-9_-]{1,48}$/;

export type RawSearch = Record<string, string | string[] | undefined>;

function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Parses `?a=b&c=d` into plain strings (never JSON: `1e309` and `true` stay strings).
 * Keys that are not ids are skipped, so `__proto__` and friends never become properties.
 */
export function parseSearchString(search: string): RawSearch {
  const out = emptyRecord<string | string[]>();
  const full = search.startsWith('?') ? search.slice(1) : search;
  let body = full;
  if (full.length > MAX_SEARCH_LENGTH) {
    out[OVERSIZE_KEY] = String(full.length);
    // Whole parameters only: the last one that ends within the cap, and nothing after it.
    const end = full.lastIndexOf('&', MAX_SEARCH_LENGTH);
    body = end > 0 ? full.slice(0, end) : '';
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return out;
  }
  let ignored = 0;
  let read = 0;
  for (const [key, rawValue] of params) {
    read += 1;
    if (read > MAX_SEARCH_PARAMS) {
      out[TOO_MANY_KEY] = String(MAX_SEARCH_PARAMS);
      break;
    }
    if (!isSafeId(key)) {
      ignored += 1;
      continue;
    }
    const value = rawValue.slice(0, MAX_VALUE_LENGTH);
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  if (ignored > 0) out[IGNORED_KEY] = String(ignored);
  // A cut link keeps its tree and options even where they stand after the cut (a canonical
  // link puts the options last): it must never switch tree or language.
  if (out[OVERSIZE_KEY] !== undefined || out[TOO_MANY_KEY] !== undefined) {
    // Within reason: a link of megabytes is no one's share link, and must stay quick.
    const window = full.slice(0, RESERVED_SCAN_LENGTH);
    for (const key of RESERVED) {
      if (out[key] !== undefined) continue;
      const value = firstValue(window, key);
      if (value !== undefined) out[key] = value.slice(0, MAX_VALUE_LENGTH);
    }
  }
  return out;
}

/**
 * The first value of `key` in a search string, found without parsing the rest of it (a plain
 * substring search: links of hundreds of thousands of characters must stay quick).
 */
function firstValue(search: string, key: string): string | undefined {
  const needle = `${key}=`;
  const at = search.startsWith(needle) ? 0 : search.indexOf(`&${needle}`);
  if (at < 0) return undefined;
  const start = at === 0 && search.startsWith(needle) ? needle.length : at + 1 + needle.length;
  const end = search.indexOf('&', start);
  // Nothing longer than an id is of use; a value cut inside an escape is dropped below.
  const raw = search.slice(start, Math.min(end < 0 ? search.length : end, start + 3 * 48));
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Writes search params in their insertion order, so canonical links read naturally. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        params.append(key, String(item));
      }
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type ShareNotice =
  | { kind: 'oversize'; length: number; max: number }
  | { kind: 'too-many'; max: number }
  | { kind: 'duplicate'; key: string }
  | { kind: 'not-an-id'; key: string; value: string }
  | { kind: 'unknown-tree'; value: string; fallback: string }
  | { kind: 'dropped'; questionId: string; value: string; reason: DropReason };

/** Notices of one kind beyond this many are summed up in one line. */
export const NOTICES_PER_KIND = 3;

export interface NoticeSummary {
  /** The kind (and for dropped answers, the reason) the summary stands for. */
  kind: string;
  count: number;
  /** A few of the keys concerned, as examples. */
  names: string[];
}

/**
 * A link with hundreds of unknown parameters must not list them one by one: the first few of
 * each kind are shown as they are, the rest as one line with a count and a few names.
 */
export function summariseNotices(notices: readonly ShareNotice[]): {
  shown: ShareNotice[];
  summaries: NoticeSummary[];
} {
  const shown: ShareNotice[] = [];
  const byKind = new Map<string, NoticeSummary>();
  const seen = new Map<string, number>();
  for (const notice of notices) {
    const kind = notice.kind === 'dropped' ? `dropped:${notice.reason}` : notice.kind;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= NOTICES_PER_KIND) {
      shown.push(notice);
      continue;
    }
    const summary = byKind.get(kind) ?? { kind, count: 0, names: [] };
    summary.count += 1;
    const name = noticeKey(notice);
    if (summary.names.length < NOTICES_PER_KIND && name !== undefined) summary.names.push(name);
    byKind.set(kind, summary);
  }
  return { shown, summaries: [...byKind.values()] };
}

function noticeKey(notice: ShareNotice): string | undefined {
  switch (notice.kind) {
    case 'duplicate':
    case 'not-an-id':
      return notice.key;
    case 'dropped':
      return notice.questionId;
    case 'unknown-tree':
      return notice.value;
    case 'oversize':
    case 'too-many':
      return undefined;
  }
}

export interface DecodedShareState {
  tree: DecisionTree;
  resolution: Resolution;
  notices: ShareNotice[];
  /**
   * Answers to questions the walk has not reached yet but still can from the question it
   * stopped at (Change on an earlier answer keeps the later ones): kept in the link, in the
   * order given, and applied when the walk gets there. They are not notices.
   */
  pending: Record<string, string>;
  /**
   * The canonical search for this state: tree, answers in path order, the pending answers,
   * then passthrough keys.
   */
  canonical: Record<string, string>;
  /** True when the given search differs from the canonical one and the URL should be rewritten. */
  needsRewrite: boolean;
  /**
   * The tree the link names when it is not among `trees` and the caller asked to keep such
   * links (the site's own content, which may hold it, could not be loaded). The link is then
   * left as it is: `tree` is the default tree, unanswered, and `needsRewrite` is false.
   */
  missingTree?: string;
}

export interface DecodeOptions {
  /** Keep a link whose tree is unknown instead of falling back (see `missingTree`). */
  keepUnknownTree?: boolean;
}

/** Shortens a value for display in a notice (it is shown as text, never as markup). */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function decodeShareState(
  raw: RawSearch,
  trees: readonly DecisionTree[],
  defaultTreeId: string,
  options: DecodeOptions = {},
): DecodedShareState {
  const notices: ShareNotice[] = [];
  const single = emptyRecord<string>();

  const oversize = raw[OVERSIZE_KEY];
  if (typeof oversize === 'string') {
    notices.push({ kind: 'oversize', length: Number(oversize), max: MAX_SEARCH_LENGTH });
  }
  if (typeof raw[TOO_MANY_KEY] === 'string') {
    notices.push({ kind: 'too-many', max: MAX_SEARCH_PARAMS });
  }

  for (const key of Object.keys(raw)) {
    if (key === OVERSIZE_KEY || key === IGNORED_KEY || key === TOO_MANY_KEY) continue;
    const value = raw[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      notices.push({ kind: 'duplicate', key });
      continue;
    }
    if (typeof value !== 'string') continue;
    single[key] = value;
  }

  const fallbackTree = trees.find((tree) => tree.id === defaultTreeId) ?? trees[0];
  if (!fallbackTree) throw new Error('decodeShareState needs at least one tree');
  let tree = fallbackTree;
  const requestedTree = single.tree;
  if (requestedTree !== undefined) {
    const match = trees.find((candidate) => candidate.id === requestedTree);
    if (match) tree = match;
    else if (options.keepUnknownTree && isSafeId(requestedTree)) {
      return {
        tree: fallbackTree,
        resolution: resolvePath(fallbackTree, emptyRecord<string>()),
        notices: [],
        pending: emptyRecord<string>(),
        canonical: encodeShareState(requestedTree, {}, single),
        needsRewrite: false,
        missingTree: requestedTree,
      };
    } else
      notices.push({ kind: 'unknown-tree', value: clip(requestedTree), fallback: fallbackTree.id });
  }

  const candidateAnswers = emptyRecord<string>();
  for (const [key, value] of Object.entries(single)) {
    if (RESERVED.has(key)) continue;
    if (!isSafeId(value)) {
      notices.push({ kind: 'not-an-id', key, value: clip(value) });
      continue;
    }
    candidateAnswers[key] = value;
  }

  const walked = resolvePath(tree, candidateAnswers);
  // An answer to a question still ahead of the one being asked waits for the walk to get
  // there; only what the path can no longer reach is dropped (and said).
  const pending = emptyRecord<string>();
  const ahead = walked.current ? questionsBelow(tree, walked.current.id) : undefined;
  const dropped = walked.dropped.filter((entry) => {
    const question = entry.reason === 'off-path' ? ahead?.get(entry.questionId) : undefined;
    if (!question?.answers.some((answer) => answer.id === entry.value)) return true;
    pending[entry.questionId] = entry.value;
    return false;
  });
  const resolution: Resolution = { ...walked, dropped };
  for (const entry of dropped) notices.push({ kind: 'dropped', ...entry });

  const canonical = encodeShareState(tree.id, { ...resolution.answers, ...pending }, single);
  return {
    tree,
    resolution,
    notices,
    pending,
    canonical,
    needsRewrite: stringifySearch(canonical) !== stringifySearch(raw),
  };
}

/**
 * The canonical search for a state: `tree`, then the answers in path order, then the
 * passthrough keys (language, embed options) that were present.
 */
export function encodeShareState(
  treeId: string,
  answers: Readonly<Record<string, string>>,
  passthrough: Readonly<Record<string, string | undefined>> = {},
): Record<string, string> {
  const search: Record<string, string> = { tree: treeId };
  for (const [questionId, answerId] of Object.entries(answers)) search[questionId] = answerId;
  for (const key of PASSTHROUGH_KEYS) {
    const value = passthrough[key];
    if (typeof value === 'string' && PASSTHROUGH_VALUE.test(value)) search[key] = value;
  }
  return search;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}
