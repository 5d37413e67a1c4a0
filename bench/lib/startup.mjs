// Where an app load's time went before the first question: the moments of each load, and their
// medians over a run.
import { summarize } from './stats.mjs';

/**
 * Where an app load's time went, in ms from navigation start: the requests the first question
 * and the diagram may wait on (document, entry script, the wizard's route chunk, the content
 * file, the build's drawing, Mermaid), the app's own start-up marks (src/app/startup-marks.ts:
 * `ra:main` when main.tsx runs, `ra:route-code`, `ra:content`, `ra:drawing`) and the probe's
 * DOM marks. `entryScripts`: the paths of the entry chunk and its static imports. A build without some of these (an earlier commit's) simply has fewer moments.
 */
export function startupMoments({ timeline, marks }, entryScripts) {
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
  const entry = timeline.resources.filter((item) => entryScripts.has(item.path));
  if (entry.length > 0) put('entry script arrived', Math.max(...entry.map((item) => item.end)));
  first(/\/assets\/wizard-[\w-]+\.js$/, 'wizard route chunk');
  first(/\/advisor\.content\.json$/, 'content file');
  first(/\.gen-[\w-]+\.js$/, "build's drawing");
  first(/\/assets\/mermaid-[\w-]{8}\.js$/, 'Mermaid wrapper');
  for (const [name, value] of Object.entries(timeline.marks)) put(`app mark ra:${name}`, value);
  put('first question in the DOM', marks.firstQuestion);
  put('result in the DOM', marks.result);
  put('diagram in the DOM', marks.diagram);
  return moments;
}

/** Median of each start-up moment, in the order they happen on the wizard landing. */
export function startupSummary(loads) {
  const names = [...new Set(loads.flatMap((moments) => Object.keys(moments)))];
  const rows = names.map((name) => {
    const values = loads.map((moments) => moments[name]).filter((value) => value !== undefined);
    return { name, ...summarize(values) };
  });
  return rows.sort((a, b) => a.median - b.median);
}
