// Size budgets, from the production build in dist/ (bytes are deterministic, so these are
// tests, unlike timings). The entry the first page needs must stay small and free of the two
// heavy renderers, which load lazily. A share link and a full walk through both built-in trees
// are measured against the benchmark's baseline, a bare React page that lazily draws the same
// tree with the same Mermaid, built here from bench/baseline: each loads at most 0.8x its
// JavaScript, and none of Mermaid's, since the build has drawn the built-in trees.
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
/** JavaScript for a share link and for a full walk, against the baseline's (gzip). */
const JS_VS_BASELINE = 0.8;
const SHARE_LINK = '#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en';
/** Every path of each built-in tree (walk w answers Yes at step s when bit s of w is set). */
const WALK_TREES = [
  { id: 'guide', walks: 5 },
  { id: 'full', walks: 16 },
];
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

  it('finds the entry script: the module the start-up script in dist/index.html loads', () => {
    expect(
      entry.roots.filter((file) => /^assets\/index-[\w-]+\.js$/.test(file)),
      `the app's entry module among ${entry.roots.join(', ')}`,
    ).toHaveLength(1);
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

describe('JavaScript for a share link and a full walk, against the baseline', () => {
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
    `a share link and a full walk each load at most ${JS_VS_BASELINE}x the baseline's JavaScript (gzip), none of it Mermaid's`,
    async () => {
      if (!fs.existsSync(path.join(dist, 'index.html'))) {
        throw new Error('No production build in dist/: run `npm run build` first.');
      }
      const app = await serveStatic(dist, 0);
      const baseline = await serveStatic(baselineDist, 0);
      const browser = await launchChromium();
      try {
        const floor = await measureLoad(browser, baseline.url, { expect: ['diagram'] });
        expect(floor.marks.diagram, 'the baseline draws its diagram').toBeGreaterThan(0);
        const share = await measureLoad(browser, app.url + SHARE_LINK, {
          expect: ['result', 'diagram'],
        });
        expect(share.marks.diagram, 'the share link draws its diagram').toBeGreaterThan(0);
        const walk = await walkSession(browser, app.url, { minAnswers: 0, trees: WALK_TREES });
        const toFiles = (paths: string[]) => paths.map((p) => p.replace(/^\//, ''));
        const baselineSizes = measureFiles(baselineDist, toFiles(floor.scripts));
        const limit = Math.floor(baselineSizes.gzip * JS_VS_BASELINE);
        for (const [what, scripts] of [
          ['a share link', share.scripts],
          ['a full walk', walk.scripts],
        ] as const) {
          const sizes = measureFiles(dist, toFiles(scripts));
          expect(
            sizes.gzip,
            `${what} loads ${kb(sizes.gzip)} gzip, ${(sizes.gzip / baselineSizes.gzip).toFixed(2)}x the baseline's ${kb(baselineSizes.gzip)} (limit ${kb(limit)}):\n${list(sizes)}`,
          ).toBeLessThanOrEqual(limit);
          const mermaid = sizes.files
            .map((item) => item.file)
            .filter((file) => findLibraries(readDist(file)).includes('mermaid'));
          expect(mermaid, `${what} loads Mermaid's code`).toEqual([]);
        }
      } finally {
        await browser.close();
        await app.close();
        await baseline.close();
      }
    },
    300_000,
  );
});
