import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  featureSeries,
  levelMerit,
  LEVELS,
  formatValue,
  isolationSeries,
  logDomain,
  logTicks,
  niceCeil,
  niceFloor,
  publishedNotes,
  rangeSeries,
  resolveHighlight,
  spanOf,
  supportSeries,
  type FeatureRowLike,
  type PerformanceRowLike,
  type PublishedFigureLike,
  type QuantityLike,
} from './chart-series';

const same = (text: string) => ({ en: text, zh: text });
const lt = (max: number): QuantityLike => ({ bound: 'lt', max, display: same(`<${max}`) });
const range = (min: number, max: number): QuantityLike => ({
  bound: 'range',
  min,
  max,
  display: same(`${min}-${max}`),
});
const approx = (value: number): QuantityLike => ({
  bound: 'approx',
  max: value,
  display: same(`~${value}`),
});

type Src = { kind: string; label: string };
const guide: Src = { kind: 'guide', label: 'performance table' };
const cite = (label: string): Src => ({ kind: 'citation', label });

// Shaped like the guide's performance table, so the derived axes can be checked by hand.
const performance: PerformanceRowLike<Src>[] = [
  {
    runtime: 'wasmedge',
    coldStartMs: lt(10),
    memoryMb: range(1, 5),
    isolationStars: 5,
    gpu: 'yes',
    compatibility: 'partly',
    source: guide,
  },
  {
    runtime: 'runc',
    coldStartMs: range(1000, 5000),
    memoryMb: range(10, 50),
    isolationStars: 3,
    gpu: 'partly',
    compatibility: 'yes',
    source: guide,
  },
  {
    runtime: 'kata',
    coldStartMs: range(5000, 15000),
    memoryMb: range(100, 200),
    isolationStars: 5,
    gpu: 'partly',
    compatibility: 'yes',
    source: guide,
  },
  {
    runtime: 'gvisor',
    coldStartMs: range(2000, 5000),
    memoryMb: range(20, 50),
    isolationStars: 4,
    gpu: 'no',
    compatibility: 'partly',
    source: guide,
  },
];
const runtimes = ['wasmedge', 'runc', 'kata', 'gvisor'];

function figure(
  id: string,
  runtime: string,
  metric: string,
  quantity?: QuantityLike,
): PublishedFigureLike<Src> {
  return {
    id,
    runtime,
    metric,
    quantity,
    statement: same(`statement ${id}`),
    conditions: same(`conditions ${id}`),
    source: cite(id),
    relation: 'disagrees',
  };
}

const published: PublishedFigureLike<Src>[] = [
  figure('gvisor_docker', 'gvisor', 'cold_start', approx(1144)),
  figure('runc_docker', 'runc', 'cold_start', approx(1193)),
  figure('runc_labs', 'runc', 'cold_start', range(206, 450)),
  figure('kata_fc', 'kata', 'cold_start', lt(125)),
  figure('wasm_vendor', 'wasmedge', 'cold_start'),
  figure('runc_idle', 'runc', 'memory', approx(4.1)),
  figure('gvisor_gpu', 'gvisor', 'gpu'),
  figure('stranger', 'unknown_runtime', 'cold_start', approx(0.001)),
];

describe('spanOf', () => {
  it('draws an upper bound from the floor, open at that end', () => {
    expect(spanOf(lt(10), 1)).toEqual({ kind: 'upTo', from: 1, to: 10 });
  });
  it('never starts an upper bound above its own value', () => {
    expect(spanOf(lt(0.5), 1)).toEqual({ kind: 'upTo', from: 0.5, to: 0.5 });
  });
  it('draws a range from min to max and a single value as a point', () => {
    expect(spanOf(range(1000, 5000), 1)).toEqual({ kind: 'range', from: 1000, to: 5000 });
    expect(spanOf(approx(1193), 1)).toEqual({ kind: 'point', from: 1193, to: 1193 });
    expect(spanOf(range(7, 7), 1)).toEqual({ kind: 'point', from: 7, to: 7 });
    // A log axis has no zero: a range from 0 starts at the floor.
    expect(spanOf(range(0, 50), 2)).toEqual({ kind: 'range', from: 2, to: 50 });
  });
  it('treats a range without its lower end as an upper bound', () => {
    expect(spanOf({ bound: 'range', max: 50, display: same('50') }, 2)).toEqual({
      kind: 'upTo',
      from: 2,
      to: 50,
    });
  });
});

describe('log axis', () => {
  it('rounds to 1-2-5 steps', () => {
    expect([0.3, 0.5, 1, 4.1, 12.5, 15000].map(niceFloor)).toEqual([0.2, 0.5, 1, 2, 10, 10000]);
    expect([0.3, 1, 4.1, 12.5, 15000, 200].map(niceCeil)).toEqual([0.5, 1, 5, 20, 20000, 200]);
  });
  it('gives an upper bound a decade of room below it', () => {
    expect(logDomain(performance.map((row) => row.coldStartMs))).toEqual([1, 20000]);
    expect(logDomain(performance.map((row) => row.memoryMb))).toEqual([1, 200]);
    expect(logDomain([lt(5), range(100, 200)])).toEqual([0.5, 200]);
  });
  it('ticks at the powers of ten inside the domain', () => {
    expect(logTicks([1, 20000])).toEqual([1, 10, 100, 1000, 10000]);
    expect(logTicks([0.5, 200])).toEqual([1, 10, 100]);
  });
  it('survives empty input, zeros and vanishing values', () => {
    expect(logDomain([])).toEqual([1, 10]);
    expect(logDomain([range(0, 50)])).toEqual([5, 50]);
    expect(logDomain([range(5e-324, 1)])).toEqual([1e-12, 1]);
    expect(logTicks([1e-12, 1])).toHaveLength(13);
  });
});

describe('rangeSeries', () => {
  const series = (mode: 'guide' | 'published' | 'both', metric: 'cold_start' | 'memory') =>
    rangeSeries({ metric, mode, runtimes, performance, published });

  it("draws the guide's figures, one row per runtime, in the runtimes' order", () => {
    const s = series('guide', 'cold_start');
    expect(s.unit).toBe('ms');
    expect(s.rows.map((row) => row.key)).toEqual([
      'wasmedge:guide',
      'runc:guide',
      'kata:guide',
      'gvisor:guide',
    ]);
    expect(s.rows.every((row) => row.firstOfRuntime && row.origin === 'guide')).toBe(true);
    expect(s.rows[0]?.span).toEqual({ kind: 'upTo', from: 1, to: 10 });
    expect(s.rows[2]?.quantity).toBe(performance[2]?.coldStartMs);
    expect(s.rows[2]?.source).toBe(guide);
  });

  it('draws published figures numbered down the chart, and says where a runtime has none', () => {
    const s = series('published', 'cold_start');
    expect(s.rows.map((row) => [row.key, row.ref])).toEqual([
      ['wasmedge:published', undefined],
      ['runc:runc_docker', 1],
      ['runc:runc_labs', 2],
      ['kata:kata_fc', 3],
      ['gvisor:gvisor_docker', 4],
    ]);
    expect(s.rows[0]?.quantity).toBeUndefined();
    expect(s.rows[0]?.span).toBeUndefined();
    expect(s.rows.filter((row) => row.firstOfRuntime).map((row) => row.runtime)).toEqual(runtimes);
    expect(s.charted.map((f) => f.id)).toEqual([
      'runc_docker',
      'runc_labs',
      'kata_fc',
      'gvisor_docker',
    ]);
    expect(s.rows[3]).toMatchObject({
      source: cite('kata_fc'),
      statement: same('statement kata_fc'),
      conditions: same('conditions kata_fc'),
      relation: 'disagrees',
      span: { kind: 'upTo', from: 1, to: 125 },
    });
  });

  it("puts each runtime's published rows right under the guide's in both", () => {
    const s = series('both', 'cold_start');
    expect(s.rows.map((row) => row.key)).toEqual([
      'wasmedge:guide',
      'wasmedge:published',
      'runc:guide',
      'runc:runc_docker',
      'runc:runc_labs',
      'kata:guide',
      'kata:kata_fc',
      'gvisor:guide',
      'gvisor:gvisor_docker',
    ]);
    expect(s.rows.filter((row) => row.firstOfRuntime).map((row) => row.key)).toEqual(
      runtimes.map((id) => `${id}:guide`),
    );
  });

  it('keeps the same axis in every mode, so switching never rescales', () => {
    const domains = (['guide', 'published', 'both'] as const).map(
      (m) => series(m, 'memory').domain,
    );
    expect(domains[0]).toEqual(domains[1]);
    expect(domains[1]).toEqual(domains[2]);
    // runc's idle 4.1 MB sits inside the guide's 1-200 MB, so the axis does not move.
    expect(domains[0]).toEqual([1, 200]);
  });

  it('lists published statements without a quantity separately, and ignores unknown runtimes', () => {
    const s = series('both', 'cold_start');
    expect(s.uncharted.map((f) => f.id)).toEqual(['wasm_vendor']);
    expect(s.rows.some((row) => row.runtime === 'unknown_runtime')).toBe(false);
    expect(s.domain[0]).toBe(1);
  });

  it('says so when the guide has no row for a runtime', () => {
    const s = rangeSeries({
      metric: 'memory',
      mode: 'guide',
      runtimes: ['wasmedge', 'newcomer'],
      performance,
      published,
    });
    expect(s.rows[1]).toMatchObject({ key: 'newcomer:guide', firstOfRuntime: true });
    expect(s.rows[1]?.quantity).toBeUndefined();
  });

  it('keeps every drawn span inside the axis, whatever the figures', () => {
    const quantity = fc.oneof(
      fc.double({ min: 0.001, max: 1e6, noNaN: true }).map((max) => lt(max)),
      fc.double({ min: 0.001, max: 1e6, noNaN: true }).map((v) => approx(v)),
      fc
        .tuple(
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        )
        .map(([a, b]) => range(Math.min(a, b), Math.max(a, b))),
    );
    fc.assert(
      fc.property(fc.array(quantity, { minLength: 1, maxLength: 6 }), (quantities) => {
        const template = performance[0];
        if (!template) throw new Error('fixture missing');
        const perf = quantities.map((q, i) => ({ ...template, runtime: `r${i}`, memoryMb: q }));
        const s = rangeSeries({
          metric: 'memory',
          mode: 'guide',
          runtimes: perf.map((row) => row.runtime),
          performance: perf,
          published: [],
        });
        const [lo, hi] = s.domain;
        expect(lo).toBeGreaterThan(0);
        expect(hi).toBeGreaterThan(lo);
        for (const row of s.rows) {
          const span = row.span;
          if (!span) throw new Error(`no span for ${row.key}`);
          expect(span.from).toBeLessThanOrEqual(span.to);
          expect(span.to).toBeLessThanOrEqual(hi);
          expect(span.from).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
        }
      }),
    );
  });
});

describe('formatValue', () => {
  it('reads as ms below a second, s above, and MB for memory', () => {
    expect(formatValue(10, 'ms')).toBe('10 ms');
    expect(formatValue(206, 'ms')).toBe('206 ms');
    expect(formatValue(1000, 'ms')).toBe('1 s');
    expect(formatValue(1193, 'ms')).toBe('1.193 s');
    expect(formatValue(15000, 'ms')).toBe('15 s');
    expect(formatValue(4.1, 'MB')).toBe('4.1 MB');
    expect(formatValue(0.1 + 0.2, 'MB')).toBe('0.3 MB');
  });
});

describe('category series', () => {
  const features: FeatureRowLike[] = [
    {
      id: 'startup_speed',
      label: same('Startup speed'),
      higherIsBetter: true,
      values: {
        wasmedge: { kind: 'level', level: 'very_high', text: same('very fast') },
        runc: { kind: 'level', level: 'low', text: same('slow') },
      },
    },
    {
      id: 'ecosystem',
      label: same('Ecosystem'),
      higherIsBetter: true,
      values: {
        wasmedge: { kind: 'support', support: 'partly' },
        runc: { kind: 'support', support: 'yes' },
      },
    },
  ];

  it('stars: one row per runtime, out of five', () => {
    expect(isolationSeries(['kata', 'gvisor', 'nobody'], performance)).toEqual([
      { runtime: 'kata', stars: 5, outOf: 5 },
      { runtime: 'gvisor', stars: 4, outOf: 5 },
      { runtime: 'nobody', outOf: 5 },
    ]);
  });

  it('support grid: GPU and compatibility from the performance table, ecosystem from the features', () => {
    expect(supportSeries(['wasmedge', 'runc', 'gvisor'], performance, features)).toEqual({
      columns: ['gpu', 'compatibility', 'ecosystem'],
      rows: [
        {
          id: 'wasmedge',
          cells: [
            { kind: 'support', support: 'yes' },
            { kind: 'support', support: 'partly' },
            { kind: 'support', support: 'partly' },
          ],
        },
        {
          id: 'runc',
          cells: [
            { kind: 'support', support: 'partly' },
            { kind: 'support', support: 'yes' },
            { kind: 'support', support: 'yes' },
          ],
        },
        {
          id: 'gvisor',
          cells: [
            { kind: 'support', support: 'no' },
            { kind: 'support', support: 'partly' },
            { kind: 'missing' },
          ],
        },
      ],
    });
  });

  it('feature grid: ordinal levels ranked 1..5, support cells kept, gaps marked missing', () => {
    const s = featureSeries(['wasmedge', 'runc', 'kata'], features);
    expect(s.columns).toEqual(['wasmedge', 'runc', 'kata']);
    expect(s.rows[0]).toEqual({
      id: 'startup_speed',
      cells: [
        { kind: 'level', level: 'very_high', rank: 5, merit: 5, text: same('very fast') },
        { kind: 'level', level: 'low', rank: 2, merit: 2, text: same('slow') },
        { kind: 'missing' },
      ],
    });
    expect(s.rows[1]?.cells[1]).toEqual({ kind: 'support', support: 'yes' });
  });

  it('feature grid: merit follows the scale where higher is better and turns it round where not', () => {
    const [row] = features;
    if (!row) throw new Error('the fixture has a feature row');
    const turned = featureSeries(
      ['wasmedge', 'runc'],
      [{ ...row, id: 'resource_use', higherIsBetter: false }],
    );
    const [high, low] = turned.rows[0]?.cells ?? [];
    // The same words: very high use is the worst for the reader, low use the better one.
    expect(high).toMatchObject({ kind: 'level', level: 'very_high', rank: 5, merit: 1 });
    expect(low).toMatchObject({ kind: 'level', level: 'low', rank: 2, merit: 4 });
    for (const level of LEVELS) {
      expect(levelMerit(level, true) + levelMerit(level, false)).toBe(LEVELS.length + 1);
    }
  });

  it('a runtime named after an Object.prototype member has no values it did not get', () => {
    // `constructor` is a valid id; a plain-object lookup would find Object's constructor.
    const grid = featureSeries(['constructor', 'runc'], features);
    for (const row of grid.rows) expect(row.cells[0]).toEqual({ kind: 'missing' });
    const support = supportSeries(['constructor'], performance, features);
    expect(support.rows[0]?.cells).toEqual([
      { kind: 'missing' },
      { kind: 'missing' },
      { kind: 'missing' },
    ]);
    const own = featureSeries(
      ['constructor'],
      features.map((row) => ({
        ...row,
        values: { constructor: { kind: 'support' as const, support: 'no' as const } },
      })),
    );
    expect(own.rows[0]?.cells[0]).toEqual({ kind: 'support', support: 'no' });
  });

  it('published notes for a metric, in runtime order', () => {
    expect(publishedNotes(published, 'gpu', runtimes).map((f) => f.id)).toEqual(['gvisor_gpu']);
    expect(publishedNotes(published, 'isolation', runtimes)).toEqual([]);
  });
});

describe('link parameters', () => {
  it('highlights only a runtime that exists', () => {
    expect(resolveHighlight('kata', runtimes)).toBe('kata');
    expect(resolveHighlight('nope', runtimes)).toBeUndefined();
    expect(resolveHighlight('__proto__', runtimes)).toBeUndefined();
    expect(resolveHighlight(undefined, runtimes)).toBeUndefined();
  });
});
