// Share links <-> wizard state. The URL is the wizard's only state, so this module is the
// front door for untrusted input: it never throws, it caps what it reads, and it says in
// data (notices) everything it had to drop so the page can say it in words.
//
// The one rule for repeated parameters: a key given more than once (`gpu=yes&gpu=no`) is
// ambiguous, so all of its values are dropped and the walk resumes at that question.
import { resolvePath, type DropReason, type Resolution } from './engine';
import { isSafeId, type DecisionTree, type Lang } from './tree';

/** Longest search string we read; longer links are rejected whole, quickly. */
export const MAX_SEARCH_LENGTH = 4096;
/** Longest single value we keep (ids are at most 48 characters). */
const MAX_VALUE_LENGTH = 200;
/** Marker key set by the parser when a search string was over the cap. Never a valid id. */
export const OVERSIZE_KEY = '_oversize';
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
  const body = search.startsWith('?') ? search.slice(1) : search;
  if (body.length > MAX_SEARCH_LENGTH) {
    out[OVERSIZE_KEY] = String(body.length);
    return out;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return out;
  }
  let ignored = 0;
  for (const [key, rawValue] of params) {
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
  return out;
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
  | { kind: 'oversize'; length: number }
  | { kind: 'duplicate'; key: string }
  | { kind: 'not-an-id'; key: string; value: string }
  | { kind: 'unknown-tree'; value: string; fallback: string }
  | { kind: 'dropped'; questionId: string; value: string; reason: DropReason };

export interface DecodedShareState {
  tree: DecisionTree;
  resolution: Resolution;
  notices: ShareNotice[];
  /** The canonical search for this state: tree, answers in path order, then passthrough keys. */
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
  if (typeof oversize === 'string') notices.push({ kind: 'oversize', length: Number(oversize) });

  for (const key of Object.keys(raw)) {
    if (key === OVERSIZE_KEY || key === IGNORED_KEY) continue;
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

  const resolution = resolvePath(tree, candidateAnswers);
  for (const entry of resolution.dropped) notices.push({ kind: 'dropped', ...entry });

  const canonical = encodeShareState(tree.id, resolution.answers, single);
  return {
    tree,
    resolution,
    notices,
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
