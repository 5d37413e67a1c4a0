// Property tests of `parseContent`, the one entry point for a team's own content file. Whatever
// arrives (any JSON, any JavaScript value, the built-in content with keys deleted, types changed,
// cycles or throwing getters added), it must answer ok or list problems by JSON path, never
// throw, and leave the global prototypes alone.
//
// Runs are reproducible: the seed is fixed (FC_SEED overrides it) and fast-check prints the seed
// and the counterexample's path when a property fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeId } from '../domain/tree';
import { builtInContent } from './index';
import { formatPath, parseContent, ROOT_PATH, type ParseContentResult } from './integrity';

const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_251_101;
// parseContent of the whole guide takes a few milliseconds: mutation runs are kept to 200.
const params = (numRuns = 300): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

type Segment = string | number;
type JsonContainer = Record<string, unknown> | unknown[];

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype];
const snapshotOf = (proto: object) =>
  new Map<PropertyKey, unknown>(
    Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)?.value]),
  );
const pristine = PROTOTYPES.map(snapshotOf);

function expectPrototypesUntouched(): void {
  PROTOTYPES.forEach((proto, i) => {
    expect(snapshotOf(proto)).toEqual(pristine[i]);
  });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// ---------------------------------------------------------------- problem paths

/** `trees[0].nodes[3]["odd key"]` -> segments; undefined where a quoted key was shortened. */
function parsePath(path: string): Segment[] | undefined {
  const segments: Segment[] = [];
  const token = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest.length > 0) {
    const match = token.exec(rest);
    if (!match) throw new Error(`not a JSON path: ${path}`);
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else {
      const key = JSON.parse(match[3] ?? '""') as string;
      if (key.endsWith('…')) return undefined;
      segments.push(key);
    }
    rest = rest.slice(match[0].length);
  }
  return segments;
}

/** Every segment but the last must exist in the input (the last may be the missing key). */
function expectPathIntoInput(input: unknown, path: string): void {
  if (path === ROOT_PATH) return;
  const segments = parsePath(path);
  if (!segments) return;
  let current: unknown = input;
  for (const segment of segments.slice(0, -1)) {
    expect(typeof current === 'object' && current !== null, `${path} goes through a value`).toBe(
      true,
    );
    expect(Object.hasOwn(current as object, segment), `${path}: no ${String(segment)}`).toBe(true);
    current = (current as Record<Segment, unknown>)[segment];
  }
}

function expectWellFormed(result: ParseContentResult, input: unknown): void {
  if (result.ok) {
    expect(result.content).toBeTypeOf('object');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path).toBeTypeOf('string');
    expect(problem.path.length).toBeGreaterThan(0);
    expect(problem.message).toBeTypeOf('string');
    expect(problem.message.length).toBeGreaterThan(0);
    if (problem.nodeId !== undefined) expect(isSafeId(problem.nodeId)).toBe(true);
    expectPathIntoInput(input, problem.path);
  }
}

/** Parses without throwing, or fails the property with what was thrown. */
function parseSafely(input: unknown): ParseContentResult {
  let result: ParseContentResult | undefined;
  expect(() => {
    result = parseContent(input);
  }).not.toThrow();
  if (!result) throw new Error('unreachable');
  return result;
}

// ---------------------------------------------------------------- mutations of the built-in content

const copyOfBuiltIn = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(builtInContent)) as Record<string, unknown>;

/** Every path into the built-in content, containers and leaves. */
function allPaths(value: unknown, prefix: Segment[] = []): Segment[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) {
    return [...here, ...value.flatMap((item, i) => allPaths(item, [...prefix, i]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => allPaths(item, [...prefix, key])),
    ];
  }
  return here;
}
const PRISTINE = copyOfBuiltIn();
const PATHS = allPaths(PRISTINE);

function containerAt(root: unknown, path: readonly Segment[]): JsonContainer | undefined {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return typeof current === 'object' && current !== null ? (current as JsonContainer) : undefined;
}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const REPLACEMENTS: unknown[] = [
  0,
  -1,
  1.5,
  Number.MAX_VALUE,
  '',
  'x',
  '<img src=x onerror=alert(1)>',
  '"] --> X[pwn',
  true,
  false,
  null,
  [],
  [1, 'two', null],
  {},
  JSON.parse('{"__proto__":{"polluted":1}}'),
];

type Mutation =
  | { kind: 'delete'; path: Segment[] }
  | { kind: 'retype'; path: Segment[]; value: unknown }
  | { kind: 'cycle'; path: Segment[]; depth: number }
  | { kind: 'proto-key'; path: Segment[] }
  | { kind: 'throwing-getter'; path: Segment[] };

const pathArb = fc.constantFrom(...PATHS);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), path: pathArb }),
  fc.record({
    kind: fc.constant('retype' as const),
    path: pathArb,
    value: fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ kind: fc.constant('cycle' as const), path: pathArb, depth: fc.nat() }),
  fc.record({ kind: fc.constant('proto-key' as const), path: pathArb }),
  fc.record({ kind: fc.constant('throwing-getter' as const), path: pathArb }),
);

/** Applies a mutation in place; returns false when it does not apply to that path. */
function mutate(root: Record<string, unknown>, mutation: Mutation): boolean {
  const parentPath = mutation.path.slice(0, -1);
  const key = mutation.path[mutation.path.length - 1];
  const parent = containerAt(root, parentPath);
  if (!parent || key === undefined || !Object.hasOwn(parent, key)) return false;
  const record = parent as Record<Segment, unknown>;
  switch (mutation.kind) {
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else Reflect.deleteProperty(parent, key);
      return true;
    case 'retype':
      record[key] = mutation.value;
      return true;
    case 'cycle': {
      // Points the value back at one of its ancestors (the root included).
      const ancestor = containerAt(
        root,
        parentPath.slice(0, mutation.depth % (parentPath.length + 1)),
      );
      record[key] = ancestor ?? root;
      return true;
    }
    case 'proto-key': {
      const target = containerAt(root, mutation.path);
      if (!target || Array.isArray(target)) return false;
      Object.defineProperty(target, '__proto__', {
        value: { polluted: 1 },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return true;
    }
    case 'throwing-getter':
      Object.defineProperty(parent, key, {
        enumerable: true,
        configurable: true,
        get() {
          throw new Error('getter says no');
        },
      });
      return true;
  }
}

/** The mutated path and a problem's path are on one line: one contains the other. */
function related(problemPath: string, mutated: Segment[]): boolean {
  const problem = parsePath(problemPath);
  if (!problem) return true;
  const length = Math.min(problem.length, mutated.length);
  for (let i = 0; i < length; i += 1) if (problem[i] !== mutated[i]) return false;
  return problem.length > 0;
}

// ---------------------------------------------------------------- properties

describe('parseContent on arbitrary input', () => {
  it('the built-in content passes (the properties below start from valid content)', () => {
    expect(parseContent(copyOfBuiltIn()).ok).toBe(true);
  });

  it('never throws for any JavaScript value, and answers with paths into it', () => {
    const anything = fc.anything({
      maxDepth: 4,
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        const result = parseSafely(input);
        expect(result.ok).toBe(false);
        expectWellFormed(result, input);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it('never throws for any JSON text parsed as a content file would be', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const input: unknown = JSON.parse(text);
        const result = parseSafely(input);
        expectWellFormed(result, input);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it('never throws for the built-in content with keys deleted, types changed, cycles or throwing getters', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = copyOfBuiltIn();
        const applied = mutations.filter((mutation) => mutate(input, mutation));
        fc.pre(applied.length > 0);
        const result = parseSafely(input);
        const readable = !applied.some((mutation) => mutation.kind === 'throwing-getter');
        if (readable) expectWellFormed(result, input);
        else if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        expectPrototypesUntouched();
      }),
      params(200),
    );
  });

  it('a value of the wrong type is reported at its path (or at the object that holds it)', () => {
    const retype = fc.tuple(pathArb, fc.constantFrom(...REPLACEMENTS)).filter(([path, value]) => {
      const parent = containerAt(PRISTINE, path.slice(0, -1)) as Record<Segment, unknown>;
      const key = path[path.length - 1];
      return key !== undefined && kindOf(parent[key]) !== kindOf(value);
    });
    fc.assert(
      fc.property(retype, ([path, value]) => {
        const input = copyOfBuiltIn();
        expect(mutate(input, { kind: 'retype', path, value })).toBe(true);
        const result = parseSafely(input);
        expect(result.ok, `${formatPath(path)} = ${JSON.stringify(value)} passed`).toBe(false);
        if (result.ok) return;
        expectWellFormed(result, input);
        const paths = result.problems.map((problem) => problem.path);
        expect(
          paths.some((problemPath) => related(problemPath, path)),
          `${formatPath(path)} not among ${paths.join(', ')}`,
        ).toBe(true);
      }),
      params(200),
    );
  });

  it('a tree whose answers are rewired says so by path, or is still a valid tree', () => {
    const trees = builtInContent.trees;
    const rewire = fc.record({
      tree: fc.nat({ max: trees.length - 1 }),
      node: fc.nat(),
      answer: fc.nat(),
      target: fc.nat(),
    });
    fc.assert(
      fc.property(rewire, ({ tree, node, answer, target }) => {
        const input = copyOfBuiltIn();
        const nodes = (input.trees as { nodes: Record<string, unknown>[] }[])[tree]?.nodes ?? [];
        const questions = nodes.filter((candidate) => candidate.kind === 'question');
        const question = questions[node % questions.length] as
          { answers: { next: string }[] } | undefined;
        const edge = question?.answers[answer % question.answers.length];
        const to = nodes[target % nodes.length]?.id;
        fc.pre(edge !== undefined && typeof to === 'string');
        edge.next = to;
        const result = parseSafely(input);
        expectWellFormed(result, input);
        if (!result.ok) {
          expect(result.problems.every((problem) => problem.path.startsWith('trees['))).toBe(true);
        }
      }),
      params(200),
    );
  });
});
