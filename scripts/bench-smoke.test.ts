// Keeps `npm run bench` from rotting: a quick run (one load of each kind, a few answers)
// against the dist/ that `npm test` has just built, checked for a well-formed report with
// figures in it. The figures themselves are not judged here: timing is never a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../bench/lib/browser.mjs';
import { NO_DIAGRAM } from '../bench/lib/measure.mjs';

const root = path.resolve(import.meta.dirname, '..');
const chromium = await findChromium();
if (!chromium) console.warn(`Skipping the benchmark smoke run.\n${HOW_TO_GET_CHROMIUM}`);

interface TimeMetric {
  available: boolean;
  reason?: string;
  median?: number;
  min?: number;
  max?: number;
  n?: number;
  samples?: number[];
}
interface Sizes {
  files: { file: string; gzip: number }[];
  gzip: number;
}
interface Report {
  quick: boolean;
  answers: number;
  metrics: {
    app: Record<string, TimeMetric>;
    baseline: Record<string, TimeMetric>;
    floor: Record<string, TimeMetric>;
  };
  bytes: {
    app: {
      entry: Sizes & { libraries: string[] };
      firstPage: Sizes;
      shareLink: Sizes;
      fullWalk?: Sizes;
    };
    baseline: { total: Sizes };
    floor: { total: Sizes };
  };
  context: string[];
  targets: { id: string; status: string }[];
  startup: { landing: { name: string; median: number }[] };
  problems: string[];
}

function expectFigures(name: string, metric: TimeMetric | undefined): void {
  expect(metric, name).toBeDefined();
  if (!metric?.available) throw new Error(`${name}: no figure (${metric?.reason ?? 'missing'})`);
  for (const value of [metric.median, metric.min, metric.max, ...(metric.samples ?? [])]) {
    expect(Number.isFinite(value), `${name}: ${value}`).toBe(true);
    expect(value, name).toBeGreaterThan(0);
  }
  expect(metric.samples?.length, name).toBe(metric.n);
}

/** A diagram time is a figure, or says why there is none. */
function expectFiguresOrReason(name: string, metric: TimeMetric | undefined): void {
  if (metric?.available) expectFigures(name, metric);
  else expect(metric?.reason, name).toEqual(expect.any(String));
}

describe.skipIf(!chromium)('npm run bench -- --quick', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('measures the built app and the baseline and writes a well-formed report', () => {
    if (!fs.existsSync(path.join(root, 'dist/index.html'))) {
      throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
    }
    const out = path.join(work, 'latest.json');
    const run = spawnSync(
      process.execPath,
      [
        'bench/run.mjs',
        '--quick',
        '--skip-app-build',
        '--baseline-out',
        path.join(work, 'baseline-dist'),
        '--out',
        out,
        '--app-port',
        '0',
        '--baseline-port',
        '0',
        '--floor-out',
        path.join(work, 'floor-dist'),
        '--floor-port',
        '0',
      ],
      { cwd: root, encoding: 'utf8', timeout: 110_000 },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/Targets/);

    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    const context = `problems: ${JSON.stringify(report.problems)}`;
    expect(report.quick).toBe(true);
    expect(report.answers, context).toBeGreaterThanOrEqual(3);

    const { app, baseline } = report.metrics;
    expectFigures('app.firstQuestion', app.firstQuestion);
    expectFigures('app.resultShare', app.resultShare);
    expectFigures('app.answerToNextQuestion', app.answerToNextQuestion);
    expectFigures('app.answerToResult', app.answerToResult);
    expectFigures('baseline.diagram', baseline.diagram);
    expectFigures('baseline.firstRender', baseline.firstRender);
    expectFigures('floor.diagram', report.metrics.floor.diagram);
    expectFigures('floor.firstRender', report.metrics.floor.firstRender);
    // The router floor is the baseline plus a router: it cannot load less.
    expect(report.bytes.floor.total.gzip).toBeGreaterThan(report.bytes.baseline.total.gzip);
    expect(report.context.length).toBeGreaterThan(0);
    expect(output).toMatch(/Context, not targets/);
    // Where the time to the first question went, from the page's own timeline.
    expect(output).toMatch(/Where the time to the first question goes/);
    const landing = report.startup.landing.map((row) => row.name);
    expect(landing).toContain('entry script arrived');
    expect(landing).toContain('wizard route chunk arrived');
    expect(landing).toContain('app mark ra:main');
    expect(landing).toContain('first question in the DOM');
    expectFiguresOrReason('app.diagramLanding', app.diagramLanding);
    expectFiguresOrReason('app.diagramShare', app.diagramShare);
    expectFiguresOrReason('app.answerToMarks', app.answerToMarks);
    // Without a diagram in the app the three diagram figures say so in the same words.
    if (!app.diagramLanding?.available) expect(app.diagramLanding?.reason).toBe(NO_DIAGRAM);

    const { entry, firstPage, shareLink, fullWalk } = report.bytes.app;
    for (const [name, sizes] of Object.entries({
      entry,
      firstPage,
      shareLink,
      fullWalk,
      baseline: report.bytes.baseline.total,
      floor: report.bytes.floor.total,
    })) {
      expect(sizes, name).toBeDefined();
      expect(sizes?.files.length, name).toBeGreaterThan(0);
      expect(sizes?.gzip, name).toBe(sizes?.files.reduce((sum, file) => sum + file.gzip, 0));
    }
    // The first page (the wizard opened directly) and a full walk (which starts at the home
    // page, so it skips the wizard's start-up work) both load the entry.
    const firstPageFiles = firstPage.files.map((f) => f.file);
    const walkFiles = fullWalk?.files.map((f) => f.file) ?? [];
    for (const file of entry.files) {
      expect(firstPageFiles).toContain(file.file);
      expect(walkFiles).toContain(file.file);
    }

    expect(report.targets.map((t) => t.id).sort()).toEqual(
      [
        'answer-marks',
        'answer-next-question',
        'diagram-landing',
        'diagram-share',
        'entry-size',
        'first-question',
        'share-size',
        'walk-size',
      ].sort(),
    );
    for (const target of report.targets) expect(['PASS', 'FAIL', 'N/A']).toContain(target.status);
  }, 120_000);
});
