// The derivations the result page runs, timed on generated trees of the schema's largest size
// (200 nodes): a ladder (2^198 paths), a chain of diamonds and random DAGs. Each derivation
// must stay polynomial in the tree's size, so a valid content file can never hang a page; this
// prints what each costs on this machine. Loaded by bench/derivations.mjs.
import { builtInContent } from '../../src/content';
import { parseContent } from '../../src/content/integrity';
import type { Content, Tree } from '../../src/content/schema';
import { pathMarks, toOutline } from '../../src/domain/diagram-path';
import { maxQuestionsFrom, resolvePath } from '../../src/domain/engine';
import { explain, nearestRoute, whatIfs } from '../../src/domain/explain';
import { toMermaid } from '../../src/domain/to-mermaid';
import type { DecisionTree } from '../../src/domain/tree';
import { diamondTree, ladderTree, randomDagTree } from '../../src/domain/tree-shapes';

/** A guide result whose why-not searches every tree for runtimes the guide's tree cannot reach. */
const GUIDE_RESULT = { resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' };

export interface DerivationFigure {
  shape: string;
  nodes: number;
  derivation: string;
  /** Median time of one call, in milliseconds. */
  medianMs: number;
  runs: number;
}

/**
 * A runtime only the generated tree recommends: every result's why-not then searches that tree
 * for a route to it, the case that once hung every result page.
 */
const GENERATED_RUNTIME = 'generated';

/** A generated tree as content carries it: its first runtime is GENERATED_RUNTIME, the rest built-in. */
function asContentTree(tree: DecisionTree): Tree {
  const runtimes = [GENERATED_RUNTIME, ...builtInContent.runtimes.map((runtime) => runtime.id)];
  const byName = new Map<string, string>();
  return {
    ...tree,
    title: { en: tree.id, zh: tree.id },
    description: { en: tree.id, zh: tree.id },
    origin: 'custom',
    nodes: tree.nodes.map((node) => {
      if (node.kind === 'question') return node;
      const runtime = byName.get(node.runtime) ?? runtimes[byName.size % runtimes.length] ?? 'runc';
      byName.set(node.runtime, runtime);
      return { ...node, runtime };
    }),
  };
}

/** The first answer at every question: a walk as long as the tree allows. */
function longWalk(tree: DecisionTree): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const node of tree.nodes) {
    if (node.kind === 'question' && node.answers[0]) answers[node.id] = node.answers[0].id;
  }
  return answers;
}

function time(run: () => unknown, budgetMs: number): { medianMs: number; runs: number } {
  const samples: number[] = [];
  const started = performance.now();
  do {
    const before = performance.now();
    run();
    samples.push(performance.now() - before);
  } while (performance.now() - started < budgetMs && samples.length < 200);
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)] ?? 0, runs: samples.length };
}

export function benchDerivations(options: { budgetMs?: number } = {}): DerivationFigure[] {
  const budgetMs = options.budgetMs ?? 200;
  const shapes: [string, DecisionTree][] = [
    ['ladder', ladderTree(198)],
    ['diamonds', diamondTree(65)],
    ['random DAG', randomDagTree(200, 1)],
  ];
  const figures: DerivationFigure[] = [];
  for (const [shape, generated] of shapes) {
    const tree = asContentTree(generated);
    const template = builtInContent.runtimes[0];
    if (!template) throw new Error('no built-in runtime');
    const content: Content = {
      ...builtInContent,
      trees: [...builtInContent.trees, tree],
      runtimes: [
        ...builtInContent.runtimes,
        { ...template, id: GENERATED_RUNTIME, name: { en: 'Generated', zh: 'Generated' } },
      ],
    };
    const parsed = parseContent(content);
    if (!parsed.ok)
      throw new Error(`the ${shape} content is invalid: ${parsed.problems[0]?.message ?? ''}`);
    const walked = resolvePath(tree, longWalk(tree));
    const outcome = walked.outcome;
    if (!outcome) throw new Error(`the ${shape} walk reaches no outcome`);
    const others = builtInContent.trees;
    const derivations: [string, () => unknown][] = [
      ['resolvePath', () => resolvePath(tree, longWalk(tree))],
      ['maxQuestionsFrom', () => maxQuestionsFrom(tree, tree.root)],
      ['whatIfs', () => whatIfs(tree, walked.steps)],
      [
        'nearestRoute (each runtime)',
        () => {
          for (const runtime of content.runtimes) nearestRoute(tree, walked.answers, runtime.id);
        },
      ],
      ['explain', () => explain(content, tree, walked.steps, outcome, others)],
      [
        'explain a guide result',
        () => {
          const guide = builtInContent.trees[0];
          if (!guide) throw new Error('no guide tree');
          const result = resolvePath(guide, GUIDE_RESULT);
          if (!result.outcome) throw new Error('the guide result reaches no outcome');
          explain(content, guide, result.steps, result.outcome, content.trees);
        },
      ],
      ['toMermaid', () => toMermaid(tree, { lang: 'en' })],
      ['toOutline', () => toOutline(tree, 'en', walked)],
      ['pathMarks', () => pathMarks(walked)],
      ['parseContent (validation)', () => parseContent(content)],
    ];
    for (const [derivation, run] of derivations) {
      figures.push({ shape, nodes: tree.nodes.length, derivation, ...time(run, budgetMs) });
    }
  }
  return figures;
}
