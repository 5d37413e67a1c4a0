// Size budgets, from the production build in dist/ (bytes are deterministic, so these are
// tests, unlike timings). The entry the first page needs must stay small and free of the two
// heavy renderers, which load lazily. A full walk through the wizard is measured against the
// benchmark's baseline, a bare React page that lazily draws the same tree with the same
// Mermaid, built here from bench/baseline.
//
// The performance issue's target for the walk is 1.15x the baseline. It is not met: TanStack
// Router alone, on the same page, loads 1.10x the baseline (`npm run bench` measures that
// "router floor"), which leaves about 15 kB for all of the app's own code and its content in
// two languages. Until the target is met or changed, this test holds the walk to today's
// figure (1.31x after the last round of cuts) so that it can only shrink; README,
// "Performance", says where the bytes are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline } from '../bench/lib/build.mjs';
import { findChromium, HOW_TO_GET_CHROMIUM, launchChromium } from '../bench/lib/browser.mjs';
import { measureLoad, walkSession } from '../bench/lib/measure.mjs';
import { serveStatic } from '../bench/lib/serve.mjs';
import {
  entryClosure,
  findLibraries,
  LIBRARY_MARKERS,
  measureFiles,
  type EntryClosure,
} from '../bench/lib/sizes.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const ENTRY_BUDGET_GZIP = 130_000;
/** The issue's target (not met, see above) and the limit that holds today's figure. */
const WALK_TARGET_VS_BASELINE = 1.15;
const WALK_VS_BASELINE = 1.32;
/** Only React's production bundle replaces its error messages with this text and a number. */
const PRODUCTION_REACT_MARKER = 'Minified React error';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const list = (sizes: { files: { file: string; gzip: number }[] }) =>
  sizes.files.map((f) => `  ${f.file} ${kb(f.gzip)}`).join('\n');

function readDist(file: string): string {
  return fs.readFileSync(path.join(dist, file), 'utf8');
}

describe('bundle budgets', () => {
  let entry: EntryClosure;

  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) {
      throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
    }
    entry = entryClosure(dist);
  });

  it('finds the entry script in dist/index.html', () => {
    expect(entry.roots.length, 'module scripts in dist/index.html').toBeGreaterThan(0);
  });

  it(`keeps the entry chunk and its static imports under ${kb(ENTRY_BUDGET_GZIP)} gzip`, () => {
    const sizes = measureFiles(dist, entry.files);
    expect(
      sizes.gzip,
      `entry is ${kb(sizes.gzip)} gzip, over the ${kb(ENTRY_BUDGET_GZIP)} budget:\n${list(sizes)}`,
    ).toBeLessThan(ENTRY_BUDGET_GZIP);
  });

  it('keeps Mermaid and Recharts out of the entry and everything it imports statically', () => {
    const found = entry.files.flatMap((file) =>
      findLibraries(readDist(file)).map((library) => {
        const via = Object.entries(entry.imports)
          .filter(([, targets]) => targets.includes(file))
          .map(([importer]) => importer);
        return `${library} in ${file}${via.length > 0 ? ` (imported by ${via.join(', ')})` : ''}`;
      }),
    );
    expect(found, 'load these with import() instead').toEqual([]);
  });

  it('recognises Recharts by markers that its code really contains', () => {
    const source = path.join(root, 'node_modules/recharts/es6');
    const files = fs.readdirSync(source, { recursive: true, encoding: 'utf8' });
    const code = files
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(path.join(source, file), 'utf8'))
      .join('\n');
    for (const marker of LIBRARY_MARKERS.recharts) expect(code, marker).toContain(marker);
  });
});

const chromium = await findChromium();
if (!chromium) console.warn(`Skipping the full-walk budget.\n${HOW_TO_GET_CHROMIUM}`);

describe('JavaScript for a full walk, against the baseline', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'));
  let baselineDist: string;

  beforeAll(async () => {
    baselineDist = await buildBaseline({ outDir: path.join(work, 'baseline'), quiet: true });
  }, 120_000);
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('recognises Mermaid by markers that its built code really contains', () => {
    const assets = path.join(baselineDist, 'assets');
    const code = fs
      .readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(path.join(assets, file), 'utf8'))
      .join('\n');
    for (const marker of LIBRARY_MARKERS.mermaid) expect(code, marker).toContain(marker);
    // A production build, as users get it: React's development bundle is several times larger
    // and would make any app look small beside it (Vitest sets NODE_ENV=test, which Vite obeys).
    expect(code, "React's production bundle in the baseline").toContain(PRODUCTION_REACT_MARKER);
    // ...and not in the baseline's own entry, which imports Mermaid lazily.
    const baselineEntry = entryClosure(baselineDist);
    for (const file of baselineEntry.files) {
      expect(findLibraries(fs.readFileSync(path.join(baselineDist, file), 'utf8'))).toEqual([]);
    }
  });

  it.skipIf(!chromium)(
    `loads at most ${WALK_VS_BASELINE}x the baseline's JavaScript (gzip; the ${WALK_TARGET_VS_BASELINE}x target is open)`,
    async () => {
      if (!fs.existsSync(path.join(dist, 'index.html'))) {
        throw new Error('No production build in dist/: run `npm run build` first.');
      }
      const app = await serveStatic(dist, 0);
      const baseline = await serveStatic(baselineDist, 0);
      const browser = await launchChromium();
      try {
        const walk = await walkSession(browser, app.url, { minAnswers: 0 });
        const floor = await measureLoad(browser, baseline.url, { expect: ['diagram'] });
        expect(floor.marks.diagram, 'the baseline draws its diagram').toBeGreaterThan(0);
        const toFiles = (paths: string[]) => paths.map((p) => p.replace(/^\//, ''));
        const walkSizes = measureFiles(dist, toFiles(walk.scripts));
        const baselineSizes = measureFiles(baselineDist, toFiles(floor.scripts));
        const limit = Math.floor(baselineSizes.gzip * WALK_VS_BASELINE);
        expect(
          walkSizes.gzip,
          `a full walk loads ${kb(walkSizes.gzip)} gzip, ${(walkSizes.gzip / baselineSizes.gzip).toFixed(2)}x the baseline's ${kb(baselineSizes.gzip)} (limit ${kb(limit)}; the target is ${WALK_TARGET_VS_BASELINE}x):\n${list(walkSizes)}`,
        ).toBeLessThanOrEqual(limit);
      } finally {
        await browser.close();
        await app.close();
        await baseline.close();
      }
    },
    120_000,
  );
});
