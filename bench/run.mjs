#!/usr/bin/env node
// `npm run bench`: builds the app and the baseline (bench/baseline: a bare Vite + React page
// that lazily imports the same Mermaid and draws the same tree), serves both production builds
// on loopback, measures fresh loads in headless Chromium, alternating app and baseline, and
// prints each figure with its ratio to the targets. It measures the router floor too
// (bench/router-floor: the baseline plus TanStack Router), not as a target but to show how much
// of each target the stack itself takes. Every number comes from this run; the JSON goes to
// bench/results/latest.json.
//
//   node bench/run.mjs [--quick] [--loads N] [--answers N] [--skip-app-build] [--app-dist DIR]
//                      [--baseline-out DIR] [--out FILE] [--app-port N] [--baseline-port N]
//                      [--floor-out DIR] [--floor-port N] [--check]
//
// --quick           1 load of each kind and 3 timed answers (the test suite's smoke run)
// --skip-app-build  measure the existing dist/ (npm test has just built it)
// --app-dist DIR    measure another build of the app (with --skip-app-build), for example an
//                   earlier commit's, to compare where its start-up time went
// --check           exit with status 1 when a target is missed
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  APP_DIST as APP_DIST_DEFAULT,
  BASELINE_DIST,
  ROOT,
  ROUTER_FLOOR_DIST,
  buildApp,
  buildBaseline,
  buildRouterFloor,
} from './lib/build.mjs';
import { HOW_TO_GET_CHROMIUM, findChromium, launchChromium } from './lib/browser.mjs';
import { NO_DIAGRAM, measureLoad, walkSession } from './lib/measure.mjs';
import { entryClosure, findLibraries, measureFiles } from './lib/sizes.mjs';
import { serveStatic } from './lib/serve.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    loads: { type: 'string' },
    answers: { type: 'string' },
    'skip-app-build': { type: 'boolean', default: false },
    'app-dist': { type: 'string', default: APP_DIST_DEFAULT },
    'baseline-out': { type: 'string', default: BASELINE_DIST },
    out: { type: 'string', default: path.join(ROOT, 'bench/results/latest.json') },
    'app-port': { type: 'string', default: '4417' },
    'baseline-port': { type: 'string', default: '4418' },
    'floor-out': { type: 'string', default: ROUTER_FLOOR_DIST },
    'floor-port': { type: 'string', default: '4419' },
    check: { type: 'boolean', default: false },
  },
});

const LOADS = Number(args.loads ?? (args.quick ? 1 : 7));
const ANSWERS = Number(args.answers ?? (args.quick ? 3 : 30));
const WIZARD = '#/wizard?tree=guide&lang=en';
// A share link to a result three answers deep (resource_constrained=no, fast_startup=no,
// gpu=yes -> wasmedge), in the URL contract's form.
const SHARE = '#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en';

/** Targets from the performance issues: ratios within one run on one machine. */
const TARGETS = {
  diagramVsBaseline: 0.5,
  firstQuestionVsBaselineDiagram: 0.4,
  answerToMarksMs: 16,
  answerToNextQuestionMs: 50,
  entryGzipBytes: 130_000,
  walkVsBaselineBytes: 0.8,
  shareVsBaselineBytes: 0.8,
};
/** The full walk: every path of each built-in tree (walk w answers Yes where bit s of w is set). */
const WALK_TREES = [
  { id: 'guide', walks: 5 },
  { id: 'full', walks: 16 },
];

process.chdir(ROOT);
const APP_DIST = path.resolve(args['app-dist']);
const log = (...parts) => console.log(...parts);

if (!(await findChromium())) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}

// ---------------------------------------------------------------- build

if (args['app-dist'] !== APP_DIST_DEFAULT && !args['skip-app-build']) {
  console.error('--app-dist measures an existing build: add --skip-app-build.');
  process.exit(2);
}
if (args['skip-app-build']) {
  if (!fs.existsSync(path.join(APP_DIST, 'index.html'))) {
    console.error('No production build in dist/. Run `npm run build` first.');
    process.exit(2);
  }
} else {
  log('== building the app');
  await buildApp({ quiet: args.quick });
}
log('== building the baseline');
const baselineDist = await buildBaseline({ outDir: args['baseline-out'], quiet: true });
log('== building the router floor (context, not a target)');
const floorDist = await buildRouterFloor({ outDir: args['floor-out'], quiet: true });

// ---------------------------------------------------------------- measure

async function serve(dir, port, flag) {
  try {
    return await serveStatic(dir, port);
  } catch (error) {
    console.error(`Cannot serve ${dir} on port ${port} (${error.code ?? error}); try ${flag} N.`);
    process.exit(2);
  }
}
const app = await serve(APP_DIST, Number(args['app-port']), '--app-port');
const baseline = await serve(baselineDist, Number(args['baseline-port']), '--baseline-port');
const floor = await serve(floorDist, Number(args['floor-port']), '--floor-port');
const FLOOR_URL = '#/wizard';
const browser = await launchChromium();
const loadAverageBefore = os.loadavg();
const started = Date.now();

const samples = {
  firstQuestion: [],
  diagramLanding: [],
  diagramShare: [],
  resultShare: [],
  baselineDiagram: [],
  firstQuestionFrame: [],
  diagramLandingFrame: [],
  diagramShareFrame: [],
  resultShareFrame: [],
  baselineDiagramFrame: [],
  floorDiagram: [],
  floorDiagramFrame: [],
  // When each page's first render puts the diagram's (empty) container in the DOM: the
  // earliest moment the bare React page, and a page on the router, can show anything.
  baselineFirstRender: [],
  floorFirstRender: [],
};
const notes = {};
const problems = [];
const scripts = {
  appLanding: new Set(),
  appShare: new Set(),
  baseline: new Set(),
  floor: new Set(),
};
/** Start-up moments of each app load (see startupMoments), by kind of load. */
const startup = { landing: [], share: [] };

async function load(kind, url, expect) {
  try {
    const result = await measureLoad(browser, url, { expect });
    for (const error of result.errors) problems.push(`${kind}: ${error}`);
    return result;
  } catch (error) {
    problems.push(`${kind}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return undefined;
  }
}

/** Files a load's DOM time and next-frame time under `key`, or why there is none. */
function record(key, marks, mark, note) {
  if (typeof marks[mark] === 'number') samples[key].push(marks[mark]);
  else if (note) notes[key] = note;
  if (typeof marks[`${mark}Frame`] === 'number') samples[`${key}Frame`].push(marks[`${mark}Frame`]);
}

const APP_ENTRY_SCRIPTS = new Set(entryClosure(APP_DIST).roots.map((file) => `/${file}`));

/**
 * Where an app load's time went, in ms from navigation start: the requests the first question
 * and the diagram may wait on (document, entry script, the wizard's route chunk, the content
 * file, the build's drawing, Mermaid), the app's own start-up marks (src/app/startup-marks.ts:
 * `ra:main` when main.tsx runs, `ra:route-code`, `ra:content`, `ra:drawing`) and the probe's
 * DOM marks. A build without some of these (an earlier commit's) simply has fewer moments.
 */
function startupMoments({ timeline, marks }) {
  const moments = {};
  const put = (name, value) => {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) moments[name] = value;
  };
  put('HTML received', timeline.document?.end);
  const requests = (pattern) => timeline.resources.filter((entry) => pattern.test(entry.path));
  const first = (pattern, what) => {
    const found = requests(pattern);
    if (found.length === 0) return;
    put(`${what} requested`, Math.min(...found.map((entry) => entry.start)));
    put(`${what} arrived`, Math.max(...found.map((entry) => entry.end)));
  };
  const entry = timeline.resources.filter((item) => APP_ENTRY_SCRIPTS.has(item.path));
  if (entry.length > 0) put('entry script arrived', Math.max(...entry.map((item) => item.end)));
  first(/\/assets\/wizard-[\w-]+\.js$/, 'wizard route chunk');
  first(/\/advisor\.content\.json$/, 'content file');
  first(/\.gen-[\w-]+\.js$/, "build's drawing");
  first(/\/assets\/mermaid-[\w-]+\.js$/, 'Mermaid wrapper');
  for (const [name, value] of Object.entries(timeline.marks)) put(`app mark ra:${name}`, value);
  put('first question in the DOM', marks.firstQuestion);
  put('result in the DOM', marks.result);
  put('diagram in the DOM', marks.diagram);
  return moments;
}

// One unrecorded load of each first: the browser's first page pays for starting a renderer
// process and warming the browser itself, which neither page should be charged for.
log('== warm-up loads (not recorded)');
await load('app warm-up', app.url + WIZARD, ['firstQuestion']);
await load('baseline warm-up', baseline.url, ['diagram']);
await load('router floor warm-up', floor.url + FLOOR_URL, ['diagram']);

log(`== ${LOADS} fresh load(s) of each kind, alternating app and baseline`);
for (let i = 0; i < LOADS; i += 1) {
  const landing = await load('app wizard landing', app.url + WIZARD, ['firstQuestion', 'diagram']);
  if (landing) {
    record('firstQuestion', landing.marks, 'firstQuestion');
    record('diagramLanding', landing.marks, 'diagram', landing.notes.diagram);
    for (const script of landing.scripts) scripts.appLanding.add(script);
    startup.landing.push(startupMoments(landing));
  }
  const base1 = await load('baseline', baseline.url, ['diagram']);
  if (base1) {
    record('baselineDiagram', base1.marks, 'diagram', base1.notes.diagram);
    record('baselineFirstRender', base1.marks, 'diagramContainer');
    for (const script of base1.scripts) scripts.baseline.add(script);
  }
  const share = await load('app share link', app.url + SHARE, ['result', 'diagram']);
  if (share) {
    record('resultShare', share.marks, 'result');
    record('diagramShare', share.marks, 'diagram', share.notes.diagram);
    for (const script of share.scripts) scripts.appShare.add(script);
    startup.share.push(startupMoments(share));
  }
  const base2 = await load('baseline', baseline.url, ['diagram']);
  if (base2) {
    record('baselineDiagram', base2.marks, 'diagram', base2.notes.diagram);
  }
  const floorLoad = await load('router floor', floor.url + FLOOR_URL, ['diagram']);
  if (floorLoad) {
    record('floorDiagram', floorLoad.marks, 'diagram', floorLoad.notes.diagram);
    record('floorFirstRender', floorLoad.marks, 'diagramContainer');
    for (const script of floorLoad.scripts) scripts.floor.add(script);
  }
  process.stdout.write(`   load ${i + 1}/${LOADS} done\n`);
}

log(`== answering: at least ${ANSWERS} timed answers in one session, every path of each tree`);
let session;
try {
  session = await walkSession(browser, app.url, {
    minAnswers: ANSWERS,
    trees: args.quick ? [{ id: 'guide', walks: 5 }] : WALK_TREES,
  });
  for (const error of session.errors) problems.push(`app walk: ${error}`);
} catch (error) {
  problems.push(`app walk: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
}
const chromiumVersion = browser.version();
await browser.close();
await app.close();
await baseline.close();
await floor.close();

// ---------------------------------------------------------------- figures

const round = (value) => Math.round(value * 10) / 10;
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
function summarize(values, unavailable) {
  if (values.length === 0) return { available: false, reason: unavailable ?? 'no samples' };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    available: true,
    unit: 'ms',
    n: values.length,
    median: round(quantile(sorted, 0.5)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    p95: round(quantile(sorted, 0.95)),
    samples: values.map(round),
  };
}

const answers = session?.answers ?? [];
const marksNotes = new Set(answers.map((a) => a.marksNote).filter(Boolean));
const marksUnavailable = marksNotes.has('no-diagram')
  ? NO_DIAGRAM
  : marksNotes.size > 0
    ? [...marksNotes].join('; ')
    : session
      ? 'marks did not move within 5 s of an answer'
      : 'the walk failed';
const timedOut = answers.filter((a) => a.timedOut).length;
if (timedOut > 0) problems.push(`app walk: ${timedOut} answer(s) timed out after 5 s`);

const metrics = {
  app: {
    firstQuestion: summarize(samples.firstQuestion),
    diagramLanding: summarize(samples.diagramLanding, notes.diagramLanding),
    diagramShare: summarize(samples.diagramShare, notes.diagramShare),
    resultShare: summarize(samples.resultShare),
    firstQuestionFrame: summarize(samples.firstQuestionFrame),
    diagramLandingFrame: summarize(samples.diagramLandingFrame, notes.diagramLanding),
    diagramShareFrame: summarize(samples.diagramShareFrame, notes.diagramShare),
    resultShareFrame: summarize(samples.resultShareFrame),
    answerToNextQuestion: summarize(answers.filter((a) => a.to === 'question').map((a) => a.shown)),
    answerToResult: summarize(answers.filter((a) => a.to === 'result').map((a) => a.shown)),
    answerToMarks: summarize(
      answers.filter((a) => typeof a.marks === 'number').map((a) => a.marks),
      marksUnavailable,
    ),
  },
  baseline: {
    diagram: summarize(samples.baselineDiagram, notes.baselineDiagram),
    diagramFrame: summarize(samples.baselineDiagramFrame, notes.baselineDiagram),
    firstRender: summarize(samples.baselineFirstRender),
  },
  floor: {
    firstRender: summarize(samples.floorFirstRender),
    diagram: summarize(samples.floorDiagram, notes.floorDiagram),
    diagramFrame: summarize(samples.floorDiagramFrame, notes.floorDiagram),
  },
};

const toDistFiles = (paths) => [...paths].map((p) => p.replace(/^\//, ''));
const entry = entryClosure(APP_DIST);
const entryLibraries = [
  ...new Set(
    entry.files.flatMap((file) =>
      findLibraries(fs.readFileSync(path.join(APP_DIST, file), 'utf8')),
    ),
  ),
];
const bytes = {
  app: {
    entry: { ...measureFiles(APP_DIST, entry.files), libraries: entryLibraries },
    firstPage: measureFiles(APP_DIST, toDistFiles(scripts.appLanding)),
    shareLink: measureFiles(APP_DIST, toDistFiles(scripts.appShare)),
    fullWalk: session ? measureFiles(APP_DIST, toDistFiles(session.scripts)) : undefined,
  },
  baseline: {
    total: measureFiles(baselineDist, toDistFiles(scripts.baseline)),
  },
  floor: {
    total: measureFiles(floorDist, toDistFiles(scripts.floor)),
  },
};

function ratioTarget(id, description, numerator, denominator, limit, inclusive = true) {
  if (!numerator?.available || !denominator?.available) {
    const reason = !numerator?.available ? numerator?.reason : denominator?.reason;
    return { id, description, status: 'N/A', reason, limit };
  }
  const ratio = numerator.median / denominator.median;
  const pass = inclusive ? ratio <= limit : ratio < limit;
  return {
    id,
    description,
    value: round(ratio * 100) / 100,
    limit,
    status: pass ? 'PASS' : 'FAIL',
  };
}
function absoluteTarget(id, description, metric, limit) {
  if (!metric.available) return { id, description, status: 'N/A', reason: metric.reason, limit };
  return {
    id,
    description,
    value: metric.median,
    limit,
    status: metric.median < limit ? 'PASS' : 'FAIL',
  };
}

/** Files among `files` (paths in the app's dist/) that hold Mermaid's code. */
const withMermaid = (sizes) =>
  sizes.files
    .map((item) => item.file)
    .filter((file) =>
      findLibraries(fs.readFileSync(path.join(APP_DIST, file), 'utf8')).includes('mermaid'),
    );
/** A bytes target fails when Mermaid's code was loaded at all: the build drew these trees. */
function withoutMermaid(target, sizes) {
  const found = sizes ? withMermaid(sizes) : [];
  if (found.length === 0 || target.status === 'N/A') return target;
  return { ...target, status: 'FAIL', reason: `loads Mermaid (${found.join(', ')})` };
}

const walkBytes = bytes.app.fullWalk?.gzip;
const baselineBytes = bytes.baseline.total.gzip;
const targets = [
  ratioTarget(
    'diagram-landing',
    'time to diagram, wizard landing / baseline time to diagram',
    metrics.app.diagramLanding,
    metrics.baseline.diagram,
    TARGETS.diagramVsBaseline,
  ),
  ratioTarget(
    'diagram-share',
    'time to diagram, share link / baseline time to diagram',
    metrics.app.diagramShare,
    metrics.baseline.diagram,
    TARGETS.diagramVsBaseline,
  ),
  ratioTarget(
    'first-question',
    'time to first question interactive / baseline time to diagram',
    metrics.app.firstQuestion,
    metrics.baseline.diagram,
    TARGETS.firstQuestionVsBaselineDiagram,
  ),
  absoluteTarget(
    'answer-marks',
    'answer -> diagram marks updated, median ms',
    metrics.app.answerToMarks,
    TARGETS.answerToMarksMs,
  ),
  absoluteTarget(
    'answer-next-question',
    'answer -> next question shown, median ms',
    metrics.app.answerToNextQuestion,
    TARGETS.answerToNextQuestionMs,
  ),
  {
    id: 'entry-size',
    description: 'entry chunk and its static imports, gzip bytes, without Mermaid or Recharts',
    value: bytes.app.entry.gzip,
    limit: TARGETS.entryGzipBytes,
    status:
      bytes.app.entry.gzip < TARGETS.entryGzipBytes && entryLibraries.length === 0
        ? 'PASS'
        : 'FAIL',
    ...(entryLibraries.length > 0 ? { reason: `contains ${entryLibraries.join(', ')}` } : {}),
  },
  withoutMermaid(
    baselineBytes === 0 || bytes.app.shareLink.files.length === 0
      ? {
          id: 'share-size',
          description: 'JS for a share-link load / baseline JS',
          status: 'N/A',
          reason: 'no share-link load or no baseline bytes',
          limit: TARGETS.shareVsBaselineBytes,
        }
      : {
          id: 'share-size',
          description: 'JS for a share-link load / baseline JS, gzip',
          value: round((bytes.app.shareLink.gzip / baselineBytes) * 100) / 100,
          limit: TARGETS.shareVsBaselineBytes,
          status:
            bytes.app.shareLink.gzip / baselineBytes <= TARGETS.shareVsBaselineBytes
              ? 'PASS'
              : 'FAIL',
        },
    bytes.app.shareLink,
  ),
  withoutMermaid(
    walkBytes === undefined || baselineBytes === 0
      ? {
          id: 'walk-size',
          description: 'JS for a full walk / baseline JS',
          status: 'N/A',
          reason: 'no walk or no baseline bytes',
          limit: TARGETS.walkVsBaselineBytes,
        }
      : {
          id: 'walk-size',
          description: 'JS for a full walk of the built-in trees / baseline JS, gzip',
          value: round((walkBytes / baselineBytes) * 100) / 100,
          limit: TARGETS.walkVsBaselineBytes,
          status: walkBytes / baselineBytes <= TARGETS.walkVsBaselineBytes ? 'PASS' : 'FAIL',
        },
    bytes.app.fullWalk,
  ),
];

/** Where the stack itself sits against each target: the same ratios, for the router floor. */
function contextLines() {
  const lines = [];
  const ratio = (a, b) => (a?.available && b?.available ? a.median / b.median : undefined);
  const x = (value) => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);
  lines.push(
    `router floor diagram / baseline diagram (target for the app: <= ${TARGETS.diagramVsBaseline.toFixed(2)}x)`.padEnd(
      84,
    ) + x(ratio(metrics.floor.diagram, metrics.baseline.diagram)),
  );
  lines.push(
    `router floor first render / baseline diagram (app's first question: <= ${TARGETS.firstQuestionVsBaselineDiagram.toFixed(2)}x)`.padEnd(
      84,
    ) + x(ratio(metrics.floor.firstRender, metrics.baseline.diagram)),
  );
  lines.push(
    `bare React first render / baseline diagram`.padEnd(84) +
      x(ratio(metrics.baseline.firstRender, metrics.baseline.diagram)),
  );
  const floorBytes = bytes.floor.total.gzip;
  if (baselineBytes > 0) {
    lines.push(
      `router floor JS / baseline JS (app's full walk: <= ${TARGETS.walkVsBaselineBytes.toFixed(2)}x)`.padEnd(
        84,
      ) + x(floorBytes / baselineBytes),
    );
    if (walkBytes !== undefined)
      lines.push(
        `app full walk JS / router floor JS (the floor still loads Mermaid; the app does not)`.padEnd(
          84,
        ) + x(walkBytes / floorBytes),
      );
  }
  return lines;
}

/** Median of each start-up moment, in the order they happen on the wizard landing. */
function startupSummary(loads) {
  const names = [...new Set(loads.flatMap((moments) => Object.keys(moments)))];
  const rows = names.map((name) => {
    const values = loads.map((moments) => moments[name]).filter((value) => value !== undefined);
    return { name, ...summarize(values) };
  });
  return rows.sort((a, b) => a.median - b.median);
}
const startupSteps = {
  landing: startupSummary(startup.landing),
  share: startupSummary(startup.share),
};

const report = {
  schema: 1,
  date: new Date().toISOString(),
  quick: args.quick,
  loads: LOADS,
  answers: answers.length,
  walks: session?.walks ?? 0,
  durationSeconds: round((Date.now() - started) / 1000),
  environment: {
    node: process.version,
    chromium: chromiumVersion,
    cpus: os.cpus().length,
    loadAverageBefore: loadAverageBefore.map(round),
    loadAverageAfter: os.loadavg().map(round),
  },
  urls: { wizard: WIZARD, share: SHARE },
  metrics,
  startup: startupSteps,
  bytes,
  targets,
  context: contextLines(),
  problems,
};

fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
fs.writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n');

// ---------------------------------------------------------------- print

const ms = (metric) =>
  metric.available
    ? `${metric.median.toFixed(1)} ms (${metric.min.toFixed(1)}-${metric.max.toFixed(1)}, n=${metric.n})`
    : metric.reason;
const kb = (count) => `${(count / 1000).toFixed(1)} kB`;

log('');
log(
  `Runtime Advisor benchmark  ${report.date}  (${LOADS} load(s) each, ${answers.length} answers)`,
);
log(
  `Chromium ${chromiumVersion}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverageBefore.map((v) => v.toFixed(1)).join(' ')}`,
);
log('');
log('Times: median (min-max, n), from navigation start or from the click; in the DOM, and');
log('after the next frame that could paint it');
const rows = [
  ['app: first question interactive (wizard landing)', 'firstQuestion'],
  ['app: diagram drawn (wizard landing)', 'diagramLanding'],
  ['app: diagram drawn (share link)', 'diagramShare'],
  ['app: result shown (share link)', 'resultShare'],
  ['app: answer -> next question shown', 'answerToNextQuestion'],
  ['app: answer -> result shown', 'answerToResult'],
  ['app: answer -> diagram marks updated', 'answerToMarks'],
  ['baseline: diagram drawn', 'diagram', metrics.baseline],
  ['baseline: first render (empty diagram container)', 'firstRender', metrics.baseline],
  ['router floor: diagram drawn', 'diagram', metrics.floor],
  ['router floor: first render (route shown)', 'firstRender', metrics.floor],
];
for (const [label, key, group = metrics.app] of rows) {
  const frame = group[`${key}Frame`];
  log(`  ${label.padEnd(50)} ${ms(group[key])}`);
  if (frame?.available) log(`  ${'  next frame'.padEnd(50)} ${ms(frame)}`);
}
log('');
log('Where the time to the first question goes: median ms from navigation start, per load');
for (const [kind, label] of [
  ['landing', 'wizard landing'],
  ['share', 'share link'],
]) {
  log(`  ${label}`);
  for (const row of startupSteps[kind]) {
    log(`    ${row.name.padEnd(48)} ${row.median.toFixed(1).padStart(7)} ms  (n=${row.n})`);
  }
}
log('');
log('JavaScript (gzip)');
log(
  `  ${'app: entry chunk + static imports'.padEnd(50)} ${kb(bytes.app.entry.gzip)} (${bytes.app.entry.files.length} file(s))`,
);
log(
  `  ${'app: first page (wizard landing)'.padEnd(50)} ${kb(bytes.app.firstPage.gzip)} (${bytes.app.firstPage.files.length} file(s))`,
);
log(
  `  ${'app: share link'.padEnd(50)} ${kb(bytes.app.shareLink.gzip)} (${bytes.app.shareLink.files.length} file(s))`,
);
if (bytes.app.fullWalk)
  log(
    `  ${'app: full walk (every path of both trees)'.padEnd(50)} ${kb(bytes.app.fullWalk.gzip)} (${bytes.app.fullWalk.files.length} file(s))`,
  );
log(
  `  ${'baseline: everything it loads'.padEnd(50)} ${kb(baselineBytes)} (${bytes.baseline.total.files.length} file(s))`,
);
log(
  `  ${'router floor: everything it loads'.padEnd(50)} ${kb(bytes.floor.total.gzip)} (${bytes.floor.total.files.length} file(s))`,
);
log('');
log('Targets');
for (const target of targets) {
  const shown =
    target.value === undefined
      ? ''
      : target.id === 'entry-size'
        ? `${kb(target.value)} < ${kb(target.limit)}`
        : target.id.startsWith('answer')
          ? `${target.value} ms < ${target.limit} ms`
          : `${target.value.toFixed(2)}x <= ${target.limit.toFixed(2)}x`;
  log(
    `  ${target.status.padEnd(4)}  ${target.description.padEnd(76)} ${shown}${target.reason ? `  ${target.reason}` : ''}`,
  );
}
log('');
log('Context, not targets: the router floor is the baseline plus TanStack Router, no app');
for (const line of report.context) log(`  ${line}`);
if (problems.length > 0) {
  log('');
  log('Problems seen during the run');
  for (const problem of [...new Set(problems)]) log(`  - ${problem}`);
}
log('');
const outFile = path.resolve(args.out);
log(`Written to ${outFile.startsWith(ROOT) ? path.relative(ROOT, outFile) : outFile}`);

if (args.check && targets.some((target) => target.status === 'FAIL')) process.exit(1);
