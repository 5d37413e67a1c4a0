// Checks the schema cannot express (graph shape, cross references, unique ids), and
// `parseContent`, the single entry point for untrusted content (a team's own file). Every problem
// carries a JSON path into the input, so the error panel can point at the exact spot.
import type { z } from 'zod';
import { isSafeId } from '../domain/tree';
import { Content } from './schema';

export interface ContentProblem {
  /** JSON path into the content, e.g. `trees[0].nodes[3].answers[1].next`. */
  path: string;
  message: string;
  /** The tree node the problem is in, when the path goes through one and its id is readable. */
  nodeId?: string;
  /** Set on the one entry that stands for this many further problems, not listed. */
  omitted?: number;
}

export type ParseContentResult =
  { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };

/** The path shown for a problem with the content as a whole. */
export const ROOT_PATH = '(root)';

/** An error panel with thousands of entries helps nobody; the first ones are enough to start. */
const MAX_PROBLEMS = 100;

/**
 * Cross-reference ids that recommendations may use besides matrix scenarios: the guide's
 * "强隔离场景" (strong isolation) recommendation has no column in the guide's matrix.
 */
const EXTRA_RECOMMENDATION_SCENARIOS: readonly string[] = ['strong_isolation'];

// ---------------------------------------------------------------- paths

type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['trees', 0, 'nodes', 3, 'id']` -> `trees[0].nodes[3].id`; odd keys are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (typeof segment === 'symbol') {
      out += `[${String(segment)}]`;
    } else if (IDENTIFIER.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${quote(segment)}]`;
    }
  }
  return out === '' ? ROOT_PATH : out;
}

/** A short, escaped rendering of a value from the input, safe to show as text. */
function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(short);
}

// ---------------------------------------------------------------- integrity

interface Edge {
  to: string;
  answerIndex: number;
}

/**
 * Everything the schema cannot check. Expects schema-valid content; reports, never throws.
 * Problems come in a stable order: trees first, then cross references.
 */
export function checkContentIntegrity(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const runtimeIds = new Set(content.runtimes.map((runtime) => runtime.id));
  const known = [...runtimeIds].join(', ');

  const checkRuntime: RuntimeCheck = (id, path, nodeId) => {
    if (!runtimeIds.has(id)) {
      const problem: ContentProblem = {
        path: formatPath(path),
        message: `unknown runtime ${quote(id)} (known runtimes: ${known || 'none'})`,
      };
      if (nodeId !== undefined) problem.nodeId = nodeId;
      problems.push(problem);
    }
  };

  checkUniqueIds(content.trees, ['trees'], 'tree', problems);
  content.trees.forEach((tree, treeIndex) => {
    checkTree(tree, treeIndex, checkRuntime, problems);
  });
  if (!content.trees.some((tree) => tree.id === content.defaultTree)) {
    problems.push({
      path: 'defaultTree',
      message: `default tree ${quote(content.defaultTree)} is not one of the trees`,
    });
  }

  checkUniqueIds(content.runtimes, ['runtimes'], 'runtime', problems);
  checkUniqueIds(content.snippets, ['snippets'], 'snippet', problems);
  checkUniqueIds(content.publishedFigures, ['publishedFigures'], 'figure', problems);
  checkUniqueIds(content.caseStudies, ['caseStudies'], 'case study', problems);
  checkUniqueIds(content.features, ['features'], 'feature', problems);

  const performanceRows = new Map<string, number>();
  content.performance.forEach((row, i) => {
    checkRuntime(row.runtime, ['performance', i, 'runtime']);
    const first = performanceRows.get(row.runtime);
    if (first === undefined) {
      performanceRows.set(row.runtime, i);
    } else {
      problems.push({
        path: formatPath(['performance', i, 'runtime']),
        message: `runtime ${quote(row.runtime)} already has a performance row (performance[${first}])`,
      });
    }
  });
  content.features.forEach((row, i) => {
    for (const runtime of Object.keys(row.values)) {
      checkRuntime(runtime, ['features', i, 'values', runtime]);
    }
  });
  content.snippets.forEach((snippet, i) => {
    checkRuntime(snippet.runtime, ['snippets', i, 'runtime']);
  });
  content.publishedFigures.forEach((figure, i) => {
    checkRuntime(figure.runtime, ['publishedFigures', i, 'runtime']);
  });

  const scenarioIds = checkMatrix(content, checkRuntime, problems);

  const practice = content.practice2025;
  checkRuntime(practice.runtime, ['practice2025', 'runtime']);
  const recommended = new Map<string, number>();
  practice.recommendations.forEach((recommendation, i) => {
    const base = ['practice2025', 'recommendations', i];
    checkRuntime(recommendation.first.runtime, [...base, 'first', 'runtime']);
    checkRuntime(recommendation.alternative.runtime, [...base, 'alternative', 'runtime']);
    const { scenarioId } = recommendation;
    if (!scenarioIds.has(scenarioId) && !EXTRA_RECOMMENDATION_SCENARIOS.includes(scenarioId)) {
      problems.push({
        path: formatPath([...base, 'scenarioId']),
        message: `unknown scenario ${quote(scenarioId)}: must be a matrix scenario (${listOf(scenarioIds)}) or "strong_isolation"`,
      });
    }
    const first = recommended.get(scenarioId);
    if (first === undefined) {
      recommended.set(scenarioId, i);
    } else {
      problems.push({
        path: formatPath([...base, 'scenarioId']),
        message: `scenario ${quote(scenarioId)} already has a recommendation (practice2025.recommendations[${first}])`,
      });
    }
  });

  content.caseStudies.forEach((study, i) => {
    checkRuntime(study.runtime, ['caseStudies', i, 'runtime']);
    if (!scenarioIds.has(study.scenarioId)) {
      problems.push({
        path: formatPath(['caseStudies', i, 'scenarioId']),
        message: `unknown scenario ${quote(study.scenarioId)}: must be a matrix scenario (${listOf(scenarioIds)})`,
      });
    }
  });

  return problems;
}

function listOf(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length === 0 ? 'none' : list.join(', ');
}

function checkUniqueIds(
  items: readonly { id: string }[],
  path: readonly PathSegment[],
  what: string,
  problems: ContentProblem[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
    } else {
      problems.push({
        path: formatPath([...path, i, 'id']),
        message: `duplicate ${what} id ${quote(item.id)}: already used by ${formatPath([...path, first])}`,
      });
    }
  });
}

type RuntimeCheck = (id: string, path: readonly PathSegment[], nodeId?: string) => void;

function checkTree(
  tree: Content['trees'][number],
  treeIndex: number,
  checkRuntime: RuntimeCheck,
  problems: ContentProblem[],
): void {
  const base: PathSegment[] = ['trees', treeIndex];
  const nodePath = (i: number, ...rest: PathSegment[]): string =>
    formatPath([...base, 'nodes', i, ...rest]);

  // Node id -> index of its first occurrence. Later duplicates are reported and otherwise
  // ignored, so one mistake does not cascade into a page of follow-on problems.
  const indexOf = new Map<string, number>();
  tree.nodes.forEach((node, i) => {
    const first = indexOf.get(node.id);
    if (first === undefined) {
      indexOf.set(node.id, i);
    } else {
      problems.push({
        path: nodePath(i, 'id'),
        nodeId: node.id,
        message: `duplicate node id ${quote(node.id)}: already used by ${nodePath(first)}`,
      });
    }
  });

  const rootExists = indexOf.has(tree.root);
  if (!rootExists) {
    problems.push({
      path: formatPath([...base, 'root']),
      message: `root ${quote(tree.root)} is not a node of tree ${quote(tree.id)}`,
    });
  }

  const edges = new Map<string, Edge[]>();
  tree.nodes.forEach((node, i) => {
    const isFirst = indexOf.get(node.id) === i;
    if (node.kind === 'outcome') {
      checkRuntime(node.runtime, [...base, 'nodes', i, 'runtime'], node.id);
      return;
    }
    const out: Edge[] = [];
    const answerIds = new Map<string, number>();
    node.answers.forEach((answer, a) => {
      const firstAnswer = answerIds.get(answer.id);
      if (firstAnswer === undefined) {
        answerIds.set(answer.id, a);
      } else {
        problems.push({
          path: nodePath(i, 'answers', a, 'id'),
          nodeId: node.id,
          message: `duplicate answer id ${quote(answer.id)} in question ${quote(node.id)}: already used by ${nodePath(i, 'answers', firstAnswer)}`,
        });
      }
      if (indexOf.has(answer.next)) {
        out.push({ to: answer.next, answerIndex: a });
      } else {
        problems.push({
          path: nodePath(i, 'answers', a, 'next'),
          nodeId: node.id,
          message: `answer ${quote(answer.id)} leads to ${quote(answer.next)}, which is not a node of tree ${quote(tree.id)}`,
        });
      }
    });
    if (isFirst) edges.set(node.id, out);
  });

  // Start with the root so that cycles are reported in the order a user would walk them.
  const order = [...indexOf.keys()];
  if (rootExists) order.unshift(tree.root);
  for (const cycle of findCycles(order, edges)) {
    const from = cycle.ids[cycle.ids.length - 1] ?? '';
    const fromIndex = indexOf.get(from) ?? 0;
    problems.push({
      path: nodePath(fromIndex, 'answers', cycle.answerIndex, 'next'),
      nodeId: from,
      message: `answers form a cycle: ${[...cycle.ids, cycle.ids[0] ?? ''].join(' -> ')}`,
    });
  }

  if (rootExists) {
    const reachable = walk([tree.root], (id) => (edges.get(id) ?? []).map((edge) => edge.to));
    indexOf.forEach((i, id) => {
      if (!reachable.has(id)) {
        problems.push({
          path: nodePath(i),
          nodeId: id,
          message: `node ${quote(id)} cannot be reached from the root ${quote(tree.root)}`,
        });
      }
    });
  }

  // Walk backwards from the outcomes: a question that is never reached has no way out.
  const incoming = new Map<string, string[]>();
  edges.forEach((out, from) => {
    for (const edge of out) {
      const list = incoming.get(edge.to) ?? [];
      list.push(from);
      incoming.set(edge.to, list);
    }
  });
  const outcomes = tree.nodes
    .filter((node, i) => node.kind === 'outcome' && indexOf.get(node.id) === i)
    .map((node) => node.id);
  const leadsToOutcome = walk(outcomes, (id) => incoming.get(id) ?? []);
  tree.nodes.forEach((node, i) => {
    if (node.kind === 'question' && indexOf.get(node.id) === i && !leadsToOutcome.has(node.id)) {
      problems.push({
        path: nodePath(i),
        nodeId: node.id,
        message: `no sequence of answers from question ${quote(node.id)} leads to an outcome`,
      });
    }
  });
}

/** Breadth-first walk; returns every id reached, the starts included. */
function walk(starts: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next(id)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

interface Cycle {
  /** The node ids on the cycle, in walking order; the last one's answer leads back to the first. */
  ids: string[];
  /** The index of the last node's answer that closes the cycle. */
  answerIndex: number;
}

/**
 * Iterative depth-first search (no recursion, so a long chain cannot overflow the stack).
 * Every back edge closes a cycle; each distinct cycle is reported once.
 */
function findCycles(order: readonly string[], edges: ReadonlyMap<string, Edge[]>): Cycle[] {
  const cycles: Cycle[] = [];
  const seenCycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  for (const start of order) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
      const out = edges.get(frame.id) ?? [];
      const edge = out[frame.next];
      if (edge === undefined) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      frame.next += 1;
      const target = state.get(edge.to);
      if (target === undefined) {
        state.set(edge.to, 'open');
        stack.push({ id: edge.to, next: 0 });
      } else if (target === 'open') {
        const ids = stack.slice(stack.findIndex((f) => f.id === edge.to)).map((f) => f.id);
        const key = [...ids].sort().join('\u0000');
        if (!seenCycles.has(key)) {
          seenCycles.add(key);
          cycles.push({ ids, answerIndex: edge.answerIndex });
        }
      }
    }
  }
  return cycles;
}

function checkMatrix(
  content: Content,
  checkRuntime: RuntimeCheck,
  problems: ContentProblem[],
): Set<string> {
  const { matrix } = content;
  const tree = content.trees.find((candidate) => candidate.id === matrix.treeId);
  if (!tree) {
    problems.push({
      path: 'matrix.treeId',
      message: `tree ${quote(matrix.treeId)} does not exist`,
    });
  }
  checkUniqueIds(matrix.criteria, ['matrix', 'criteria'], 'criterion', problems);
  checkUniqueIds(matrix.scenarios, ['matrix', 'scenarios'], 'scenario', problems);

  const questionIds = new Set(
    (tree?.nodes ?? []).filter((node) => node.kind === 'question').map((node) => node.id),
  );
  matrix.criteria.forEach((criterion, i) => {
    if (tree && !questionIds.has(criterion.questionId)) {
      problems.push({
        path: formatPath(['matrix', 'criteria', i, 'questionId']),
        message: `${quote(criterion.questionId)} is not a question of tree ${quote(tree.id)}`,
      });
    }
  });

  const criterionIds = new Set(matrix.criteria.map((criterion) => criterion.id));
  matrix.scenarios.forEach((scenario, i) => {
    checkRuntime(scenario.runtime, ['matrix', 'scenarios', i, 'runtime']);
    const cellKeys = Object.keys(scenario.cells);
    for (const key of cellKeys) {
      if (!criterionIds.has(key)) {
        problems.push({
          path: formatPath(['matrix', 'scenarios', i, 'cells', key]),
          message: `${quote(key)} is not a matrix criterion (criteria: ${listOf(criterionIds)})`,
        });
      }
    }
    for (const criterion of criterionIds) {
      if (!cellKeys.includes(criterion)) {
        problems.push({
          path: formatPath(['matrix', 'scenarios', i, 'cells']),
          message: `no cell for criterion ${quote(criterion)}`,
        });
      }
    }
  });
  return new Set(matrix.scenarios.map((scenario) => scenario.id));
}

// ---------------------------------------------------------------- parsing untrusted input

/** Marks zod's built-in messages so they can be replaced; the schema's own messages are kept. */
const DEFAULT_MESSAGE = '\u0000default';

/**
 * Validates untrusted content: the schema first, then the integrity checks. Never throws: any
 * failure, even a getter that throws inside the input, becomes a problem.
 */
export function parseContent(input: unknown): ParseContentResult {
  const parsed = parseWithSchema(Content, input);
  if (!parsed.ok) return parsed;
  try {
    const problems = checkContentIntegrity(parsed.data);
    return problems.length === 0
      ? { ok: true, content: parsed.data }
      : { ok: false, problems: limit(problems) };
  } catch (error) {
    return { ok: false, problems: [unreadable(error)] };
  }
}

/**
 * Schema validation alone, with the same messages and paths as parseContent, for other shapes
 * of untrusted content (a team's partial content file). Never throws.
 */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | { ok: false; problems: ContentProblem[] } {
  try {
    // Per-parse error maps rank below messages written in the schema, so this only marks
    // zod's generic messages, which toProblem then rewrites with the input in view.
    const result = schema.safeParse(input, { error: () => DEFAULT_MESSAGE });
    if (!result.success) {
      return { ok: false, problems: limit(result.error.issues.map((i) => toProblem(i, input))) };
    }
    return { ok: true, data: result.data };
  } catch (error) {
    return { ok: false, problems: [unreadable(error)] };
  }
}

function unreadable(error: unknown): ContentProblem {
  return { path: ROOT_PATH, message: `the content could not be read (${describeError(error)})` };
}

function limit(problems: ContentProblem[]): ContentProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      path: ROOT_PATH,
      message: `${problems.length - MAX_PROBLEMS} more problems not shown; fix the ones above first`,
      omitted: problems.length - MAX_PROBLEMS,
    },
  ];
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? quote(error.message) : 'unexpected error';
  } catch {
    return 'unexpected error';
  }
}

type Issue = z.core.$ZodIssue;

function toProblem(issue: Issue, input: unknown): ContentProblem {
  const problem: ContentProblem = {
    path: formatPath(issue.path),
    message: issue.message === DEFAULT_MESSAGE ? describeIssue(issue, input) : issue.message,
  };
  const nodeId = nodeIdAt(issue.path, input);
  if (nodeId !== undefined) problem.nodeId = nodeId;
  return problem;
}

/** The id of the tree node a path goes through (`trees[i].nodes[j]…`), if it is a safe id. */
function nodeIdAt(path: readonly PathSegment[], input: unknown): string | undefined {
  const [trees, treeIndex, nodes, nodeIndex] = path;
  if (trees !== 'trees' || typeof treeIndex !== 'number' || nodes !== 'nodes') return undefined;
  if (typeof nodeIndex !== 'number') return undefined;
  const id = readAt(input, [trees, treeIndex, nodes, nodeIndex, 'id']);
  return id.found && isSafeId(id.value) ? id.value : undefined;
}

/** Reads an own property path from untrusted input; a throwing getter counts as not found. */
function readAt(
  input: unknown,
  path: readonly PathSegment[],
): { found: true; value: unknown } | { found: false } {
  try {
    let current: unknown = input;
    for (const segment of path) {
      if (typeof current !== 'object' || current === null) return { found: false };
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false };
      current = (current as Record<PropertyKey, unknown>)[segment];
    }
    return { found: true, value: current };
  } catch {
    return { found: false };
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : String(value);
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function plural(count: number | bigint, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

function describeIssue(issue: Issue, input: unknown): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const actual = readAt(input, issue.path);
      if (!actual.found || actual.value === undefined) {
        if (last === 'zh') return 'is missing: every text needs a Simplified Chinese (zh) version';
        if (last === 'en') return 'is missing: every text needs an English (en) version';
        return `is missing (expected ${expected})`;
      }
      return `must be ${expected}, not ${describeValue(actual.value)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${plural(issue.minimum, 'character')} long`;
      }
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'item')}`;
      return issue.inclusive === false
        ? `must be greater than ${String(issue.minimum)}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `is too long (over ${plural(issue.maximum, 'character')})`;
      }
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'item')}`;
      return issue.inclusive === false
        ? `must be less than ${String(issue.maximum)}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      if (last === 'light' || last === 'dark') return 'must be a hex colour like #0072b2';
      return issue.pattern === undefined
        ? `must be a valid ${issue.format}`
        : `has the wrong format (must match ${issue.pattern})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${formatValues(issue.values)}`
        : `must be one of ${formatValues(issue.values)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 10).map(quote).join(', ');
      const more = issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : '';
      return `has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'}: ${keys}${more}`;
    }
    case 'invalid_union': {
      if ('options' in issue && issue.options && issue.options.length > 0) {
        const field = issue.discriminator ?? 'value';
        return `${field} must be one of ${formatValues(issue.options)}`;
      }
      return 'does not match any of the allowed forms';
    }
    case 'invalid_key': {
      const reason = issue.issues[0]?.message;
      const detail = reason === undefined || reason === DEFAULT_MESSAGE ? 'not allowed' : reason;
      return `is not a valid key: ${detail}`;
    }
    case 'invalid_element':
      return 'has an invalid element';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'custom':
      return 'is not valid';
  }
}

function formatValues(values: readonly unknown[]): string {
  return values
    .map((value) => (typeof value === 'string' ? quote(value) : String(value)))
    .join(', ');
}
