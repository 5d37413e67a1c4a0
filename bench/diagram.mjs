// `npm run bench:diagram`: how fast the decision diagram follows the walk, and how soon it
// appears. On demand only (never part of `npm test`): timings belong in printed figures, not in
// assertions. Prints medians over many repetitions, all measured in one run of one browser:
//
//   1. answer -> marks updated, in the app: from the click on an answer (or on a diagram node)
//      to the moment the new marks are in the DOM;
//   2. re-rendering the diagram for the same change with Mermaid (the app's own wrapper, cache
//      bypassed), and applying the marks alone, on a comparison page;
//   3. a fresh load of a share link until the marked diagram is in the DOM, against the bare
//      Vite + React page that lazily imports Mermaid and renders the same tree (bench/baseline,
//      the same floor as `npm run bench`).
//   4. a team's tree as it grows: a generated balanced tree of --tree-size nodes (127 unless
//      given; 0 skips it) served in a team's content file beside the guide tree. A fresh share
//      link of each, alternating, until the marked diagram is in the DOM; answer -> marks on the
//      large tree, in the focus view it opens in and in the whole tree; the longest long task
//      while answering (each answer in the focus view draws the new focus with Mermaid).
//
// Options: --no-build (reuse dist/, bench/baseline/dist and bench/results/diagram-baseline),
// --loads=N, --steps=N, --tree-size=N (or --tree-size N).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';
import { BASELINE_DIST, buildBaseline } from './lib/build.mjs';
import { serveStatic } from './lib/serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const appDir = path.join(root, 'dist');
const bareDir = BASELINE_DIST;
const rerenderDir = path.join(root, 'bench/results/diagram-baseline');
// --key=value, --key value, or a bare --flag.
const args = new Map();
for (let index = 2; index < process.argv.length; index++) {
  const [key, value] = process.argv[index].replace(/^--/, '').split('=');
  const following = process.argv[index + 1];
  if (value !== undefined) args.set(key, value);
  else if (following !== undefined && !following.startsWith('--')) {
    args.set(key, following);
    index++;
  } else args.set(key, 'true');
}
const LOADS = Number(args.get('loads') ?? 15);
const STEPS = Number(args.get('steps') ?? 100);
const RERENDERS = Number(args.get('rerenders') ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4401);
const TREE_SIZE = Number(args.get('tree-size') ?? 127);
const TEAM_STEPS = Number(args.get('team-steps') ?? 40);
if (!Number.isInteger(TREE_SIZE) || TREE_SIZE < 0 || TREE_SIZE > 200) {
  console.error("--tree-size takes a whole number of nodes up to 200 (the schema's limit), or 0.");
  process.exit(1);
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (args.get('build') !== 'false' && !args.has('no-build')) {
  console.log('Building the app and the comparison pages…');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'bench/diagram-baseline/vite.config.ts']);
  // The bare page is the main benchmark's baseline (bench/baseline), so both measure one floor.
  await buildBaseline({ quiet: true });
}
for (const [dir, page] of [
  [appDir, 'index.html'],
  [bareDir, 'index.html'],
  [rerenderDir, 'rerender.html'],
]) {
  if (!fs.existsSync(path.join(dir, page))) {
    console.error(`Missing ${dir}: run without --no-build.`);
    process.exit(1);
  }
}

// The two builds on the project's static server, one port each (no compression for either;
// every load uses a new browser context, so its HTTP cache starts empty either way).
const appServer = await serveStatic(appDir, PORT);
const bareServer = await serveStatic(bareDir, PORT + 1);
const rerenderServer = await serveStatic(rerenderDir, PORT + 2);

// The app again, with a team's content file holding the generated tree: the guide tree and the
// team's are measured from the same site, so only the tree differs.
const TEAM_TREE = `balanced${String(TREE_SIZE)}`;
const teamDir = TREE_SIZE > 0 ? fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-bench-')) : '';
let teamServer;
if (TREE_SIZE > 0) {
  /** @type {{ module: typeof import('../src/domain/tree-shapes.ts') }} */
  const { module: shapes } = await runnerImport(path.join(root, 'src/domain/tree-shapes.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  const file = JSON.parse(
    fs.readFileSync(path.join(root, 'examples', 'custom-content.json'), 'utf8'),
  );
  file.trees.push({
    ...shapes.balancedTree(TREE_SIZE, ['kata_fc', 'runc', 'gvisor', 'kata'], TEAM_TREE),
    title: { en: `Balanced ${String(TREE_SIZE)}`, zh: `平衡树 ${String(TREE_SIZE)}` },
    description: { en: 'A generated balanced tree.', zh: '生成的平衡树。' },
    origin: 'custom',
  });
  fs.cpSync(appDir, teamDir, { recursive: true });
  fs.writeFileSync(path.join(teamDir, 'advisor.content.json'), JSON.stringify(file));
  teamServer = await serveStatic(teamDir, PORT + 3);
}

const executablePath = await findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Records when `selector` first matches, from a MutationObserver started before any script.
function appearanceScript(selector) {
  return `(() => {
    const done = () => {
      if (window.__appearedAt !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
      window.__appearedAt = performance.now();
      window.__bytesAt = performance.getEntriesByType('resource')
        .reduce((sum, entry) => sum + (entry.encodedBodySize || 0), 0);
    };
    new MutationObserver(done).observe(document, { subtree: true, childList: true, attributes: true });
  })();`;
}

async function freshLoad(url, selector) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(appearanceScript(selector));
  await page.goto(url);
  await page.waitForFunction(() => window.__appearedAt !== undefined, null, { timeout: 30_000 });
  const result = await page.evaluate(() => {
    const documentBytes = performance.getEntriesByType('navigation')[0]?.encodedBodySize ?? 0;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { ms: window.__appearedAt, bytes: window.__bytesAt + documentBytes, paint };
  });
  await context.close();
  return result;
}

// ---------------------------------------------------------------- 1. marks in the app

async function appSteps() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${appServer.url}#/wizard?tree=guide&resource_constrained=no&lang=en`);
  await page.waitForSelector(
    '[data-testid="decision-diagram"] svg [data-node-id="fast_startup"][data-path="current"]',
  );
  // Alternate: answer fast_startup=No (gpu becomes current), then click fast_startup in the
  // diagram (it becomes current again). Each is one step; the time runs from the click to the
  // MutationObserver seeing the new current node.
  const samples = await page.evaluate(async (steps) => {
    const svg = document.querySelector('[data-testid="decision-diagram"] svg:has([data-node-id])');
    const times = [];
    const sameSvg = [];
    const step = (act, nodeId) =>
      new Promise((resolve) => {
        const target = svg.querySelector(`[data-node-id="${nodeId}"]`);
        let start = 0;
        const observer = new MutationObserver(() => {
          if (target.getAttribute('data-path') !== 'current') return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(svg, { subtree: true, attributes: true, attributeFilter: ['data-path'] });
        start = performance.now();
        act();
      });
    const settle = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    for (let index = 0; index < steps; index++) {
      const answerNo = () =>
        document.querySelector('[data-testid="question"] [data-answer-id="no"]').click();
      times.push(await step(answerNo, 'gpu'));
      await settle();
      const jumpBack = () =>
        svg
          .querySelector('[data-node-id="fast_startup"]')
          .dispatchEvent(new MouseEvent('click', { bubbles: true }));
      times.push(await step(jumpBack, 'fast_startup'));
      await settle();
      sameSvg.push(
        document.querySelector('[data-testid="decision-diagram"] svg:has([data-node-id])') === svg,
      );
    }
    return { times, sameSvg: sameSvg.every(Boolean) };
  }, STEPS / 2);
  await context.close();
  return samples;
}

// ---------------------------------------------------------------- 2. re-render vs marks

async function rerenderComparison() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${rerenderServer.url}rerender.html`);
  await page.waitForFunction(() => typeof window.diagramBench === 'function');
  const result = await page.evaluate(
    ([rerenders, marks]) => window.diagramBench(rerenders, marks),
    [RERENDERS, 50],
  );
  await context.close();
  return result;
}

// ---------------------------------------------------------------- 3. fresh loads

async function loads() {
  const app = [];
  const bare = [];
  const shareLink = `${appServer.url}#/wizard?tree=guide&resource_constrained=no&fast_startup=no&lang=en`;
  // Warm the OS file cache once, then alternate so neither side gets the quieter moments.
  await freshLoad(shareLink, '[data-testid="decision-diagram"] svg [data-node-id][data-path]');
  await freshLoad(bareServer.url, '#root svg g.node');
  for (let index = 0; index < LOADS; index++) {
    app.push(
      await freshLoad(shareLink, '[data-testid="decision-diagram"] svg [data-node-id][data-path]'),
    );
    bare.push(await freshLoad(bareServer.url, '#root svg g.node'));
  }
  return { app, bare };
}

// ---------------------------------------------------------------- 4. a team's large tree

const MARKED = '[data-testid="decision-diagram"] svg [data-node-id][data-path]';

async function teamLoads() {
  const guide = [];
  const team = [];
  const guideLink = `${teamServer.url}#/wizard?tree=guide&resource_constrained=no&fast_startup=no&lang=en`;
  const teamLink = `${teamServer.url}#/wizard?tree=${TEAM_TREE}&b0=yes&b1=no&lang=en`;
  await freshLoad(guideLink, MARKED);
  await freshLoad(teamLink, MARKED);
  for (let index = 0; index < LOADS; index++) {
    guide.push(await freshLoad(guideLink, MARKED));
    team.push(await freshLoad(teamLink, MARKED));
  }
  return { guide, team };
}

/**
 * Alternates answering the root's "no" (b2 becomes current) and clicking the root in the
 * diagram (b0 again), timing each from the click to the new current node marked in the panel.
 * Between steps it waits for the panel to settle: the drawing shows where the current question
 * leads (in the focus view, the new focus drawn) and the view has stopped moving.
 */
async function teamSteps(scope) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${teamServer.url}#/wizard?tree=${TEAM_TREE}&lang=en`);
  await page.waitForSelector(
    '[data-testid="decision-diagram"] svg [data-node-id="b0"][data-path="current"]',
  );
  let wholeMs;
  if (scope === 'whole') {
    wholeMs = await page.evaluate(
      (size) =>
        new Promise((resolve) => {
          const panel = document.querySelector('[data-testid="decision-diagram"]');
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (panel.querySelectorAll('svg g.node[data-node-id]').length < size) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(panel, { subtree: true, childList: true });
          [...panel.querySelectorAll('button')]
            .find((button) => button.textContent.trim() === 'Whole tree')
            .click();
        }),
      TREE_SIZE,
    );
  }
  const samples = await page.evaluate(async (steps) => {
    const panel = document.querySelector('[data-testid="decision-diagram"]');
    const drawing = () => panel.querySelector('.diagram-canvas svg');
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const times = [];
    const step = (act, nodeId) =>
      new Promise((resolve) => {
        let start = 0;
        const marked = () =>
          drawing()?.querySelector(`[data-node-id="${nodeId}"][data-path="current"]`);
        const watcher = new MutationObserver(() => {
          if (!marked()) return;
          watcher.disconnect();
          resolve(performance.now() - start);
        });
        watcher.observe(panel, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-path'],
        });
        start = performance.now();
        act();
      });
    const settled = (nodeId, next) =>
      new Promise((resolve) => {
        const check = () => {
          const svg = drawing();
          const ready =
            svg?.querySelector(`[data-node-id="${nodeId}"][data-path="current"]`) &&
            next.every((id) => svg.querySelector(`[data-node-id="${id}"]`)) &&
            !panel.querySelector('.diagram-canvas[data-moving]');
          if (ready) requestAnimationFrame(() => setTimeout(resolve, 30));
          else requestAnimationFrame(check);
        };
        check();
      });
    for (let index = 0; index < steps; index++) {
      const answerNo = () =>
        document.querySelector('[data-testid="question"] [data-answer-id="no"]').click();
      times.push(await step(answerNo, 'b2'));
      await settled('b2', ['b5', 'b6']);
      const jumpBack = () =>
        drawing()
          .querySelector('[data-node-id="b0"]')
          .dispatchEvent(new MouseEvent('click', { bubbles: true }));
      times.push(await step(jumpBack, 'b0'));
      await settled('b0', ['b1', 'b2']);
    }
    observer.disconnect();
    return { times, longTasks };
  }, TEAM_STEPS / 2);
  await context.close();
  return { ...samples, wholeMs };
}

try {
  console.log(`Chromium ${browser.version()}, headless; medians.`);
  const steps = await appSteps();
  const comparison = await rerenderComparison();
  const loaded = await loads();

  const stepMs = median(steps.times);
  const rerenderMs = median(comparison.rerenderMs);
  const markMs = median(comparison.markMs);
  const appLoad = median(loaded.app.map((entry) => entry.ms));
  const bareLoad = median(loaded.bare.map((entry) => entry.ms));
  const fcp = (entries) => fmt(median(entries.map((entry) => entry.paint)));
  const kb = (entries) => Math.round(median(entries.map((entry) => entry.bytes)) / 1024);
  const fmt = (ms) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;

  const rerenderInApp = stepMs - markMs + rerenderMs;
  const rows = [
    [
      `answer -> marks updated, whole app: click to marks in the DOM (n=${steps.times.length})`,
      `${fmt(stepMs)}  (want < 16 ms)`,
    ],
    ['  same <svg> element after every step', steps.sameSvg ? 'yes' : 'NO'],
    [
      `the diagram's part of a step: applying the marks (n=${comparison.markMs.length} x 100)`,
      fmt(markMs),
    ],
    [
      `re-rendering it instead: Mermaid render + insert + annotate + marks (n=${comparison.rerenderMs.length})`,
      fmt(rerenderMs),
    ],
    ['  ratio re-render / marks (want >= 20x)', `${Math.round(rerenderMs / markMs)}x`],
    ['  whole app if it re-rendered: click -> re-rendered (estimated)', fmt(rerenderInApp)],
    ['  ratio whole app, re-render / marks', `${(rerenderInApp / stepMs).toFixed(1)}x`],
    [
      `fresh share link, marked diagram shown, app (n=${LOADS})`,
      `${fmt(appLoad)}, ${kb(loaded.app)} KB uncompressed, first paint ${fcp(loaded.app)}`,
    ],
    [
      `bare Vite + React + lazy Mermaid, same tree (n=${LOADS})`,
      `${fmt(bareLoad)}, ${kb(loaded.bare)} KB uncompressed, first paint ${fcp(loaded.bare)}`,
    ],
    ['  ratio app / bare (want <= 1.00)', (appLoad / bareLoad).toFixed(2)],
  ];
  if (teamServer) {
    const teamLoaded = await teamLoads();
    const focus = await teamSteps('focus');
    const whole = await teamSteps('whole');
    const guideMs = median(teamLoaded.guide.map((entry) => entry.ms));
    const teamMs = median(teamLoaded.team.map((entry) => entry.ms));
    const longest = (tasks) =>
      tasks.length === 0
        ? 'none over 50 ms'
        : `${fmt(Math.max(...tasks))} (${tasks.length} over 50 ms)`;
    rows.push(
      [`a team's tree of ${TREE_SIZE} nodes (${TEAM_TREE}), beside the guide tree in one site`, ''],
      [`  fresh share link, marked diagram shown, guide tree (n=${LOADS})`, fmt(guideMs)],
      [
        `  fresh share link, marked diagram shown, ${TREE_SIZE}-node tree (n=${LOADS})`,
        fmt(teamMs),
      ],
      ['  ratio large / guide (want <= 2.5x)', `${(teamMs / guideMs).toFixed(2)}x`],
      [
        `  answer -> marks, focus view (n=${focus.times.length})`,
        `${fmt(median(focus.times))}  (want < 16 ms)`,
      ],
      [
        '  longest long task while answering, focus view (want none over 200 ms)',
        longest(focus.longTasks),
      ],
      [
        `  answer -> marks, whole tree (n=${whole.times.length})`,
        `${fmt(median(whole.times))}  (want < 16 ms)`,
      ],
      [
        '  longest long task while answering, whole tree (want none over 200 ms)',
        longest(whole.longTasks),
      ],
      ['  Whole tree: click -> every node drawn (n=1)', fmt(whole.wholeMs)],
    );
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
} finally {
  await browser.close();
  await appServer.close();
  await bareServer.close();
  await rerenderServer.close();
  if (teamServer) await teamServer.close();
  if (teamDir) fs.rmSync(teamDir, { recursive: true, force: true });
}
