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
import { benchTargets, contextLines, printReport } from './lib/report.mjs';
import { startupMoments, startupSummary } from './lib/startup.mjs';
import { round, summarize } from './lib/stats.mjs';

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
    startup.landing.push(startupMoments(landing, APP_ENTRY_SCRIPTS));
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
    startup.share.push(startupMoments(share, APP_ENTRY_SCRIPTS));
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

const targets = benchTargets(metrics, bytes, APP_DIST);

const startupSteps = {
  landing: startupSummary(startup.landing),
  share: startupSummary(startup.share),
};

/**
 * When the app's own code has rendered over the build's first paint (`ra:app`): from then on an
 * answer is handled at once; before, a click on the first paint is held and replayed then.
 */
function takeoverLines() {
  const base = metrics.baseline.diagram;
  return Object.entries(startupSteps).flatMap(([kind, rows]) => {
    const app = rows.find((row) => row.name === 'app mark ra:app');
    if (!app?.available || !base?.available) return [];
    const label = kind === 'landing' ? 'wizard landing' : 'share link';
    return [
      `app live (clicks held before), ${label} / baseline diagram`.padEnd(84) +
        `${(app.median / base.median).toFixed(2)}x`,
    ];
  });
}

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
  context: [...contextLines(metrics, bytes), ...takeoverLines()],
  problems,
};

fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
fs.writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n');

printReport(report, { loadAverageBefore, out: args.out, root: ROOT });

if (args.check && targets.some((target) => target.status === 'FAIL')) process.exit(1);
