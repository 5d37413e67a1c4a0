#!/usr/bin/env node
// `node bench/derivations.mjs [--budget MS]`: times each derivation the result page runs (the
// engine's walk, what-if, route search, the explanation, the diagram's source and outline,
// content validation) on generated 200-node trees (a ladder, diamonds, a random DAG), and prints
// the median time of one call. The TypeScript sources are loaded through Vite's module runner,
// so nothing is built first. `measureDerivations()` returns the same figures to a caller.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ budgetMs?: number }} [options] how long to repeat each derivation (ms)
 * @returns {Promise<import('./lib/derivations.ts').DerivationFigure[]>}
 */
export async function measureDerivations(options = {}) {
  /** @type {{ module: typeof import('./lib/derivations.ts') }} */
  const { module } = await runnerImport(path.join(ROOT, 'bench/lib/derivations.ts'), {
    root: ROOT,
    configFile: false,
    logLevel: 'error',
  });
  return module.benchDerivations(options);
}

function print(figures) {
  const rows = figures.map((figure) => [
    figure.shape,
    String(figure.nodes),
    figure.derivation,
    figure.medianMs.toFixed(3),
    String(figure.runs),
  ]);
  const header = ['shape', 'nodes', 'derivation', 'median ms', 'runs'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i].length)),
  );
  for (const row of [header, ...rows]) {
    console.log(
      row.map((cell, i) => (i >= 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '),
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { budget: { type: 'string' } } });
  const budgetMs = values.budget === undefined ? undefined : Number(values.budget);
  print(await measureDerivations({ budgetMs }));
}
