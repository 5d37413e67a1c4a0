// The benchmark's targets (ratios within one run on one machine), the router floor's context
// lines, and the report as printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findLibraries } from './sizes.mjs';
import { round } from './stats.mjs';

/** Targets from the performance issues: ratios within one run on one machine. */
export const TARGETS = {
  diagramVsBaseline: 0.5,
  firstQuestionVsBaselineDiagram: 0.4,
  answerToMarksMs: 16,
  answerToNextQuestionMs: 50,
  entryGzipBytes: 130_000,
  walkVsBaselineBytes: 0.8,
  shareVsBaselineBytes: 0.8,
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
const withMermaid = (sizes, appDist) =>
  sizes.files
    .map((item) => item.file)
    .filter((file) =>
      findLibraries(fs.readFileSync(path.join(appDist, file), 'utf8')).includes('mermaid'),
    );
/** A bytes target fails when Mermaid's code was loaded at all: the build drew these trees. */
function withoutMermaid(target, sizes, appDist) {
  const found = sizes ? withMermaid(sizes, appDist) : [];
  if (found.length === 0 || target.status === 'N/A') return target;
  return { ...target, status: 'FAIL', reason: `loads Mermaid (${found.join(', ')})` };
}

/** The run's targets: each ratio or size against its limit, PASS, FAIL or N/A with a reason. */
export function benchTargets(metrics, bytes, appDist) {
  const entryLibraries = bytes.app.entry.libraries;
  const walkBytes = bytes.app.fullWalk?.gzip;
  const baselineBytes = bytes.baseline.total.gzip;
  return [
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
      appDist,
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
      appDist,
    ),
  ];
}

/** Where the stack itself sits against each target: the same ratios, for the router floor. */
export function contextLines(metrics, bytes) {
  const walkBytes = bytes.app.fullWalk?.gzip;
  const baselineBytes = bytes.baseline.total.gzip;
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

/** The report as the terminal shows it. */
export function printReport(report, { loadAverageBefore, out, root }) {
  const log = (...parts) => console.log(...parts);
  const { metrics, bytes, targets, problems } = report;
  const startupSteps = report.startup;
  const LOADS = report.loads;
  const chromiumVersion = report.environment.chromium;
  const baselineBytes = bytes.baseline.total.gzip;
  const ms = (metric) =>
    metric.available
      ? `${metric.median.toFixed(1)} ms (${metric.min.toFixed(1)}-${metric.max.toFixed(1)}, n=${metric.n})`
      : metric.reason;
  const kb = (count) => `${(count / 1000).toFixed(1)} kB`;

  log('');
  log(
    `Runtime Advisor benchmark  ${report.date}  (${LOADS} load(s) each, ${report.answers} answers)`,
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
  const outFile = path.resolve(out);
  log(`Written to ${outFile.startsWith(root) ? path.relative(root, outFile) : outFile}`);
}
