import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtInContent } from '../../content';
import { enumeratePaths } from '../tree-graph';
import { readRuntime, type ExplainContent } from '../explain';
import type { DecisionTree } from '../tree';
import { analysePlan, consolidate } from './analysis';
import type { PlanWorkload } from './plan';

const content = builtInContent as unknown as ExplainContent & { trees: DecisionTree[] };
const trees = content.trees;
const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_251_204;
const paths = trees.flatMap((tree) =>
  enumeratePaths(tree).map((path) => ({
    treeId: tree.id,
    answers: path.answers,
    runtime: path.outcome.runtime,
  })),
);
const full = (answers: Record<string, string>, name: string): PlanWorkload => ({
  name,
  treeId: 'full',
  answers,
});

describe('analysePlan', () => {
  it('lists each workload with its runtime and needs, and the runtimes in content order', () => {
    const plan = [
      full(
        { existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'no', vm_boundary: 'no' },
        'tenant',
      ),
      full({ existing_images: 'yes', oci_strong_isolation: 'no' }, 'api'),
      full({ existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'yes' }, 'inference'),
      { name: 'broken', treeId: 'full', answers: { existing_images: 'maybe' } },
    ];
    const analysis = analysePlan(content, trees, plan);
    expect(analysis.rows.map((row) => [row.index, row.runtime, row.gpu])).toEqual([
      [0, 'gvisor', false],
      [1, 'runc', false],
      [2, 'kata', true],
    ]);
    const order = content.runtimes.map((runtime) => runtime.id);
    const used = analysis.runtimes.map((use) => use.runtime);
    expect(used).toEqual([...used].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(analysis.runtimes.find((use) => use.runtime === 'kata')?.workloads).toEqual([2]);
  });
});

describe('consolidate', () => {
  const planArb = fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 8 }).map((list) =>
    list.map((path, i): PlanWorkload => ({
      name: `w${i}`,
      treeId: path.treeId,
      answers: path.answers,
    })),
  );

  it('never proposes a move that breaks a stated need, and no smaller set keeps them all', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const analysis = analysePlan(content, trees, plan);
        const result = consolidate(content, analysis);
        const allowed = (index: number, runtime: string) => {
          const row = analysis.rows.find((candidate) => candidate.index === index);
          if (!row) return false;
          return (
            row.runtime === runtime ||
            row.needs.every((need) => readRuntime(content, need, runtime).meets === true)
          );
        };
        const fits = (set: string[]) =>
          analysis.rows.every((row) => set.some((runtime) => allowed(row.index, runtime)));
        const ids = content.runtimes.map((runtime) => runtime.id);
        const smallest = (() => {
          for (let size = 1; size <= ids.length; size += 1) {
            for (let mask = 0; mask < 1 << ids.length; mask += 1) {
              const set = ids.filter((_, i) => (mask & (1 << i)) !== 0);
              if (set.length === size && fits(set)) return size;
            }
          }
          return ids.length;
        })();
        if (result.proposal) {
          expect(result.proposal.runtimes.length).toBe(smallest);
          expect(result.proposal.runtimes.length).toBeLessThan(result.current.length);
          for (const move of result.proposal.moves) {
            expect(move.breaks).toEqual([]);
            expect(allowed(move.index, move.to)).toBe(true);
            expect(result.proposal.runtimes).toContain(move.to);
          }
        } else {
          expect(smallest).toBe(result.current.length);
        }
        if (result.beyond) {
          expect(result.beyond.moves.some((move) => move.breaks.length > 0)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('says what a moved workload gives up, by the guide’s feature table', () => {
    const plan = [
      full(
        { existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'no', vm_boundary: 'no' },
        'tenant',
      ),
      full({ existing_images: 'yes', oci_strong_isolation: 'no' }, 'api'),
    ];
    const result = consolidate(content, analysePlan(content, trees, plan));
    // Both state that they run existing images (gVisor runs most, by the published row) and
    // "tenant" strong isolation (runc: "medium"): gVisor meets both, so "api" moves to it.
    expect(result.current).toEqual(['runc', 'gvisor']);
    expect(result.proposal?.runtimes).toEqual(['gvisor']);
    expect(result.proposal?.moves.map((move) => [move.index, move.from, move.to])).toEqual([
      [1, 'runc', 'gvisor'],
    ]);
    for (const move of result.proposal?.moves ?? []) {
      expect(move.breaks).toEqual([]);
      expect(move.givesUp.length).toBeGreaterThan(0);
      for (const given of move.givesUp) expect(given.from).not.toEqual(given.to);
    }
    // One runtime fewer is impossible here; nothing beyond the proposal is offered.
    expect(result.beyond).toBeUndefined();
  });
});
