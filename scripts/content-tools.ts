// Tools for teams' content files, shared by the command-line scripts (which load this file
// through Vite's module runner, as Node 20 cannot run TypeScript) and by their unit tests:
// the JSON Schema that editors validate against, and the validator behind
// `npm run validate-content`. Both use the very schema and checks the app uses.
import fs from 'node:fs';
import { z } from 'zod';
import { builtInContent } from '../src/content/index';
import {
  CustomContent,
  CustomTree,
  MAX_CONTENT_BYTES,
  parseCustomContentText,
  type CustomContentProblem,
} from '../src/content/merge';
import { tooLarge } from '../src/content/custom-file';
import { decodeContentBytes } from '../src/content/decode-file';
import { longestShareSearch } from '../src/domain/share-link-length';
import { MAX_SEARCH_LENGTH } from '../src/domain/share-state';
import type { DecisionTree } from '../src/domain/tree';
import {
  Answer,
  CaseStudy,
  FeatureRow,
  Id,
  Localized,
  OutcomeNode,
  PerformanceRow,
  PublishedFigure,
  Quantity,
  QuestionNode,
  Runtime,
  Snippet,
  Source,
} from '../src/content/schema';

interface Doc {
  id?: string;
  title?: string;
  description?: string;
}

/** Names and descriptions for the JSON Schema: what an editor shows while a team types. */
function documentation(): z.core.$ZodRegistry<Doc> {
  const docs = z.registry<Doc>();
  const { shape } = CustomContent;
  docs.add(CustomContent, {
    title: 'Runtime Advisor content file (advisor.content.json)',
    description:
      'Merged over the built-in content. Every list is merged by id (performance rows by runtime): an entry with a built-in id replaces it whole, any other is added. Every text needs English (en) and Simplified Chinese (zh).',
  });
  docs.add(shape.$schema, { description: 'Where editors find this schema. Ignored by the app.' });
  docs.add(shape.defaultTree, {
    description: 'The tree shown when a link names none: a built-in tree (guide, full) or yours.',
  });
  docs.add(shape.trees, {
    description:
      'Decision trees to add, or to replace by id. Outcomes may name built-in runtimes (wasmedge, runc, kata, gvisor) or runtimes from this file.',
  });
  docs.add(shape.runtimes, {
    description: 'Runtimes to add, or to replace by id (wasmedge, runc, kata, gvisor).',
  });
  docs.add(shape.performance, {
    description: 'Performance rows to add, or to replace by runtime.',
  });
  docs.add(shape.features, { description: 'Feature-comparison rows to add, or to replace by id.' });
  docs.add(shape.publishedFigures, {
    description: 'Published figures to add, or to replace by id, each with its source.',
  });
  docs.add(shape.snippets, { description: 'Deployment snippets to add, or to replace by id.' });
  docs.add(shape.caseStudies, { description: 'Case studies to add, or to replace by id.' });
  docs.add(shape.properties, {
    description:
      'Published property rows to add, or to replace by id (runs_linux_images, vm_boundary): one cell per runtime, each with its source. The extended tree reads existing_images and vm_boundary from these.',
  });
  docs.add(shape.managedOffers, {
    description: 'Managed services that run a runtime, to add or to replace by id, each cited.',
  });

  docs.add(Id, {
    id: 'Id',
    description:
      'A stable id (a-z, 0-9 and _, starting with a letter, at most 48 characters). Ids appear in share links: never rename one.',
  });
  docs.add(Localized, {
    id: 'Localized',
    description: 'A text in English (en) and Simplified Chinese (zh). Shown as plain text.',
  });
  docs.add(Source, {
    id: 'Source',
    description:
      'Where a figure or claim comes from: "guide", a "citation" (title, https URL, date) or an "inference" that says what it rests on.',
  });
  docs.add(Quantity, { id: 'Quantity' });
  docs.add(CustomTree, {
    id: 'Tree',
    description: 'A decision tree. Its origin is always "custom".',
  });
  docs.add(QuestionNode, { id: 'QuestionNode' });
  docs.add(OutcomeNode, {
    id: 'OutcomeNode',
    description: 'The end of a path: the runtime it recommends.',
  });
  docs.add(Answer, { id: 'Answer', description: 'An answer and the id of the node it leads to.' });
  docs.add(Runtime, { id: 'Runtime' });
  docs.add(PerformanceRow, { id: 'PerformanceRow' });
  docs.add(FeatureRow, { id: 'FeatureRow' });
  docs.add(PublishedFigure, { id: 'PublishedFigure' });
  docs.add(Snippet, { id: 'Snippet' });
  docs.add(CaseStudy, { id: 'CaseStudy' });
  return docs;
}

/** public/content.schema.json, exactly as committed. */
export function contentJsonSchemaText(): string {
  const schema = z.toJSONSchema(CustomContent, {
    target: 'draft-07',
    // The file as a team writes it: fields with defaults may be left out.
    io: 'input',
    metadata: documentation(),
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export interface ValidationReport {
  ok: boolean;
  /** Lines to print, one per problem, or a one-line summary of a valid file. */
  lines: string[];
}

export function formatProblem(problem: CustomContentProblem): string {
  const node = problem.nodeId === undefined ? '' : ` (node ${problem.nodeId})`;
  const where = problem.inBuiltIn ? ' [in the built-in content, broken by this file]' : '';
  return `${problem.path}${node}${where}: ${problem.message}`;
}

/** Checks a file exactly as the app does at start-up. Never throws. */
export function validateContentFile(file: string): ValidationReport {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_CONTENT_BYTES) return { ok: false, lines: [formatProblem(tooLarge(size))] };
    const decoded = decodeContentBytes(fs.readFileSync(file));
    if (!decoded.ok) return { ok: false, lines: [formatProblem(decoded.problem)] };
    text = decoded.text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, lines: [`(root): could not be read (${reason})`] };
  }
  const result = parseCustomContentText(text, builtInContent);
  if (!result.ok) return { ok: false, lines: result.problems.map(formatProblem) };

  const { custom, content } = result;
  const parts: string[] = [];
  const lists = [
    ['tree', custom.trees],
    ['runtime', custom.runtimes],
    ['performance row', custom.performance],
    ['feature row', custom.features],
    ['published figure', custom.publishedFigures],
    ['snippet', custom.snippets],
    ['case study', custom.caseStudies],
    ['property row', custom.properties],
    ['managed offer', custom.managedOffers],
  ] as const;
  for (const [name, items] of lists) {
    if (!items || items.length === 0) continue;
    const plural = name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`;
    parts.push(`${String(items.length)} ${items.length === 1 ? name : plural}`);
  }
  const summary = parts.length > 0 ? parts.join(', ') : 'nothing';
  return {
    ok: true,
    lines: [
      `valid: adds or replaces ${summary}; default tree "${content.defaultTree}"`,
      ...linkLengthWarnings(custom.trees ?? []),
    ],
  };
}

/**
 * A tree whose longest walk makes a link longer than the app reads still works, but such a link
 * loses the answers past the cut when it is shared: say so, with what to shorten.
 */
function linkLengthWarnings(trees: readonly DecisionTree[]): string[] {
  return trees.flatMap((tree, index) => {
    const longest = longestShareSearch(tree);
    if (longest <= MAX_SEARCH_LENGTH) return [];
    return [
      `warning: trees[${String(index)}] (tree ${tree.id}): its longest share link is ${String(longest)} characters, over the ${String(MAX_SEARCH_LENGTH)} the app reads; a link that long keeps only the answers that fit. Shorten question and answer ids, or the longest path.`,
    ];
  });
}
