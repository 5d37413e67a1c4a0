import { describe, expect, it } from 'vitest';
import {
  decodeShareState,
  encodeShareState,
  MAX_SEARCH_LENGTH,
  NOTICES_PER_KIND,
  parseSearchString,
  stringifySearch,
  summariseNotices,
} from './share-state';
import { longestShareSearch } from './share-link-length';
import type { DecisionTree, Localized } from './tree';

const l = (en: string): Localized => ({ en, zh: en });
const q = (id: string, yes: string, no: string) => ({
  kind: 'question' as const,
  id,
  text: l(id),
  help: l(id),
  answers: [
    { id: 'yes', label: l('Yes'), next: yes },
    { id: 'no', label: l('No'), next: no },
  ],
});
const o = (id: string) => ({
  kind: 'outcome' as const,
  id,
  runtime: id,
  label: l(id),
  scenario: l(id),
});
const guide: DecisionTree = {
  id: 'guide',
  root: 'resource_constrained',
  nodes: [
    q('resource_constrained', 'strong_isolation', 'fast_startup'),
    q('strong_isolation', 'wasmedge', 'runc'),
    q('fast_startup', 'wasmedge', 'gpu'),
    q('gpu', 'wasmedge', 'runc'),
    o('wasmedge'),
    o('runc'),
  ],
};
const other: DecisionTree = { id: 'other', root: 'a', nodes: [q('a', 'x', 'y'), o('x'), o('y')] };
const decode = (search: string) =>
  decodeShareState(parseSearchString(search), [guide, other], 'guide');

describe('parseSearchString', () => {
  it('keeps every value a string: nothing is JSON-parsed', () => {
    expect({ ...parseSearchString('?gpu=1e309&fast_startup=true&x=null') }).toEqual({
      gpu: '1e309',
      fast_startup: 'true',
      x: 'null',
    });
  });

  it('collects repeated keys into an array', () => {
    expect({ ...parseSearchString('gpu=yes&gpu=no') }).toEqual({ gpu: ['yes', 'no'] });
  });

  it('skips keys that are not ids, so prototypes stay untouched', () => {
    const parsed = parseSearchString('__proto__=x&constructor=y&a%5Bb%5D=1&ok=1');
    expect(Object.keys(parsed)).toEqual(['constructor', 'ok', '_ignored']);
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('cuts an over-long search after its last whole parameter, with a marker', () => {
    const parsed = parseSearchString(`a=${'x'.repeat(MAX_SEARCH_LENGTH + 10)}`);
    expect(Object.keys(parsed)).toEqual(['_oversize']);
    const long = `tree=t&${Array.from({ length: 200 }, (_, i) => `q${String(i)}=${'y'.repeat(60)}`).join('&')}&lang=zh&embed=1`;
    const cut = parseSearchString(long);
    expect(cut._oversize).toBe(String(long.length));
    // The tree and the options after the cut are kept; answers up to the cut too.
    expect(cut.tree).toBe('t');
    expect(cut.lang).toBe('zh');
    expect(cut.embed).toBe('1');
    const answers = Object.keys(cut).filter((key) => /^q\d+$/.test(key));
    expect(answers.length).toBe(Math.floor((MAX_SEARCH_LENGTH - 'tree=t'.length) / 65));
    expect(answers.at(-1)).toBe(`q${String(answers.length - 1)}`);
  });
});

describe('longestShareSearch', () => {
  /** A ladder: each question's answers both lead to the next; ids at the schema's limit. */
  function ladder(questions: number, idLength: number): DecisionTree {
    const id = (i: number) => `q${String(i).padStart(idLength - 1, '0')}`;
    const nodes: DecisionTree['nodes'] = [];
    for (let i = 0; i < questions; i += 1) {
      const next = i + 1 < questions ? id(i + 1) : 'o_end';
      nodes.push({
        ...q(id(i), next, next),
        answers: [
          { id: 'a'.repeat(idLength), label: l('A'), next },
          { id: 'b'.repeat(idLength), label: l('B'), next },
        ],
      });
    }
    nodes.push(o('o_end'));
    return { id: 't'.repeat(idLength), root: id(0), nodes };
  }

  it('measures the longest link a tree can produce, as its own links are written', () => {
    const tree = ladder(3, 48);
    const answers = Object.fromEntries(
      tree.nodes.flatMap((node) => (node.kind === 'question' ? [[node.id, 'a'.repeat(48)]] : [])),
    );
    const longest = encodeShareState(tree.id, answers, {
      lang: 'en',
      embed: '1',
      theme: 'light',
      target: 'x'.repeat(48),
    });
    expect(longestShareSearch(tree)).toBe(stringifySearch(longest).length - 1);
  });

  it('finds that a 200-node tree with the longest ids outgrows the cap, in linear time', () => {
    // 199 questions on one path, each answer 1 + 48 + 1 + 48 characters.
    const tree = ladder(199, 48);
    const longest = longestShareSearch(tree);
    expect(longest).toBeGreaterThan(19_000);
    expect(longest).toBeGreaterThan(MAX_SEARCH_LENGTH);
    // The guide's own trees fit with room to spare.
    expect(longestShareSearch(guide)).toBeLessThan(MAX_SEARCH_LENGTH / 10);
  });
});

describe('summariseNotices', () => {
  it('shows the first few of each kind and sums up the rest with a few names', () => {
    const notices = Array.from({ length: 400 }, (_, i) => ({
      kind: 'dropped' as const,
      questionId: `k${String(i)}`,
      value: 'yes',
      reason: 'unknown-question' as const,
    }));
    const { shown, summaries } = summariseNotices([
      { kind: 'oversize', length: 9000, max: MAX_SEARCH_LENGTH },
      ...notices,
    ]);
    expect(shown).toHaveLength(1 + NOTICES_PER_KIND);
    expect(summaries).toEqual([
      {
        kind: 'dropped:unknown-question',
        count: 400 - NOTICES_PER_KIND,
        names: ['k3', 'k4', 'k5'],
      },
    ]);
  });

  it('leaves a short list as it is', () => {
    const notices = [{ kind: 'duplicate' as const, key: 'gpu' }];
    expect(summariseNotices(notices)).toEqual({ shown: notices, summaries: [] });
  });
});

describe('decodeShareState', () => {
  it('decodes a canonical link without notices or rewrite', () => {
    const state = decode('tree=guide&resource_constrained=yes&strong_isolation=no&lang=en');
    expect(state.resolution.outcome?.id).toBe('runc');
    expect(state.notices).toEqual([]);
    expect(state.needsRewrite).toBe(false);
    expect(stringifySearch(state.canonical)).toBe(
      '?tree=guide&resource_constrained=yes&strong_isolation=no&lang=en',
    );
  });

  it('defaults to the default tree and puts answers in path order', () => {
    const state = decode('lang=zh&strong_isolation=yes&resource_constrained=yes');
    expect(state.tree.id).toBe('guide');
    expect(stringifySearch(state.canonical)).toBe(
      '?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=zh',
    );
    expect(state.needsRewrite).toBe(true);
  });

  it('falls back from an unknown tree with a notice', () => {
    const state = decode('tree=nope&resource_constrained=yes');
    expect(state.tree.id).toBe('guide');
    expect(state.notices).toContainEqual({
      kind: 'unknown-tree',
      value: 'nope',
      fallback: 'guide',
    });
  });

  it('keeps a link to an unknown tree as it is when asked to (the site’s content is missing)', () => {
    const search = 'tree=acme_platform&customer_code=yes&lang=zh&embed=1';
    const state = decodeShareState(parseSearchString(search), [guide], 'guide', {
      keepUnknownTree: true,
    });
    expect(state.missingTree).toBe('acme_platform');
    expect(state.needsRewrite).toBe(false);
    expect(state.notices).toEqual([]);
    // Nothing is answered on the stand-in tree, so no result can be announced for it.
    expect(state.resolution.outcome).toBeUndefined();
    expect(state.resolution.answers).toEqual({});
    // A known tree is unaffected, and a tree id that is not an id still falls back.
    expect(
      decodeShareState(parseSearchString('tree=guide'), [guide], 'guide', { keepUnknownTree: true })
        .missingTree,
    ).toBeUndefined();
    expect(
      decodeShareState({ tree: 'not an id' }, [guide], 'guide', { keepUnknownTree: true }).tree.id,
    ).toBe('guide');
  });

  it('drops every value of a repeated key and resumes at that question', () => {
    const state = decode('tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&gpu=no');
    expect(state.resolution.current?.id).toBe('gpu');
    expect(state.notices).toEqual([{ kind: 'duplicate', key: 'gpu' }]);
    expect(state.canonical).toEqual({
      tree: 'guide',
      resource_constrained: 'no',
      fast_startup: 'no',
    });
  });

  it('drops values that are not ids, showing them clipped and as data', () => {
    const state = decode(
      `resource_constrained=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    expect(state.resolution.current?.id).toBe('resource_constrained');
    expect(state.notices).toEqual([
      { kind: 'not-an-id', key: 'resource_constrained', value: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('reports invalid and off-path answers and rewrites to the valid part', () => {
    const state = decode('resource_constrained=yes&strong_isolation=maybe&gpu=yes');
    expect(state.resolution.current?.id).toBe('strong_isolation');
    expect(state.notices).toEqual([
      { kind: 'dropped', questionId: 'strong_isolation', value: 'maybe', reason: 'invalid-answer' },
      { kind: 'dropped', questionId: 'gpu', value: 'yes', reason: 'off-path' },
    ]);
    expect(state.needsRewrite).toBe(true);
    expect(state.canonical).toEqual({ tree: 'guide', resource_constrained: 'yes' });
  });

  it('keeps passthrough parameters (language, embed) in the canonical link', () => {
    const state = decode('embed=1&theme=dark&lang=zh&tree=other&a=yes');
    expect(stringifySearch(state.canonical)).toBe('?tree=other&a=yes&lang=zh&embed=1&theme=dark');
  });

  it('rewrites a link whose skipped keys would otherwise stay in the address bar', () => {
    const state = decode('tree=guide&gpu%5B0%5D=yes&lang=en');
    expect(state.notices).toEqual([]);
    expect(state.needsRewrite).toBe(true);
    expect(stringifySearch(state.canonical)).toBe('?tree=guide&lang=en');
  });

  it('says the link was too long', () => {
    const state = decode(`a=${'x'.repeat(100_000)}`);
    expect(state.notices).toEqual([{ kind: 'oversize', length: 100_002, max: MAX_SEARCH_LENGTH }]);
    expect(state.resolution.current?.id).toBe('resource_constrained');
  });

  it('keeps the answers that fit in an over-long link, and never switches tree', () => {
    const other: DecisionTree = { ...guide, id: 'other' };
    const search = `tree=other&resource_constrained=no&fast_startup=no&pad=${'p'.repeat(MAX_SEARCH_LENGTH)}&lang=zh`;
    const state = decodeShareState(parseSearchString(search), [guide, other], 'guide');
    expect(state.tree.id).toBe('other');
    expect(state.resolution.answers).toEqual({ resource_constrained: 'no', fast_startup: 'no' });
    expect(state.resolution.current?.id).toBe('gpu');
    expect(state.canonical.lang).toBe('zh');
    expect(state.notices).toContainEqual({
      kind: 'oversize',
      length: search.length,
      max: MAX_SEARCH_LENGTH,
    });
  });

  it('round-trips every state it encodes', () => {
    const answers = { resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' };
    const search = stringifySearch(encodeShareState('guide', answers, { lang: 'en' }));
    const state = decode(search);
    expect(state.resolution.answers).toEqual(answers);
    expect(state.needsRewrite).toBe(false);
  });
});

describe('answers still ahead (Change keeps the later answers)', () => {
  it('keeps an answer to a question below the one being asked, without a notice', () => {
    const state = decode('tree=guide&fast_startup=no&gpu=yes&lang=en');
    expect(state.resolution.current?.id).toBe('resource_constrained');
    expect(state.pending).toEqual({ fast_startup: 'no', gpu: 'yes' });
    expect(state.notices).toEqual([]);
    expect(state.canonical).toEqual({ tree: 'guide', fast_startup: 'no', gpu: 'yes', lang: 'en' });
    expect(state.needsRewrite).toBe(false);
  });

  it('applies the kept answers where the path passes them and drops the rest with a notice', () => {
    const passes = decode('tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en');
    expect(passes.resolution.outcome?.id).toBe('wasmedge');
    expect(passes.notices).toEqual([]);
    const leaves = decode('tree=guide&resource_constrained=yes&fast_startup=no&gpu=yes&lang=en');
    expect(leaves.resolution.current?.id).toBe('strong_isolation');
    expect(leaves.pending).toEqual({});
    expect(leaves.notices.map((notice) => notice.kind === 'dropped' && notice.questionId)).toEqual([
      'fast_startup',
      'gpu',
    ]);
  });

  it('drops an answer that is not one of the later question’s answers', () => {
    const state = decode('tree=guide&gpu=maybe&lang=en');
    expect(state.pending).toEqual({});
    expect(state.notices).toHaveLength(1);
  });
});
