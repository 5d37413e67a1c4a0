// A team's content file (advisor.content.json) and how it is merged over the built-in content.
//
// The format is a partial Content: every key is optional, and each list is merged by id (a
// performance row by its runtime). An entry whose id is already in the built-in content replaces
// that entry whole; any other entry is added after the built-in ones. `defaultTree` chooses the
// tree that opens when a link names none. The guide's matrix and its 2025 recommendations are the
// guide's own word and cannot be replaced.
//
// The file is checked in two steps: first on its own, against the partial schema (so problems
// point into the file), then merged, against the full schema and the integrity checks (so a
// custom tree may lead to built-in runtimes, and a replaced tree cannot break what depends on
// it). Paths of problems found after merging are translated back into paths in the file.
// First: the schemas below must be created without zod's eval probe (see zod-setup.ts).
import './zod-setup';
import { z } from 'zod';
import {
  CaseStudy,
  FeatureRow,
  Id,
  ManagedOffer,
  PerformanceRow,
  PropertyRow,
  PublishedFigure,
  Runtime,
  Snippet,
  Tree,
  type Content,
} from './schema';
import { MAX_CONTENT_BYTES, tooLarge } from './custom-file';
import { parseContent, parseWithSchema, ROOT_PATH, type ContentProblem } from './integrity';

export { CUSTOM_CONTENT_FILE, MAX_CONTENT_BYTES } from './custom-file';

/**
 * A team's tree. Its origin is always `custom`: only the app's own trees may say they are the
 * guide's or an extension of it, so the tree switcher never passes off a team's tree as the guide.
 */
export const CustomTree = Tree.extend({ origin: z.literal('custom').optional() });

/** The file's format. Descriptions for editors live in scripts/content-tools.ts (the JSON Schema). */
export const CustomContent = z
  .object({
    /** Where editors find the JSON Schema; ignored by the app. */
    $schema: z.string().max(2000).optional(),
    defaultTree: Id.optional(),
    trees: z.array(CustomTree).max(50).optional(),
    runtimes: z.array(Runtime).max(50).optional(),
    performance: z.array(PerformanceRow).max(50).optional(),
    features: z.array(FeatureRow).max(50).optional(),
    publishedFigures: z.array(PublishedFigure).max(500).optional(),
    snippets: z.array(Snippet).max(500).optional(),
    caseStudies: z.array(CaseStudy).max(100).optional(),
    properties: z.array(PropertyRow).max(50).optional(),
    managedOffers: z.array(ManagedOffer).max(100).optional(),
  })
  .strict();
export type CustomContent = z.infer<typeof CustomContent>;

/** A problem with a content file. `inBuiltIn`: the path is in the built-in content, which the file broke. */
export interface CustomContentProblem extends ContentProblem {
  inBuiltIn?: true;
}

export type ParseCustomContentResult =
  | { ok: true; content: Content; custom: CustomContent }
  | { ok: false; problems: CustomContentProblem[] };

// ---------------------------------------------------------------- merging

const MERGED_LISTS = [
  'trees',
  'runtimes',
  'performance',
  'features',
  'publishedFigures',
  'snippets',
  'caseStudies',
  'properties',
  'managedOffers',
] as const;
type MergedList = (typeof MERGED_LISTS)[number];

/** What identifies an entry of a list: its id, or for a performance row its runtime. */
function keyOf(list: MergedList, item: object): string {
  const record = item as { id?: unknown; runtime?: unknown };
  const key = list === 'performance' ? record.runtime : record.id;
  return typeof key === 'string' ? key : '';
}

/** Where each entry of a merged list came from: an index in the file, or in the built-in content. */
type Origin = { file: number } | { builtIn: number };
type Origins = Record<MergedList, Origin[]>;

function mergeList<T extends object>(
  list: MergedList,
  base: readonly T[],
  custom: readonly T[] | undefined,
): { items: T[]; origins: Origin[] } {
  const items = [...base];
  const origins: Origin[] = base.map((_, i) => ({ builtIn: i }));
  const position = new Map(items.map((item, i) => [keyOf(list, item), i]));
  (custom ?? []).forEach((item, fileIndex) => {
    const key = keyOf(list, item);
    const at = position.get(key);
    if (at === undefined) {
      position.set(key, items.length);
      items.push(item);
      origins.push({ file: fileIndex });
    } else {
      items[at] = item;
      origins[at] = { file: fileIndex };
    }
  });
  return { items, origins };
}

/**
 * The built-in content with a validated file merged over it. The result still has to pass
 * parseContent: a file can be valid on its own and still break the whole (a dangling runtime).
 */
export function mergeContent(
  base: Content,
  custom: CustomContent,
): { content: Content; origins: Origins } {
  const trees = mergeList(
    'trees',
    base.trees,
    custom.trees?.map((tree) => ({ ...tree, origin: 'custom' as const })),
  );
  const runtimes = mergeList('runtimes', base.runtimes, custom.runtimes);
  const performance = mergeList('performance', base.performance, custom.performance);
  const features = mergeList('features', base.features, custom.features);
  const figures = mergeList('publishedFigures', base.publishedFigures, custom.publishedFigures);
  const snippets = mergeList('snippets', base.snippets, custom.snippets);
  const caseStudies = mergeList('caseStudies', base.caseStudies, custom.caseStudies);
  const properties = mergeList('properties', base.properties, custom.properties);
  const managedOffers = mergeList('managedOffers', base.managedOffers, custom.managedOffers);
  return {
    content: {
      ...base,
      defaultTree: custom.defaultTree ?? base.defaultTree,
      trees: trees.items,
      runtimes: runtimes.items,
      performance: performance.items,
      features: features.items,
      publishedFigures: figures.items,
      snippets: snippets.items,
      caseStudies: caseStudies.items,
      properties: properties.items,
      managedOffers: managedOffers.items,
    },
    origins: {
      trees: trees.origins,
      runtimes: runtimes.origins,
      performance: performance.origins,
      features: features.origins,
      publishedFigures: figures.origins,
      snippets: snippets.origins,
      caseStudies: caseStudies.origins,
      properties: properties.origins,
      managedOffers: managedOffers.origins,
    },
  };
}

// ---------------------------------------------------------------- checking

/** Two entries of one list with the same id in the file: the second would silently win. */
function duplicatesInFile(custom: CustomContent): CustomContentProblem[] {
  const problems: CustomContentProblem[] = [];
  for (const list of MERGED_LISTS) {
    const seen = new Map<string, number>();
    const items: readonly object[] = custom[list] ?? [];
    items.forEach((item, i) => {
      const key = keyOf(list, item);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const field = list === 'performance' ? 'runtime' : 'id';
      problems.push({
        path: `${list}[${i}].${field}`,
        message: `duplicate ${field} ${JSON.stringify(key)}: already used by ${list}[${first}] in this file`,
      });
    });
  }
  return problems;
}

const LIST_INDEX = new RegExp(`\\b(${MERGED_LISTS.join('|')})\\[(\\d+)\\]`, 'g');
const LEADING_LIST_INDEX = new RegExp(`^(${MERGED_LISTS.join('|')})\\[(\\d+)\\]`);

function isMergedList(name: string): name is MergedList {
  return (MERGED_LISTS as readonly string[]).includes(name);
}

/**
 * Rewrites a problem found in the merged content so that it points into the file: `trees[2]`
 * (merged) becomes `trees[0]` (the file's first tree). Problems in entries the file did not
 * supply are marked as being in the built-in content.
 */
function toFileProblem(
  problem: ContentProblem,
  origins: Origins,
  custom: CustomContent,
): CustomContentProblem {
  const originOf = (list: string, index: string): Origin | undefined =>
    isMergedList(list) ? origins[list][Number(index)] : undefined;
  const replaceIndex = (match: string, list: string, index: string): string => {
    const origin = originOf(list, index);
    if (origin === undefined) return match;
    return 'file' in origin ? `${list}[${origin.file}]` : `built-in ${list}[${origin.builtIn}]`;
  };

  const leading = LEADING_LIST_INDEX.exec(problem.path);
  const leadingOrigin = leading ? originOf(leading[1] ?? '', leading[2] ?? '') : undefined;
  const inFile = leading
    ? leadingOrigin !== undefined && 'file' in leadingOrigin
    : problem.path === 'defaultTree' && custom.defaultTree !== undefined;
  const result: CustomContentProblem = {
    // Only the leading list index is rewritten: in a path, later indices are within the entry.
    path: inFile ? problem.path.replace(LEADING_LIST_INDEX, replaceIndex) : problem.path,
    message: problem.message.replace(LIST_INDEX, replaceIndex),
  };
  if (problem.nodeId !== undefined) result.nodeId = problem.nodeId;
  if (!inFile && problem.path !== ROOT_PATH) result.inBuiltIn = true;
  return result;
}

/**
 * Validates a parsed content file and merges it over `base`. Never throws; every problem has a
 * JSON path into the file (or into the built-in content, marked, when the file broke that).
 */
export function parseCustomContent(input: unknown, base: Content): ParseCustomContentResult {
  const parsed = parseWithSchema(CustomContent, input);
  if (!parsed.ok) return parsed;
  const custom = parsed.data;
  const duplicates = duplicatesInFile(custom);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };

  const { content, origins } = mergeContent(base, custom);
  const merged = parseContent(content);
  if (!merged.ok) {
    return {
      ok: false,
      problems: merged.problems.map((problem) => toFileProblem(problem, origins, custom)),
    };
  }
  return { ok: true, content: merged.content, custom };
}

/** The file's text, as fetched or read from disk: size cap, JSON, then parseCustomContent. */
export function parseCustomContentText(text: string, base: Content): ParseCustomContentResult {
  if (text.length > MAX_CONTENT_BYTES) {
    return { ok: false, problems: [tooLarge(text.length)] };
  }
  let input: unknown;
  try {
    // A byte order mark is common in files saved on Windows; JSON.parse rejects it.
    input = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, problems: [{ path: ROOT_PATH, message: `is not valid JSON: ${reason}` }] };
  }
  return parseCustomContent(input, base);
}
