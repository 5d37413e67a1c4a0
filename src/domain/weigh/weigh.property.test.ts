// Properties of the score over generated tables (any number of runtimes, ranged and exact
// figures, ratings, a team's extra rows) and weights. Runs are reproducible: the seed is fixed
// (FC_SEED overrides it) and fast-check prints the seed and path of a failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  criterionValue,
  weighCriteria,
  type FeatureRowData,
  type PerformanceRowData,
  type QuantityData,
  type Support,
  type WeighContent,
} from './criteria';
import { flipPoints } from './flips';
import { MAX_WEIGHT, normaliseCriterion, weigh, type Weights } from './score';

const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_251_204;
const params = (numRuns = 300): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

const text = { en: 'x', zh: 'x' };
const support = fc.constantFrom<Support>('yes', 'partly', 'no');

const quantity: fc.Arbitrary<QuantityData> = fc.oneof(
  fc
    .tuple(
      fc.double({ min: 0.5, max: 1e5, noNaN: true }),
      fc.double({ min: 1, max: 50, noNaN: true }),
    )
    .map(([min, factor]) => ({ bound: 'range' as const, min, max: min * factor, display: text })),
  fc
    .double({ min: 0.5, max: 1e5, noNaN: true })
    .map((max) => ({ bound: 'lt' as const, max, display: text })),
  fc
    .double({ min: 0.5, max: 1e5, noNaN: true })
    .map((max) => ({ bound: 'approx' as const, max, display: text })),
);

interface RuntimeRow {
  performance: Omit<PerformanceRowData, 'runtime'>;
  cells: { start: number; ecosystem: Support; extra: number };
}

const runtimeRow: fc.Arbitrary<RuntimeRow> = fc.record({
  performance: fc.record({
    coldStartMs: quantity,
    memoryMb: quantity,
    isolationStars: fc.integer({ min: 1, max: 5 }),
    gpu: support,
    compatibility: support,
  }),
  cells: fc.record({
    start: fc.integer({ min: 0, max: 4 }),
    ecosystem: support,
    extra: fc.integer({ min: 0, max: 4 }),
  }),
});

/** Tables for 2-6 runtimes, with the guide's rows and one of a team's own. */
function tables(rows: readonly RuntimeRow[]): WeighContent {
  const ids = rows.map((_, i) => `r${i}`);
  const level = (step: number) => ({
    kind: 'level' as const,
    level: LEVELS[step] ?? 'medium',
    text,
  });
  const feature = (
    id: string,
    higherIsBetter: boolean,
    cell: (row: RuntimeRow) => FeatureRowData['values'][string],
  ): FeatureRowData => ({
    id,
    label: text,
    higherIsBetter,
    values: Object.fromEntries(rows.map((row, i) => [ids[i] ?? '', cell(row)])),
  });
  return {
    runtimes: ids.map((id) => ({ id, name: { en: id, zh: id } })),
    performance: rows.map((row, i) => ({ runtime: ids[i] ?? '', ...row.performance })),
    features: [
      feature('startup_speed', true, (row) => level(row.cells.start)),
      feature('resource_use', false, (row) => level(row.cells.start)),
      feature('isolation', true, (row) => level(row.cells.start)),
      feature('ecosystem', true, (row) => ({ kind: 'support', support: row.cells.ecosystem })),
      feature('team_row', false, (row) => level(row.cells.extra)),
    ],
    publishedFigures: [],
    criteria: [
      {
        id: 'a',
        questionId: 'a',
        answerId: 'yes',
        feature: 'startup_speed',
        acceptable: ['very_high'],
        performance: 'coldStartMs',
      },
      {
        id: 'b',
        questionId: 'b',
        answerId: 'yes',
        feature: 'resource_use',
        acceptable: ['low'],
        performance: 'memoryMb',
      },
      {
        id: 'c',
        questionId: 'c',
        answerId: 'yes',
        feature: 'isolation',
        acceptable: ['high'],
        performance: 'isolationStars',
      },
    ],
  };
}

const contentArb = fc.array(runtimeRow, { minLength: 2, maxLength: 6 }).map(tables);
/** The generated tables' criteria: five rows, and the two performance columns no row covers. */
const CRITERION_IDS = [
  'startup_speed',
  'resource_use',
  'isolation',
  'ecosystem',
  'team_row',
  'gpu_support',
  'compatibility_support',
];
const weightsArb: fc.Arbitrary<Weights> = fc
  .array(fc.integer({ min: 0, max: MAX_WEIGHT }), {
    minLength: CRITERION_IDS.length,
    maxLength: CRITERION_IDS.length,
  })
  .map((ws) => Object.fromEntries(CRITERION_IDS.map((id, i) => [id, ws[i] ?? 0])));
const sourceArb = fc.constantFrom('guide' as const, 'published' as const);

describe('weighing properties', () => {
  it('scores stay within 0-1, and each runtime’s uncertainty brackets its score', () => {
    fc.assert(
      fc.property(contentArb, weightsArb, sourceArb, (content, weights, source) => {
        for (const entry of weigh(content, weights, [], source).ranking) {
          expect(entry.score).toBeGreaterThanOrEqual(0);
          expect(entry.score).toBeLessThanOrEqual(1 + 1e-12);
          expect(entry.low).toBeLessThanOrEqual(entry.score + 1e-12);
          expect(entry.high).toBeGreaterThanOrEqual(entry.score - 1e-12);
          expect(entry.low).toBeGreaterThanOrEqual(0);
          expect(entry.high).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      params(),
    );
  });

  it('raising a criterion’s weight never lowers the runtime that is best on it', () => {
    fc.assert(
      fc.property(
        contentArb,
        weightsArb,
        fc.nat({ max: 6 }),
        fc.integer({ min: 1, max: MAX_WEIGHT }),
        (content, weights, pick, raise) => {
          const criteria = weighCriteria(content);
          const criterion = criteria[pick % criteria.length];
          if (!criterion) return;
          const before = weigh(content, weights, [], 'guide');
          const column = normaliseCriterion(
            criterion,
            content.runtimes.map((r) => criterionValue(content, criterion, r.id, 'guide')),
          );
          const bestScore = Math.max(...column.map((n) => n.score));
          const raised = {
            ...weights,
            [criterion.id]: Math.min(MAX_WEIGHT, (weights[criterion.id] ?? 0) + raise),
          };
          const after = weigh(content, raised, [], 'guide');
          content.runtimes.forEach((runtime, i) => {
            if (column[i]?.score !== bestScore) return;
            const rank = (w: typeof before) =>
              w.ranking.find((e) => e.runtime === runtime.id)?.rank;
            expect(rank(after)).toBeLessThanOrEqual(rank(before) ?? Infinity);
          });
        },
      ),
      params(),
    );
  });

  it('all weights zero gives a tie, and says so', () => {
    fc.assert(
      fc.property(contentArb, sourceArb, (content, source) => {
        const zero = Object.fromEntries(weighCriteria(content).map((c) => [c.id, 0]));
        const result = weigh(content, zero, [], source);
        expect(result.allZero).toBe(true);
        expect(new Set(result.ranking.map((e) => e.rank))).toEqual(new Set([1]));
        expect(result.ranking.every((e) => e.tied)).toBe(true);
        for (const point of flipPoints(result)) {
          // With nothing else weighed, first place at weight 0 is everyone.
          if (point.weight === 0) expect(point.current).toHaveLength(result.ranking.length);
        }
      }),
      params(100),
    );
  });

  it('equal values give equal scores', () => {
    fc.assert(
      fc.property(
        fc.array(runtimeRow, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        weightsArb,
        sourceArb,
        (rows, pick, weights, source) => {
          const copy = rows[pick % rows.length];
          if (!copy) return;
          const content = tables([...rows, copy]);
          const result = weigh(content, weights, [], source);
          const original = result.ranking.find((e) => e.runtime === `r${pick % rows.length}`);
          const twin = result.ranking.find((e) => e.runtime === `r${rows.length}`);
          expect(twin?.score).toBe(original?.score);
          expect(twin?.rank).toBe(original?.rank);
          expect(twin?.tied).toBe(true);
        },
      ),
      params(),
    );
  });

  it('first place at each flip segment is what weighing at that weight ranks first', () => {
    fc.assert(
      fc.property(contentArb, weightsArb, fc.nat({ max: 6 }), (content, weights, pick) => {
        const result = weigh(content, weights, [], 'guide');
        const point = flipPoints(result)[pick % result.criteria.length];
        if (!point) return;
        for (const segment of point.segments) {
          const mid = (segment.from + segment.to) / 2;
          const at = weigh(content, { ...weights, [point.criterion]: mid }, [], 'guide');
          const firsts = at.ranking.filter((e) => e.rank === 1).map((e) => e.runtime);
          expect(new Set(firsts)).toEqual(new Set(segment.top));
        }
      }),
      params(200),
    );
  });
});
