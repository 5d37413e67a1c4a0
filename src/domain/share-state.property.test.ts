// Property tests of the share-link decoder over the shipped trees. A share link is untrusted
// input: whatever string arrives, decoding must not throw, must finish quickly, must land on a
// state the tree really allows, and must leave the global prototypes alone.
//
// Runs are reproducible: the seed is fixed (FC_SEED overrides it) and fast-check prints the seed
// and the counterexample's path when a property fails, so `FC_SEED=<seed> npx vitest run <file>`
// replays the failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../content';
import { resolvePath } from './engine';
import { enumeratePaths } from './tree-graph';
import {
  decodeShareState,
  encodeShareState,
  parseSearchString,
  stringifySearch,
  type DecodedShareState,
} from './share-state';
import { isSafeId, type DecisionTree, type QuestionNode } from './tree';

const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_251_101;
const RUNS = 300;
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

const trees: readonly DecisionTree[] = builtInContent.trees;
const DEFAULT_TREE = builtInContent.defaultTree;

function decode(search: string): DecodedShareState {
  return decodeShareState(parseSearchString(search), trees, DEFAULT_TREE);
}

/**
 * A correctness bound, not a benchmark: decoding is linear in a capped input, so anything near
 * this figure means an accidental blow-up. A timing can be inflated by a GC pause or a busy
 * machine, so a slow run is re-measured and the fastest of three counts.
 */
const DECODE_BOUND_MS = 50;

function timedDecode(search: string): { state: DecodedShareState; ms: number } {
  let best = Number.POSITIVE_INFINITY;
  let state: DecodedShareState | undefined;
  for (let attempt = 0; attempt < 3 && best >= DECODE_BOUND_MS; attempt += 1) {
    const start = performance.now();
    state = decode(search);
    best = Math.min(best, performance.now() - start);
  }
  if (!state) throw new Error('unreachable: decode ran at least once');
  return { state, ms: best };
}

// ---------------------------------------------------------------- prototypes

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshotOf = (proto: object) =>
  new Map<PropertyKey, unknown>(
    Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)?.value]),
  );
const pristine = PROTOTYPES.map(snapshotOf);

function expectPrototypesUntouched(): void {
  PROTOTYPES.forEach((proto, i) => {
    expect(snapshotOf(proto)).toEqual(pristine[i]);
  });
  const probe = {} as Record<string, unknown>;
  for (const name of ['x', 'y', 'z', 'w', 'polluted']) expect(probe[name]).toBeUndefined();
}

// ---------------------------------------------------------------- the trees, walked here

const questionsOf = (tree: DecisionTree) =>
  tree.nodes.filter((node): node is QuestionNode => node.kind === 'question');
const QUESTION_IDS = [...new Set(trees.flatMap((tree) => questionsOf(tree).map((q) => q.id)))];
const ANSWER_IDS = [
  ...new Set(trees.flatMap((tree) => questionsOf(tree).flatMap((q) => q.answers.map((a) => a.id)))),
];
const TREE_IDS = trees.map((tree) => tree.id);

interface ValidState {
  tree: DecisionTree;
  answers: Record<string, string>;
  passthrough: Record<string, string>;
  /** Where the walk stands: the outcome reached, or the question being asked. */
  stop: { outcome: string } | { current: string };
}

/** Follows `choices` from the root along real edges, written independently of the engine. */
function walk(
  tree: DecisionTree,
  choices: readonly number[],
): Pick<ValidState, 'answers' | 'stop'> {
  const answers: Record<string, string> = {};
  let node = tree.nodes.find((candidate) => candidate.id === tree.root);
  for (const choice of choices) {
    if (node?.kind !== 'question') break;
    const answer = node.answers[choice % node.answers.length];
    if (!answer) break;
    answers[node.id] = answer.id;
    const nextId = answer.next;
    node = tree.nodes.find((candidate) => candidate.id === nextId);
  }
  if (!node) throw new Error(`tree ${tree.id} has a dangling edge`);
  return {
    answers,
    stop: node.kind === 'outcome' ? { outcome: node.id } : { current: node.id },
  };
}

const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const validState: fc.Arbitrary<ValidState> = fc
  .record({
    tree: fc.constantFrom(...trees),
    choices: fc.array(fc.nat(), { maxLength: 12 }),
    lang: option(fc.constantFrom('en', 'zh')),
    embed: option(fc.constant('1')),
    theme: option(fc.constantFrom('light', 'dark', 'auto')),
    target: option(fc.stringMatching(/^[A-Za-z0-9_-]{1,48}$/)),
  })
  .map(({ tree, choices, ...maybe }) => {
    const passthrough: Record<string, string> = {};
    for (const [key, value] of Object.entries(maybe))
      if (value !== undefined) passthrough[key] = value;
    return { tree, passthrough, ...walk(tree, choices) };
  });

function searchOf(state: ValidState): string {
  return stringifySearch(encodeShareState(state.tree.id, state.answers, state.passthrough));
}

function expectDecodedAs(decoded: DecodedShareState, state: ValidState): void {
  expect(decoded.tree.id).toBe(state.tree.id);
  // Same answers, in the same (path) order.
  expect(Object.entries(decoded.resolution.answers)).toEqual(Object.entries(state.answers));
  if ('outcome' in state.stop) {
    expect(decoded.resolution.outcome?.id).toBe(state.stop.outcome);
    expect(decoded.resolution.current).toBeUndefined();
  } else {
    expect(decoded.resolution.current?.id).toBe(state.stop.current);
    expect(decoded.resolution.outcome).toBeUndefined();
  }
}

// ---------------------------------------------------------------- hostile input

function isWellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** encodeURIComponent throws on lone surrogates; those strings then go in raw. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[x]',
  '__proto__[polluted]',
  'constructor[prototype][y]',
  '__proto__.z',
  'constructor.prototype.w',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '_oversize',
  'tree',
  'lang',
  'embed',
  'theme',
  'target',
  'gpu[]',
  'gpu[0]',
  'gpu[gpu]',
  ...QUESTION_IDS,
];

const JSON_LOOKING = [
  '1e309',
  '-1e309',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '{"__proto__":{}}',
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"y":1}}}',
  '["yes","no"]',
  '[1,2]',
  '{}',
  '[]',
  '""',
];

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '"] --> X[pwn',
  '%%{init: {"securityLevel":"loose"}}%%',
];

const URL_JUNK = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%FF',
  '%ED%A0%80',
  '%F4%90%80%80',
  '+',
  '&',
  '&&',
  '=',
  '==',
  '?',
  '#',
  '[',
  ']',
  '%5B',
  '%5D',
  '%26',
  '%3D',
  ';',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Every UTF-16 code unit, lone surrogates included.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
);

const keyArb = fc.oneof(
  fc.constantFrom(...NASTY_KEYS),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
  anyText,
);

const valueArb = fc.oneof(
  fc.constantFrom(...ANSWER_IDS, ...TREE_IDS, ...JSON_LOOKING, ...MARKUP, 'en', 'zh', '1'),
  fc.json({ maxDepth: 2 }),
  anyText,
);

const encodingArb = fc.constantFrom<(text: string) => string>(
  (text) => text,
  encodeLoosely,
  (text) => encodeLoosely(encodeLoosely(text)),
  (text) => text.replaceAll(' ', '+'),
);

const pairArb = fc
  .tuple(keyArb, valueArb, encodingArb, fc.boolean())
  .map(([key, value, encode, bare]) => (bare ? encode(key) : `${encode(key)}=${encode(value)}`));

const structuredSearch = fc
  .tuple(
    fc.constantFrom('', '?', '??', '#/wizard?'),
    fc.array(pairArb, { maxLength: 40 }),
    fc.constantFrom('&', '&&', ';', '&amp;'),
  )
  .map(([prefix, pairs, separator]) => prefix + pairs.join(separator));

const junkSearch = fc
  .array(fc.oneof(fc.constantFrom(...URL_JUNK, ...NASTY_KEYS), anyText), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Huge links, from just over the cap to half a million characters. */
const hugeSearch = fc
  .tuple(pairArb, fc.integer({ min: 1, max: 60_000 }), fc.constantFrom('&', ''))
  .map(([pair, times, separator]) => `${pair}${separator}`.repeat(times));

/** Links just under the cap, packed with parameters. */
const packedSearch = fc
  .array(pairArb, { minLength: 100, maxLength: 600 })
  .map((pairs) => pairs.join('&').slice(0, 4000));

const anySearch = fc.oneof(
  fc.string({ unit: 'binary' }),
  structuredSearch,
  junkSearch,
  hugeSearch,
  packedSearch,
  fc.webQueryParameters(),
);

// ---------------------------------------------------------------- properties

describe('decoding any string', () => {
  it('never throws, stays within the bound and lands on a state the tree allows', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { state, ms } = timedDecode(search);
        expect(ms).toBeLessThan(DECODE_BOUND_MS);

        expect(trees).toContain(state.tree);
        // The answers kept are exactly a walk along the tree: replaying them drops nothing.
        const replay = resolvePath(state.tree, state.resolution.answers);
        expect(replay.dropped).toEqual([]);
        expect(replay.outcome?.id).toBe(state.resolution.outcome?.id);
        expect(replay.current?.id).toBe(state.resolution.current?.id);

        // The canonical link is plain ids and short tokens, and is already canonical.
        for (const [key, value] of Object.entries(state.canonical)) {
          expect(isSafeId(key)).toBe(true);
          expect(value).toMatch(/^[A-Za-z0-9_-]{1,48}$/);
        }
        const again = decode(stringifySearch(state.canonical));
        expect(again.notices).toEqual([]);
        expect(again.needsRewrite).toBe(false);
        expect(again.canonical).toEqual(state.canonical);

        // Notices quote the input, but only a short, bounded piece of it.
        for (const notice of state.notices) {
          for (const field of Object.values(notice)) {
            if (typeof field === 'string') expect(field.length).toBeLessThanOrEqual(48);
          }
        }
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it('parses into a null-prototype record of strings keyed by ids', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const raw = parseSearchString(search);
        expect(Object.getPrototypeOf(raw)).toBeNull();
        for (const [key, value] of Object.entries(raw)) {
          expect(
            isSafeId(key) || key === '_oversize' || key === '_ignored' || key === '_toomany',
          ).toBe(true);
          const values: unknown[] = Array.isArray(value) ? value : [value];
          for (const item of values) expect(typeof item).toBe('string');
        }
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it('never touches Object.prototype through the classic pollution payloads', () => {
    const payloads = [
      '__proto__[x]=1&constructor[prototype][y]=1&__proto__.z=1&constructor.prototype.w=1',
      '__proto__=%7B%22polluted%22%3A1%7D&constructor=%7B%22prototype%22%3A%7B%22x%22%3A1%7D%7D',
      `tree=guide&__proto__=yes&resource_constrained=yes&constructor=no&prototype=x`,
    ];
    for (const payload of payloads) {
      const state = decode(payload);
      expect(state.tree.id).toBe(DEFAULT_TREE);
      expectPrototypesUntouched();
    }
  });
});

describe('valid states', () => {
  it('decode(encode(state)) is the state, for random walks of every shipped tree', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decode(searchOf(state));
        expectDecodedAs(decoded, state);
        expect(decoded.notices).toEqual([]);
        expect(decoded.needsRewrite).toBe(false);
        expect(decoded.canonical).toEqual(
          encodeShareState(state.tree.id, state.answers, state.passthrough),
        );
      }),
      params(),
    );
  });

  it('round-trips every prefix of every path of every shipped tree, in both languages', () => {
    let checked = 0;
    for (const tree of trees) {
      for (const path of enumeratePaths(tree)) {
        const entries = Object.entries(path.answers);
        for (let length = 0; length <= entries.length; length += 1) {
          const choicesFor = entries.slice(0, length).map(([questionId, answerId]) => {
            const question = questionsOf(tree).find((q) => q.id === questionId);
            return question?.answers.findIndex((a) => a.id === answerId) ?? -1;
          });
          for (const lang of ['en', 'zh']) {
            const state: ValidState = { tree, passthrough: { lang }, ...walk(tree, choicesFor) };
            expect(Object.entries(state.answers)).toEqual(entries.slice(0, length));
            const decoded = decode(searchOf(state));
            expectDecodedAs(decoded, state);
            expect(decoded.notices).toEqual([]);
            checked += 1;
          }
        }
      }
    }
    // Both shipped trees, all their paths: the guide alone has 5 paths of 2-3 answers.
    expect(checked).toBeGreaterThan(30);
  });
});

describe('the one rule for repeated, array and JSON-looking parameters', () => {
  const duplicateCase = fc.record({
    state: validState,
    pick: fc.nat(),
    position: fc.nat(),
    value: fc.oneof(
      fc.constant<string | null>(null), // the very same value again
      fc.constantFrom(...ANSWER_IDS, ...TREE_IDS, ...JSON_LOOKING, 'en', 'zh'),
      anyText,
    ),
  });

  it('a key given more than once loses all its values, as if it were absent', () => {
    fc.assert(
      fc.property(duplicateCase, ({ state, pick, position, value }) => {
        const entries = Object.entries(
          encodeShareState(state.tree.id, state.answers, state.passthrough),
        );
        const picked = entries[pick % entries.length];
        if (!picked) throw new Error('a canonical search always has its tree');
        const [key, original] = picked;
        const withDuplicate = [...entries];
        withDuplicate.splice(position % (entries.length + 1), 0, [key, value ?? original]);
        const withoutKey = entries.filter(([candidate]) => candidate !== key);

        const duplicated = decode(new URLSearchParams(withDuplicate).toString());
        const absent = decode(new URLSearchParams(withoutKey).toString());
        expect(duplicated.notices).toContainEqual({ kind: 'duplicate', key });
        expect(duplicated.canonical).toEqual(absent.canonical);
        expect(duplicated.resolution.answers).toEqual(absent.resolution.answers);
        expect(duplicated.needsRewrite).toBe(true);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it('array-style and dotted keys are not ids and change nothing', () => {
    const bracketed = fc.tuple(
      fc.constantFrom(...QUESTION_IDS, 'tree', 'lang', '__proto__', 'constructor'),
      fc.constantFrom('[]', '[0]', '[1]', '[yes]', '[prototype][x]', '.x', '.prototype.y'),
      fc.constantFrom(...ANSWER_IDS, ...TREE_IDS, '1'),
    );
    fc.assert(
      fc.property(validState, fc.array(bracketed, { maxLength: 5 }), (state, extras) => {
        const base = searchOf(state).slice(1);
        const noise = extras.map(
          ([key, suffix, value]) => `${encodeLoosely(key + suffix)}=${value}`,
        );
        const decoded = decode([base, ...noise].join('&'));
        expectDecodedAs(decoded, state);
        expect(decoded.notices).toEqual([]);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it('values stay strings: JSON-looking values are never parsed and are not answers', () => {
    const jsonLooking = fc
      .oneof(
        fc.constantFrom(...JSON_LOOKING),
        fc.json({ maxDepth: 2 }),
        fc.double().map(String),
        fc.bigInt().map(String),
      )
      .filter((value) => value.length <= 150 && isWellFormed(value));
    fc.assert(
      fc.property(
        fc.constantFrom(...QUESTION_IDS, 'tree', 'lang', 'theme'),
        jsonLooking,
        (key, value) => {
          const raw = parseSearchString(`${key}=${encodeLoosely(value)}`);
          expect(raw[key]).toBe(value);
          const state = decodeShareState(raw, trees, DEFAULT_TREE);
          if (!ANSWER_IDS.includes(value)) {
            expect(Object.values(state.resolution.answers)).not.toContain(value);
          }
          if (key === 'tree' && !TREE_IDS.includes(value)) {
            expect(state.tree.id).toBe(DEFAULT_TREE);
          }
          expectPrototypesUntouched();
        },
      ),
      params(),
    );
  });
});
