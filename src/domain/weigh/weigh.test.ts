// The weighing over the shipped content: criteria come from the tables, the score follows the
// documented rules, links round-trip, presets read the matrix and the wizard's answers.
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import { criterionLabel, criterionValue, weighCriteria } from './criteria';
import { flipPoints, uncertainPairs } from './flips';
import { flipSentence, uncertaintySentence, type WeighWords } from './describe';
import { mustHaves, weigh } from './score';
import {
  DEFAULT_WEIGHT,
  answerWeights,
  decodeWeighState,
  defaultWeights,
  encodeWeighState,
  resultWeighSearch,
  scenarioWeights,
} from './state';

const content = builtInContent;
const trees = content.trees;
const name = (id: string) => content.runtimes.find((r) => r.id === id)?.name.en ?? id;

const words: WeighWords = {
  flipBelow: '{top} stays first until {criterion}’s weight falls below {at}; then {next}.',
  flipAbove: '{top} stays first until {criterion}’s weight rises above {at}; then {next}.',
  flipBoth: '{top} first between {low} and {high}; below {below}; above {above}.',
  flipNever: '{top} stays first at any weight of {criterion}.',
  flipTieBoth: '{top} tie only at {at}; below {below}; above {above}.',
  flipTieAbove: '{top} tie only at {at}; above {next}.',
  flipTieBelow: '{top} tie only at {at}; below {next}.',
  tied: '{names} (tied)',
  and: ' and ',
  uncertainNone: 'none',
  uncertainSome: 'some: {pairs}',
  uncertainPair: '{below} over {above}',
  separator: '; ',
};

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

function only(id: string, weight = 5): Record<string, number> {
  const weights = Object.fromEntries(weighCriteria(content).map((c) => [c.id, 0]));
  weights[id] = weight;
  return weights;
}

describe('criteria', () => {
  it('has one criterion per feature row, read through the linked performance column', () => {
    const criteria = weighCriteria(content);
    expect(criteria.map((c) => c.id)).toEqual(content.features.map((f) => f.id));
    expect(criteria.map((c) => criterionLabel(c).en)).toEqual([
      'Cold start',
      'Memory',
      'Isolation',
      'GPU support',
      'Compatibility',
      'Ecosystem support',
    ]);
  });

  it('grows with a team’s extra feature row', () => {
    const extended = {
      ...content,
      features: [
        ...content.features,
        {
          id: 'observability',
          label: { en: 'Observability', zh: '可观测性' },
          higherIsBetter: true,
          values: { runc: { kind: 'support' as const, support: 'yes' as const } },
        },
      ],
    };
    const criteria = weighCriteria(extended);
    expect(criteria.map((c) => c.id)).toContain('observability');
    const result = weigh(extended, only('observability'), [], 'guide');
    expect(result.ranking[0]?.runtime).toBe('runc');
    // The runtimes without a cell score 0 on it, and tie.
    expect(result.ranking.slice(1).every((entry) => entry.score === 0 && entry.tied)).toBe(true);
  });

  it('reads published figures where they exist and marks the guide’s elsewhere', () => {
    const [coldStart] = weighCriteria(content);
    if (!coldStart) throw new Error('no criteria');
    const runc = criterionValue(content, coldStart, 'runc', 'published');
    const wasm = criterionValue(content, coldStart, 'wasmedge', 'published');
    expect(runc.kind === 'quantity' && runc.origin).toBe('published');
    expect(wasm.kind === 'quantity' && wasm.origin).toBe('guide');
    // Figures that describe other conditions ("adds") are left out of the span.
    const kata = criterionValue(content, coldStart, 'kata', 'published');
    expect(kata.kind === 'quantity' && kata.figureIds).not.toContain('kata_firecracker_boot');
  });
});

describe('score', () => {
  it('normalises times on a log scale between the best and the worst log midpoint', () => {
    const result = weigh(content, only('startup_speed'), [], 'guide');
    const score = (id: string) => result.ranking.find((entry) => entry.runtime === id)?.score;
    expect(score('wasmedge')).toBe(1);
    expect(score('kata')).toBe(0);
    // runc 1-5 s: log midpoint √5000 ms, between 10 ms and √(5000·15000) ms.
    const expected =
      (Math.log(Math.sqrt(5000 * 15000)) - Math.log(Math.sqrt(1000 * 5000))) /
      (Math.log(Math.sqrt(5000 * 15000)) - Math.log(10));
    expect(score('runc')).toBeCloseTo(expected, 12);
    const runc = result.ranking.find((entry) => entry.runtime === 'runc');
    expect(runc && runc.low < runc.score && runc.score < runc.high).toBe(true);
  });

  it('reads ratings by their scale', () => {
    const result = weigh(content, only('isolation'), [], 'guide');
    const score = (id: string) => result.ranking.find((entry) => entry.runtime === id)?.score;
    expect(score('kata')).toBe(1);
    expect(score('gvisor')).toBe(0.75);
    expect(score('runc')).toBe(0.5);
  });

  it('says when every weight is zero: all runtimes tie', () => {
    const result = weigh(content, only('isolation', 0), [], 'guide');
    expect(result.allZero).toBe(true);
    expect(result.ranking.every((entry) => entry.rank === 1 && entry.tied)).toBe(true);
  });

  it('excludes runtimes that fail a must-have and names the must-have', () => {
    const result = weigh(content, defaultWeights(content), ['gpu'], 'guide');
    expect(result.excluded).toEqual([
      { runtime: 'gvisor', failed: [expect.objectContaining({ id: 'gpu' })] },
    ]);
    expect(result.ranking.map((entry) => entry.runtime)).not.toContain('gvisor');
  });

  it('reads a need from its published property row where it has one, as the result does', () => {
    const existing = defined(mustHaves(content).find((item) => item.id === 'existing_images'));
    const boundary = defined(mustHaves(content).find((item) => item.id === 'vm_boundary'));
    const row = (id: string) =>
      defined(content.properties.find((candidate) => candidate.id === id));
    const expectedBy = (id: string, acceptable: readonly string[]) =>
      content.runtimes
        .map((runtime) => runtime.id)
        .filter((runtime) => {
          const mark = row(id).values[runtime];
          return mark === undefined || acceptable.includes(mark.support);
        });
    const kept = (must: string) =>
      weigh(content, defaultWeights(content), [must], 'guide')
        .ranking.map((entry) => entry.runtime)
        .sort();
    expect(existing.property?.id).toBe('runs_linux_images');
    expect(kept('existing_images')).toEqual(
      expectedBy('runs_linux_images', existing.property?.acceptable ?? []).sort(),
    );
    // gVisor runs most existing images (its compatibility caveat is in the row), WasmEdge none.
    expect(kept('existing_images')).toContain('gvisor');
    expect(kept('existing_images')).not.toContain('wasmedge');
    expect(kept('vm_boundary')).toEqual(
      expectedBy('vm_boundary', boundary.property?.acceptable ?? []).sort(),
    );
    expect(kept('vm_boundary')).toEqual(['kata']);
  });

  it('merges two questions that state the same need into one must-have', () => {
    const isolation = mustHaves(content).filter((item) => item.id === 'strong_isolation');
    expect(isolation[0]?.questionIds).toEqual(['strong_isolation', 'oci_strong_isolation']);
    expect(mustHaves(content).map((item) => item.id)).not.toContain('oci_strong_isolation');
  });
});

describe('where it flips', () => {
  // Without the published property rows, "existing images" reads the guide's compatibility cells
  // (✅ for runc and Kata only): two runtimes remain, which keeps the crossings easy to check.
  const guideCells = { ...content, properties: [] };

  it('finds the exact weight at which first place changes', () => {
    const weights = { ...only('isolation', 3), startup_speed: 1 };
    const result = weigh(guideCells, weights, ['existing_images'], 'guide');
    // runc and Kata remain; Kata is stronger on isolation, runc faster to start.
    const points = flipPoints(result);
    const isolation = points.find((point) => point.criterion === 'isolation');
    expect(isolation?.current).toEqual(['kata']);
    // Kata first while 1·n_kata,start + w·1 > 1·n_runc,start + w·0.5
    const start = weigh(guideCells, only('startup_speed', 1), ['existing_images'], 'guide');
    const n = (id: string) => start.ranking.find((entry) => entry.runtime === id)?.score ?? NaN;
    const at = (n('runc') - n('kata')) / (1 - 0.5);
    expect(isolation?.below?.at).toBeCloseTo(at, 12);
    expect(isolation?.below?.to).toEqual(['runc']);
    expect(flipSentence(defined(isolation), 'isolation', name, words)).toBe(
      `Kata Containers stays first until isolation’s weight falls below ${String(Math.round(at * 100) / 100)}; then runc/containerd.`,
    );
  });

  it('says when the current weight sits exactly on a crossing', () => {
    // Kata and runc/containerd tie at isolation 2 (see above): the tie holds only there.
    const weights = { ...only('isolation', 2), startup_speed: 1 };
    const result = weigh(guideCells, weights, ['existing_images'], 'guide');
    const point = flipPoints(result).find((p) => p.criterion === 'isolation');
    expect(point?.current).toEqual(['runc', 'kata']);
    expect(flipSentence(defined(point), 'isolation', name, words)).toBe(
      'runc/containerd and Kata Containers tie only at 2; below runc/containerd; above Kata Containers.',
    );
  });

  it('says when no weight of a criterion changes first place', () => {
    const result = weigh(content, only('startup_speed'), [], 'guide');
    const point = flipPoints(result).find((p) => p.criterion === 'startup_speed');
    expect(point?.below).toBeUndefined();
    expect(point?.above).toBeUndefined();
    expect(flipSentence(defined(point), 'cold start', name, words)).toBe(
      'WasmEdge stays first at any weight of cold start.',
    );
  });

  it('reports pairs whose order the ranged figures alone can swap', () => {
    const result = weigh(content, only('resource_use'), [], 'guide');
    const pairs = uncertainPairs(result);
    // runc 10-50 MB and gVisor 20-50 MB overlap on the same scale.
    expect(pairs).toContainEqual({ above: 'runc', below: 'gvisor' });
    expect(uncertaintySentence(pairs, name, words)).toContain('gVisor over runc/containerd');
    const ratings = weigh(content, only('isolation'), [], 'guide');
    expect(uncertainPairs(ratings)).toEqual([]);
  });
});

describe('state in the URL', () => {
  it('round-trips a weighing exactly', () => {
    const weights = { ...defaultWeights(content), isolation: 5, gpu: 0 };
    const search = encodeWeighState(
      content,
      { weights, must: ['gpu'], source: 'published' },
      { lang: 'zh' },
    );
    const decoded = decodeWeighState(search, content, trees);
    expect(decoded.notices).toEqual([]);
    expect(decoded.needsRewrite).toBe(false);
    expect(decoded.state.weights).toEqual(weights);
    expect(decoded.state.must).toEqual(['gpu']);
    expect(decoded.state.source).toBe('published');
  });

  it('drops bad values with a notice and keeps the rest', () => {
    const decoded = decodeWeighState(
      {
        w_isolation: '9',
        w_gpu: '2',
        w_nope: '1',
        must: 'gpu,__proto__',
        figures: 'mine',
        tree: 'guide',
        from: 'gpu.maybe',
      },
      content,
      trees,
    );
    expect(decoded.state.weights.isolation).toBe(DEFAULT_WEIGHT);
    expect(decoded.state.weights.gpu).toBe(2);
    expect(decoded.state.must).toEqual(['gpu']);
    expect(decoded.state.source).toBe('guide');
    expect(decoded.state.from).toBeUndefined();
    expect(decoded.notices.map((notice) => notice.kind).sort()).toEqual([
      'bad-from',
      'bad-source',
      'bad-weight',
      'unknown-criterion',
      'unknown-must',
    ]);
    expect(decoded.needsRewrite).toBe(true);
    expect(decoded.canonical.w_nope).toBeUndefined();
  });

  it('derives weights and must-haves from a wizard result', () => {
    const answers = { resource_constrained: 'yes', strong_isolation: 'yes' };
    expect(answerWeights(content, answers)).toEqual({
      weights: { ...defaultWeights(content), resource_use: 5, isolation: 5 },
      must: ['resource_constrained', 'strong_isolation'],
    });
    const guide = defined(trees.find((tree) => tree.id === 'guide'));
    const search = resultWeighSearch(content, guide, answers, { lang: 'en' });
    const decoded = decodeWeighState(search, content, trees);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.from?.resolution.outcome?.runtime).toBe('wasmedge');
    const full = answerWeights(content, { existing_images: 'yes', oci_strong_isolation: 'no' });
    expect(full.weights.compatibility).toBe(5);
    expect(full.weights.isolation).toBe(1);
    expect(full.must).toEqual(['existing_images']);
  });

  it('reads matrix scenarios as weights', () => {
    expect(scenarioWeights(content, 'edge')).toEqual({
      ...defaultWeights(content),
      resource_use: 5,
      startup_speed: 5,
      isolation: 5,
      gpu: 1,
    });
    expect(scenarioWeights(content, 'nope')).toBeUndefined();
  });
});
