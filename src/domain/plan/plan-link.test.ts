import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullTree, guideTree } from '../../content/guide/trees';
import { resolvePath } from '../engine';
import { enumeratePaths } from '../tree-graph';
import { parseSearchString, stringifySearch, MAX_SEARCH_LENGTH } from '../share-state';
import type { DecisionTree } from '../tree';
import { decodePlan, encodePlan, PLAN_KEY } from './plan-link';
import {
  cleanName,
  duplicateWorkload,
  MAX_NAME_BYTES,
  MAX_NAME_CHARS,
  MAX_WORKLOADS,
  moveWorkload,
  removeWorkload,
  updateWorkload,
  type PlanWorkload,
} from './plan';

const trees = [guideTree, fullTree] as DecisionTree[];
const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_251_204;

const paths = trees.flatMap((tree) =>
  enumeratePaths(tree).map((path) => ({ treeId: tree.id, answers: path.answers })),
);

/** The search string the router writes for a plan, and what it reads back. */
function roundTrip(plan: PlanWorkload[], extra: Record<string, string> = {}) {
  const search = stringifySearch({ [PLAN_KEY]: encodePlan(plan), ...extra });
  const raw = parseSearchString(search);
  return { search, decoded: decodePlan(raw[PLAN_KEY], trees, 'en') };
}

const nameArb = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '.',
      '-',
      '_',
      '中',
      '文',
      'é',
      '😀',
      '/',
      '&',
      '=',
      '%',
      '#',
      '*',
      '"',
    ),
    minLength: 1,
    maxLength: 60,
  })
  .map(cleanName)
  .filter((name) => name.length > 0);

const workloadArb = fc
  .record({ path: fc.constantFrom(...paths), name: nameArb })
  .map(({ path, name }): PlanWorkload => ({ name, treeId: path.treeId, answers: path.answers }));

describe('plan links', () => {
  it('restore any plan exactly, in order, with any names', () => {
    fc.assert(
      fc.property(fc.array(workloadArb, { maxLength: MAX_WORKLOADS }), (plan) => {
        const { decoded } = roundTrip(plan);
        expect(decoded.notices).toEqual([]);
        expect(decoded.workloads).toEqual(plan);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('fit 20 workloads with the longest names (in Chinese) and the longest paths in 4,096 characters', () => {
    const longest = paths.reduce((a, b) =>
      Object.keys(b.answers).length > Object.keys(a.answers).length ? b : a,
    );
    const chinese = '平台工作负载名称'.repeat(10);
    const plan: PlanWorkload[] = Array.from({ length: MAX_WORKLOADS }, () => ({
      name: cleanName(chinese),
      treeId: longest.treeId,
      answers: longest.answers,
    }));
    expect(plan[0]?.name.length).toBe(MAX_NAME_CHARS);
    const { search, decoded } = roundTrip(plan, { lang: 'zh', embed: '1', theme: 'light' });
    expect(search.length - 1).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
    expect(decoded.workloads).toEqual(plan);
  });

  it('cap names by characters and by bytes', () => {
    expect(cleanName('x'.repeat(100))).toHaveLength(MAX_NAME_CHARS);
    const emoji = cleanName('😀'.repeat(40));
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(cleanName(' two\nlines\u0000 ')).toBe('two lines');
  });

  it('drop only what is invalid in a damaged link, and say what', () => {
    const good =
      encodePlan([
        {
          name: 'api',
          treeId: 'guide',
          answers: { resource_constrained: 'yes', strong_isolation: 'no' },
        },
      ])[0] ?? '';
    const decoded = decodePlan(
      [
        good,
        'nonsense',
        'nope.yes-no.edge',
        'guide.yes.half-walked',
        'guide.yes-maybe.bad-answer',
        'guide.no-no-no.*%%%',
        'guide.no-yes.__proto__',
      ],
      trees,
      'en',
    );
    const runcLabel = resolvePath(guideTree, {
      resource_constrained: 'no',
      fast_startup: 'no',
      gpu: 'no',
    }).outcome?.label.en;
    expect(runcLabel).toBeDefined();
    expect(decoded.workloads.map((workload) => workload.name)).toEqual([
      'api',
      runcLabel,
      '__proto__',
    ]);
    expect(decoded.notices.map((notice) => notice.kind)).toEqual([
      'unreadable',
      'unknown-tree',
      'answers',
      'answers',
      'name',
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('keep at most 20 workloads and say how many it left out', () => {
    const plan = Array.from({ length: 23 }, (_, i): PlanWorkload => ({
      name: `w${i}`,
      treeId: 'guide',
      answers: { resource_constrained: 'no', fast_startup: 'yes' },
    }));
    const values = plan.map((workload) => encodePlan([workload])[0] ?? '');
    const decoded = decodePlan(values, trees, 'en');
    expect(decoded.workloads).toHaveLength(MAX_WORKLOADS);
    expect(decoded.notices).toEqual([{ kind: 'too-many', dropped: 3 }]);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }), (values) => {
        const decoded = decodePlan(values, trees, 'zh');
        expect(decoded.workloads.length).toBeLessThanOrEqual(MAX_WORKLOADS);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('plan editing', () => {
  const plan: PlanWorkload[] = ['a', 'b', 'c'].map((name) => ({
    name,
    treeId: 'guide',
    answers: { resource_constrained: 'no', fast_startup: 'yes' },
  }));
  const names = (list: PlanWorkload[]) => list.map((workload) => workload.name);

  it('reorders, duplicates, removes and renames', () => {
    expect(names(moveWorkload(plan, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(names(moveWorkload(plan, 2, -5))).toEqual(['c', 'a', 'b']);
    expect(names(duplicateWorkload(plan, 1))).toEqual(['a', 'b', 'b (2)', 'c']);
    expect(names(duplicateWorkload(duplicateWorkload(plan, 1), 1))).toEqual([
      'a',
      'b',
      'b (3)',
      'b (2)',
      'c',
    ]);
    expect(names(removeWorkload(plan, 0))).toEqual(['b', 'c']);
    expect(names(updateWorkload(plan, 2, { name: '  new\nname ' }))).toEqual([
      'a',
      'b',
      'new name',
    ]);
    expect(names(updateWorkload(plan, 2, { name: '   ' }))).toEqual(['a', 'b', 'c']);
  });
});
