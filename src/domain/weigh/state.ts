// A weighing's state is its URL: `#/weigh?w_<criterion>=0..5…&must=<id>,<id>&figures=published
// &tree=<id>&from=<question>.<answer>,…&lang=en`. Every weight is written, so a shared link
// restores the same numbers even if the defaults change. `tree` and `from` carry a wizard result's
// answers, so the page can add the weighting to that result's decision record.
// Like the wizard's decoder: untrusted input, never throws, drops what is invalid and says so.
import { resolvePath, type Resolution } from '../engine';
import { isSafeId, type DecisionTree } from '../tree';
import { weighCriteria, type WeighContent, type WeighSource } from './criteria';
import { MAX_WEIGHT, mustHaves } from './score';

export const DEFAULT_WEIGHT = 3;
/** What a stated need, a "partly" and a need answered "no" weigh (matrix cells and wizard answers). */
export const PRESET_WEIGHT = { yes: 5, partly: 3, no: 1 } as const;
export const WEIGHT_PREFIX = 'w_';
const PASSTHROUGH = ['lang', 'embed', 'theme'] as const;
const PASSTHROUGH_VALUE = /^[A-Za-z0-9_-]{1,48}$/;

export interface WeighState {
  /** One weight per criterion, 0-5. */
  weights: Record<string, number>;
  /** Must-have ids, in the must-haves' order. */
  must: string[];
  source: WeighSource;
  /** The wizard result this weighing came from, if any. */
  from?: { tree: DecisionTree; resolution: Resolution } | undefined;
}

export type WeighNotice =
  | { kind: 'oversize' }
  | { kind: 'duplicate'; key: string }
  | { kind: 'bad-weight'; criterion: string; value: string }
  | { kind: 'unknown-criterion'; key: string }
  | { kind: 'unknown-must'; value: string }
  | { kind: 'bad-source'; value: string }
  | { kind: 'bad-from'; value: string };

export interface DecodedWeighState {
  state: WeighState;
  notices: WeighNotice[];
  canonical: Record<string, string>;
  needsRewrite: boolean;
}

export type RawWeighSearch = Readonly<Record<string, string | string[] | undefined>>;

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function defaultWeights(content: WeighContent): Record<string, number> {
  return Object.fromEntries(weighCriteria(content).map((c) => [c.id, DEFAULT_WEIGHT]));
}

function parseFrom(value: string): Record<string, string> | undefined {
  const answers: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [question, answer, extra] = pair.split('.');
    if (extra !== undefined || !isSafeId(question) || !isSafeId(answer)) return undefined;
    if (Object.hasOwn(answers, question)) return undefined;
    answers[question] = answer;
  }
  return answers;
}

/** A result's answers reach an outcome with none dropped, or they are not a result. */
function resultOf(
  trees: readonly DecisionTree[],
  treeId: string | undefined,
  from: string | undefined,
): WeighState['from'] | 'invalid' | undefined {
  if (treeId === undefined && from === undefined) return undefined;
  const tree = trees.find((candidate) => candidate.id === treeId);
  const answers = from === undefined ? undefined : parseFrom(from);
  if (!tree || !answers) return 'invalid';
  const resolution = resolvePath(tree, answers);
  if (!resolution.outcome || resolution.dropped.length > 0) return 'invalid';
  return { tree, resolution };
}

export function decodeWeighState(
  raw: RawWeighSearch,
  content: WeighContent,
  trees: readonly DecisionTree[],
): DecodedWeighState {
  const notices: WeighNotice[] = [];
  const single: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '_oversize') notices.push({ kind: 'oversize' });
    if (key.startsWith('_') || value === undefined) continue;
    if (Array.isArray(value)) notices.push({ kind: 'duplicate', key });
    else single[key] = value;
  }

  const criteria = weighCriteria(content);
  const weights = defaultWeights(content);
  for (const [key, value] of Object.entries(single)) {
    if (!key.startsWith(WEIGHT_PREFIX)) continue;
    const id = key.slice(WEIGHT_PREFIX.length);
    if (!criteria.some((criterion) => criterion.id === id)) {
      notices.push({ kind: 'unknown-criterion', key });
    } else if (/^[0-9]$/.test(value) && Number(value) <= MAX_WEIGHT) {
      weights[id] = Number(value);
    } else {
      notices.push({ kind: 'bad-weight', criterion: id, value: clip(value) });
    }
  }

  const known = mustHaves(content).map((item) => item.id);
  const asked = new Set<string>();
  if (single.must !== undefined && single.must !== '') {
    for (const id of single.must.split(',')) {
      if (known.includes(id)) asked.add(id);
      else notices.push({ kind: 'unknown-must', value: clip(id) });
    }
  }
  const must = known.filter((id) => asked.has(id));

  let source: WeighSource = 'guide';
  if (single.figures === 'published') source = 'published';
  else if (single.figures !== undefined && single.figures !== 'guide') {
    notices.push({ kind: 'bad-source', value: clip(single.figures) });
  }

  const from = resultOf(trees, single.tree, single.from);
  if (from === 'invalid') {
    notices.push({
      kind: 'bad-from',
      value: clip(`${single.tree ?? ''} ${single.from ?? ''}`.trim()),
    });
  }
  const state: WeighState = {
    weights,
    must,
    source,
    from: from === 'invalid' ? undefined : from,
  };
  const canonical = encodeWeighState(content, state, single);
  return {
    state,
    notices,
    canonical,
    needsRewrite: JSON.stringify(canonical) !== JSON.stringify(single) || notices.length > 0,
  };
}

/** The canonical search: every weight in criteria order, then must-haves, source, result, passthrough. */
export function encodeWeighState(
  content: WeighContent,
  state: Omit<WeighState, 'from'> & {
    from?: { tree: { id: string }; resolution: { answers: Record<string, string> } } | undefined;
  },
  passthrough: Readonly<Record<string, string | undefined>> = {},
): Record<string, string> {
  const search: Record<string, string> = {};
  for (const criterion of weighCriteria(content)) {
    search[`${WEIGHT_PREFIX}${criterion.id}`] = String(
      state.weights[criterion.id] ?? DEFAULT_WEIGHT,
    );
  }
  const must = mustHaves(content)
    .map((item) => item.id)
    .filter((id) => state.must.includes(id));
  if (must.length > 0) search.must = must.join(',');
  if (state.source !== 'guide') search.figures = state.source;
  if (state.from) {
    search.tree = state.from.tree.id;
    search.from = Object.entries(state.from.resolution.answers)
      .map(([question, answer]) => `${question}.${answer}`)
      .join(',');
  }
  for (const key of PASSTHROUGH) {
    const value = passthrough[key];
    if (typeof value === 'string' && PASSTHROUGH_VALUE.test(value)) search[key] = value;
  }
  return search;
}

// ---------------------------------------------------------------- presets

/**
 * A matrix scenario's weights: each matrix column is a tree question; the content criterion that
 * reads a "yes" to it names the feature row it weighs. ✅ weighs 5, ⚠️ 3, ❌ 1; criteria the
 * matrix does not mention keep the default.
 */
export function scenarioWeights(
  content: WeighContent & {
    matrix: {
      criteria: readonly { id: string; questionId: string }[];
      scenarios: readonly {
        id: string;
        cells: Readonly<Record<string, 'yes' | 'partly' | 'no'>>;
      }[];
    };
  },
  scenarioId: string,
): Record<string, number> | undefined {
  const scenario = content.matrix.scenarios.find((candidate) => candidate.id === scenarioId);
  if (!scenario) return undefined;
  const weights = defaultWeights(content);
  for (const column of content.matrix.criteria) {
    const cell = scenario.cells[column.id];
    const need = content.criteria.find(
      (criterion) => criterion.questionId === column.questionId && criterion.answerId === 'yes',
    );
    if (cell && need && Object.hasOwn(weights, need.feature)) {
      weights[need.feature] = PRESET_WEIGHT[cell];
    }
  }
  return weights;
}

/**
 * Weights and must-haves from a wizard result's answers. An answer that states a need (a content
 * criterion reads it) makes that need a must-have and weighs its feature 5; any other answer to
 * such a question (the need is not there) weighs it 1; the rest keep the default.
 */
export function answerWeights(
  content: WeighContent,
  answers: Readonly<Record<string, string>>,
): { weights: Record<string, number>; must: string[] } {
  const weights = defaultWeights(content);
  const stated = new Set<string>();
  const musts = mustHaves(content);
  const must = new Set<string>();
  for (const criterion of content.criteria) {
    const answer = answers[criterion.questionId];
    if (answer === undefined || !Object.hasOwn(weights, criterion.feature)) continue;
    if (answer === criterion.answerId) {
      stated.add(criterion.feature);
      weights[criterion.feature] = PRESET_WEIGHT.yes;
      const item = musts.find(
        (candidate) =>
          candidate.questionIds.includes(criterion.questionId) &&
          candidate.feature === criterion.feature,
      );
      if (item) must.add(item.id);
    } else if (!stated.has(criterion.feature)) {
      weights[criterion.feature] = PRESET_WEIGHT.no;
    }
  }
  return { weights, must: musts.map((item) => item.id).filter((id) => must.has(id)) };
}

/** The link from a wizard result: its needs as weights and must-haves, and the result itself. */
export function resultWeighSearch(
  content: WeighContent,
  tree: DecisionTree,
  answers: Readonly<Record<string, string>>,
  passthrough: Readonly<Record<string, string | undefined>> = {},
): Record<string, string> {
  const { weights, must } = answerWeights(content, answers);
  return encodeWeighState(
    content,
    { weights, must, source: 'guide', from: { tree, resolution: { answers: { ...answers } } } },
    passthrough,
  );
}
