import { describe, expect, it } from 'vitest';
import { enumeratePaths, maxQuestionsFrom, resolvePath } from './engine';
import type { DecisionTree, Localized } from './tree';

const l = (en: string): Localized => ({ en, zh: en });
const yesNo = (yes: string, no: string) => [
  { id: 'yes', label: l('Yes'), next: yes },
  { id: 'no', label: l('No'), next: no },
];
const question = (id: string, yes: string, no: string) => ({
  kind: 'question' as const,
  id,
  text: l(id),
  help: l(id),
  answers: yesNo(yes, no),
});
const outcome = (id: string) => ({
  kind: 'outcome' as const,
  id,
  runtime: id,
  label: l(id),
  scenario: l(id),
});

/** The guide's tree, as the guide draws it (a fixture independent of the content files). */
const guide: DecisionTree = {
  id: 'guide',
  root: 'resource_constrained',
  nodes: [
    question('resource_constrained', 'strong_isolation', 'fast_startup'),
    question('strong_isolation', 'wasmedge', 'runc'),
    question('fast_startup', 'wasmedge', 'gpu'),
    question('gpu', 'wasmedge', 'runc'),
    outcome('wasmedge'),
    outcome('runc'),
  ],
};

describe('resolvePath', () => {
  it('starts at the root with no answers', () => {
    const result = resolvePath(guide, {});
    expect(result.current?.id).toBe('resource_constrained');
    expect(result.outcome).toBeUndefined();
    expect(result.steps).toEqual([]);
    expect(result.maxRemaining).toBe(3);
  });

  it.each([
    [{ resource_constrained: 'yes', strong_isolation: 'yes' }, 'wasmedge'],
    [{ resource_constrained: 'yes', strong_isolation: 'no' }, 'runc'],
    [{ resource_constrained: 'no', fast_startup: 'yes' }, 'wasmedge'],
    [{ resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' }, 'wasmedge'],
    [{ resource_constrained: 'no', fast_startup: 'no', gpu: 'no' }, 'runc'],
  ])('follows the path %o to %s', (answers, expected) => {
    const result = resolvePath(guide, answers);
    expect(result.outcome?.runtime).toBe(expected);
    expect(result.current).toBeUndefined();
    expect(result.dropped).toEqual([]);
    expect(result.answers).toEqual(answers);
    expect(result.maxRemaining).toBe(0);
  });

  it('counts the longest remaining chain for progress', () => {
    expect(resolvePath(guide, { resource_constrained: 'yes' }).maxRemaining).toBe(1);
    expect(resolvePath(guide, { resource_constrained: 'no' }).maxRemaining).toBe(2);
  });

  it('drops an invalid answer and resumes at that question', () => {
    const result = resolvePath(guide, { resource_constrained: 'no', fast_startup: 'maybe' });
    expect(result.current?.id).toBe('fast_startup');
    expect(result.dropped).toEqual([
      { questionId: 'fast_startup', value: 'maybe', reason: 'invalid-answer' },
    ]);
    expect(result.answers).toEqual({ resource_constrained: 'no' });
  });

  it('drops answers to questions off the path, and names unknown questions', () => {
    const result = resolvePath(guide, {
      resource_constrained: 'yes',
      strong_isolation: 'no',
      gpu: 'yes',
      colour: 'blue',
    });
    expect(result.outcome?.id).toBe('runc');
    expect(result.dropped).toEqual([
      { questionId: 'gpu', value: 'yes', reason: 'off-path' },
      { questionId: 'colour', value: 'blue', reason: 'unknown-question' },
    ]);
  });

  it('ignores answers after an invalid one rather than guessing', () => {
    const result = resolvePath(guide, { resource_constrained: 'perhaps', strong_isolation: 'yes' });
    expect(result.current?.id).toBe('resource_constrained');
    expect(result.outcome).toBeUndefined();
    expect(result.dropped.map((entry) => entry.reason)).toEqual(['invalid-answer', 'off-path']);
  });

  it('treats __proto__ and other inherited names as ordinary, unknown keys', () => {
    const answers = JSON.parse('{"__proto__": "yes", "constructor": "no"}') as Record<
      string,
      string
    >;
    const result = resolvePath(guide, answers);
    expect(result.current?.id).toBe('resource_constrained');
    expect(result.dropped.map((entry) => entry.questionId).sort()).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(({} as Record<string, unknown>).yes).toBeUndefined();
  });

  it('never throws on a broken tree: cycle, dangling edge, missing root', () => {
    const cyclic: DecisionTree = {
      id: 'c',
      root: 'a',
      nodes: [question('a', 'b', 'b'), question('b', 'a', 'a')],
    };
    const cycled = resolvePath(cyclic, { a: 'yes', b: 'yes' });
    expect(cycled.broken).toBe(true);
    expect(cycled.outcome).toBeUndefined();
    expect(maxQuestionsFrom(cyclic, 'a')).toBe(2);

    const dangling: DecisionTree = { id: 'd', root: 'a', nodes: [question('a', 'nowhere', 'x')] };
    const lost = resolvePath(dangling, { a: 'yes' });
    expect(lost.broken).toBe(true);
    expect(lost.current).toBeUndefined();
    expect(lost.outcome).toBeUndefined();

    const rootless: DecisionTree = { id: 'r', root: 'missing', nodes: [] };
    expect(resolvePath(rootless, {}).broken).toBe(true);
  });
});

describe('enumeratePaths', () => {
  it('lists the guide tree’s five paths', () => {
    const paths = enumeratePaths(guide);
    expect(paths.map((path) => [path.answers, path.outcome.id])).toEqual([
      [{ resource_constrained: 'yes', strong_isolation: 'yes' }, 'wasmedge'],
      [{ resource_constrained: 'yes', strong_isolation: 'no' }, 'runc'],
      [{ resource_constrained: 'no', fast_startup: 'yes' }, 'wasmedge'],
      [{ resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' }, 'wasmedge'],
      [{ resource_constrained: 'no', fast_startup: 'no', gpu: 'no' }, 'runc'],
    ]);
  });
});
