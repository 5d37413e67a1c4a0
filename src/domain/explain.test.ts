// The derivation on small fixtures written here, independent of the shipped content (which
// src/content/explanations.test.ts walks path by path).
import { describe, expect, it } from 'vitest';
import { resolvePath } from './engine';
import {
  cellScore,
  consequences,
  explain,
  matchScenarios,
  matrixPreset,
  nearestRoute,
  runtimeProfile,
  whatIfs,
  type ExplainContent,
  type FeatureRowData,
  type MatrixData,
} from './explain';
import type { DecisionTree, Localized, OutcomeNode } from './tree';

const l = (en: string): Localized => ({ en, zh: `中${en}` });
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
const outcome = (id: string, runtime = id): OutcomeNode => ({
  kind: 'outcome',
  id,
  runtime,
  label: l(id),
  scenario: l(id),
});

// small? -> fast? ; fast yes -> alpha, no -> beta ; small no -> secure? yes -> gamma, no -> beta
const tree: DecisionTree = {
  id: 't',
  root: 'small',
  nodes: [
    question('small', 'fast', 'secure'),
    question('fast', 'alpha', 'beta'),
    question('secure', 'gamma', 'beta'),
    outcome('alpha'),
    outcome('beta'),
    outcome('gamma'),
  ],
};

const speed: FeatureRowData = {
  id: 'speed',
  label: l('Speed'),
  higherIsBetter: true,
  values: {
    alpha: { kind: 'level', level: 'very_high', text: l('very fast') },
    beta: { kind: 'level', level: 'low', text: l('slow') },
    gamma: { kind: 'level', level: 'medium', text: l('medium') },
  },
};
const weight: FeatureRowData = {
  id: 'weight',
  label: l('Weight'),
  higherIsBetter: false,
  values: {
    alpha: { kind: 'level', level: 'very_low', text: l('very low') },
    beta: { kind: 'level', level: 'low', text: l('low') },
    gamma: { kind: 'level', level: 'high', text: l('high') },
  },
};
const safety: FeatureRowData = {
  id: 'safety',
  label: l('Safety'),
  higherIsBetter: true,
  values: {
    alpha: { kind: 'support', support: 'partly' },
    beta: { kind: 'support', support: 'no' },
    gamma: { kind: 'support', support: 'yes' },
  },
};

const matrix: MatrixData = {
  treeId: 't',
  criteria: [
    { id: 'small', questionId: 'small', label: l('Small') },
    { id: 'fast', questionId: 'fast', label: l('Fast') },
    { id: 'secure', questionId: 'secure', label: l('Secure') },
  ],
  scenarios: [
    {
      id: 'tiny',
      label: l('Tiny'),
      cells: { small: 'yes', fast: 'yes', secure: 'no' },
      runtime: 'alpha',
    },
    {
      id: 'maybe',
      label: l('Maybe'),
      cells: { small: 'partly', fast: 'yes', secure: 'no' },
      runtime: 'alpha',
    },
    {
      id: 'big',
      label: l('Big'),
      cells: { small: 'no', fast: 'partly', secure: 'no' },
      runtime: 'beta',
    },
  ],
  source: { kind: 'guide' },
};

const guideSource = { kind: 'guide' as const };
const content: ExplainContent = {
  runtimes: ['alpha', 'beta', 'gamma', 'delta'].map((id) => ({ id, name: l(id) })),
  features: [speed, weight, safety],
  performance: [],
  publishedFigures: [
    {
      id: 'beta_fast',
      runtime: 'beta',
      metric: 'cold_start',
      statement: l('beta is faster than they say'),
      conditions: l('lab'),
      source: { kind: 'citation', title: 'Lab', url: 'https://example.org', date: '2026' },
      relation: 'disagrees',
    },
  ],
  practice2025: {
    recommendations: [
      {
        scenarioId: 'tiny',
        label: l('Tiny'),
        first: { runtime: 'alpha', reason: l('fast') },
        alternative: { runtime: 'beta', kind: 'traditional', reason: l('familiar') },
      },
      {
        scenarioId: 'secure',
        label: l('Secure'),
        first: { runtime: 'gamma', reason: l('safe') },
        alternative: { runtime: 'alpha', kind: 'second', reason: l('safe enough') },
      },
    ],
    source: guideSource,
  },
  matrix,
  caseStudies: [
    { id: 'case_tiny', runtime: 'alpha', scenarioId: 'tiny' },
    { id: 'case_big', runtime: 'beta', scenarioId: 'big' },
  ],
  criteria: [
    {
      id: 'small',
      questionId: 'small',
      answerId: 'yes',
      feature: 'weight',
      acceptable: ['very_low', 'low', 'medium'],
      metrics: ['memory'],
      source: guideSource,
    },
    {
      id: 'fast',
      questionId: 'fast',
      answerId: 'yes',
      feature: 'speed',
      acceptable: ['very_high'],
      metrics: ['cold_start'],
      source: guideSource,
    },
    {
      id: 'secure',
      questionId: 'secure',
      answerId: 'yes',
      feature: 'safety',
      acceptable: ['yes', 'partly'],
      metrics: [],
      recommendation: 'secure',
      source: guideSource,
    },
  ],
};

function walk(answers: Record<string, string>) {
  const resolution = resolvePath(tree, answers);
  if (!resolution.outcome) throw new Error('no outcome');
  return { steps: resolution.steps, outcome: resolution.outcome };
}

function cell(row: FeatureRowData, runtime: string) {
  const value = row.values[runtime];
  if (!value) throw new Error(`no ${runtime} in ${row.id}`);
  return value;
}

describe('cellScore', () => {
  it('reads every row as better-is-higher', () => {
    expect(cellScore(speed, cell(speed, 'alpha'))).toBe(1);
    expect(cellScore(weight, cell(weight, 'alpha'))).toBe(1);
    expect(cellScore(weight, cell(weight, 'gamma'))).toBe(0.25);
    expect(cellScore(safety, cell(safety, 'alpha'))).toBe(0.5);
    expect(cellScore(safety, cell(safety, 'beta'))).toBe(0);
  });
});

describe('consequences', () => {
  it('splits a runtime’s cells into strengths and weaknesses', () => {
    const { strengths, weaknesses } = consequences(content, 'beta');
    expect(strengths.map((s) => s.feature.id)).toEqual(['weight']);
    expect(weaknesses.map((s) => s.feature.id)).toEqual(['speed', 'safety']);
    expect(weaknesses[0]?.disputes.map((f) => f.id)).toEqual(['beta_fast']);
  });

  it('returns nothing for a runtime the tables do not know', () => {
    expect(consequences(content, 'delta')).toEqual({ strengths: [], weaknesses: [] });
  });
});

describe('matchScenarios', () => {
  it('prefers exact cells over partly ones and returns ties', () => {
    expect(
      matchScenarios(matrix, { small: 'yes', fast: 'yes' }, 'alpha').map((m) => m.scenario.id),
    ).toEqual(['tiny']);
    expect(matchScenarios(matrix, { fast: 'yes' }, 'alpha').map((m) => m.scenario.id)).toEqual([
      'tiny',
      'maybe',
    ]);
  });

  it('reports contradictions and never matches another runtime’s scenario', () => {
    const [match] = matchScenarios(matrix, { small: 'yes', secure: 'no' }, 'beta');
    expect(match?.scenario.id).toBe('big');
    expect(match?.conflicts).toEqual(['small']);
    expect(match?.agrees).toEqual(['secure']);
  });

  it('matches nothing when no matrix question was answered', () => {
    expect(matchScenarios(matrix, { other: 'yes' }, 'alpha')).toEqual([]);
  });
});

describe('whatIfs', () => {
  it('gives every other answer of every step, keeping later answers that still apply', () => {
    const { steps } = walk({ small: 'yes', fast: 'no' });
    const result = whatIfs(tree, steps);
    expect(result.map((w) => [w.step.question.id, w.alternative.id, w.leadsTo])).toEqual([
      ['small', 'no', { kind: 'question', question: tree.nodes[2] }],
      ['fast', 'yes', { kind: 'outcome', outcome: tree.nodes[3] }],
    ]);
    expect(result[0]?.answers).toEqual({ small: 'no' });
    expect(result[0]?.kept).toEqual([]);
    expect(result[1]?.answers).toEqual({ small: 'yes', fast: 'yes' });
  });
});

describe('nearestRoute', () => {
  it('changes as few given answers as it can', () => {
    const route = nearestRoute(tree, { small: 'yes', fast: 'yes' }, 'beta');
    expect(route?.answers).toEqual({ small: 'yes', fast: 'no' });
    expect(route?.changes.map((c) => [c.question.id, c.from?.id, c.to.id])).toEqual([
      ['fast', 'yes', 'no'],
    ]);
  });

  it('lists questions the new path adds', () => {
    const route = nearestRoute(tree, { small: 'yes', fast: 'yes' }, 'gamma');
    expect(route?.changes.map((c) => [c.question.id, c.from?.id, c.to.id])).toEqual([
      ['small', 'yes', 'no'],
      ['secure', undefined, 'yes'],
    ]);
  });

  it('finds nothing for a runtime the tree cannot reach', () => {
    expect(nearestRoute(tree, {}, 'delta')).toBeUndefined();
  });
});

describe('explain', () => {
  it('reads the stated needs for the recommendation and every other runtime', () => {
    const { steps, outcome: reached } = walk({ small: 'yes', fast: 'yes' });
    const result = explain(content, tree, steps, reached);
    expect(result.runtime).toBe('alpha');
    expect(result.needs.map((n) => [n.need.criterion.id, n.subject.meets])).toEqual([
      ['small', true],
      ['fast', true],
    ]);
    expect(result.scenarios.map((m) => m.scenario.id)).toEqual(['tiny']);
    expect(result.recommendations.map((r) => r.recommendation.scenarioId)).toEqual(['tiny']);
    expect(result.caseStudyIds).toEqual(['case_tiny']);

    const byRuntime = Object.fromEntries(result.whyNot.map((w) => [w.runtime, w]));
    expect(Object.keys(byRuntime)).toEqual(['beta', 'gamma', 'delta']);
    // beta: meets "small" less well, fails "fast"; it is the traditional alternative.
    expect(byRuntime.beta?.verdict).toBe('ruled_out');
    expect(byRuntime.beta?.fails.map((f) => f.need.criterion.id)).toEqual(['fast']);
    expect(byRuntime.beta?.weaker.map((f) => f.need.criterion.id)).toEqual(['small']);
    expect(byRuntime.beta?.fails[0]?.subject.published.map((f) => f.id)).toEqual(['beta_fast']);
    expect(byRuntime.beta?.recommendations.map((r) => r.role)).toEqual(['alternative']);
    expect(byRuntime.beta?.turnedAway?.question.id).toBe('fast');
    expect(byRuntime.beta?.subjectBetter).toEqual([]);
    expect(byRuntime.beta?.recommendedBetter.map((c) => c.feature.id)).toEqual(['safety']);
    // gamma: too heavy; the tree left it at the first answer; it is safer.
    expect(byRuntime.gamma?.fails.map((f) => f.need.criterion.id)).toEqual(['small', 'fast']);
    expect(byRuntime.gamma?.turnedAway?.question.id).toBe('small');
    expect(byRuntime.gamma?.subjectBetter.map((c) => c.feature.id)).toEqual(['safety']);
    // delta: no table knows it, no tree reaches it; still explained.
    expect(byRuntime.delta).toMatchObject({
      verdict: 'not_chosen',
      inTree: false,
      turnedAway: undefined,
      route: undefined,
      fails: [],
    });
  });

  it('applies a recommendation tied to a need, naming the recommendation second', () => {
    const { steps, outcome: reached } = walk({ small: 'no', secure: 'yes' });
    const result = explain(content, tree, steps, reached);
    expect(result.runtime).toBe('gamma');
    expect(result.recommendations).toEqual([
      {
        recommendation: content.practice2025.recommendations[1],
        via: { kind: 'need', questionId: 'secure' },
      },
    ]);
    const alpha = result.whyNot.find((w) => w.runtime === 'alpha');
    expect(alpha?.verdict).toBe('second');
    expect(alpha?.route?.answers).toEqual({ small: 'yes', fast: 'yes' });
  });

  it('looks for a route in other trees when this one cannot reach a runtime', () => {
    const other: DecisionTree = {
      id: 'other',
      root: 'small',
      nodes: [question('small', 'delta', 'beta'), outcome('delta'), outcome('beta')],
    };
    const { steps, outcome: reached } = walk({ small: 'no', secure: 'no' });
    const delta = explain(content, tree, steps, reached, [tree, other]).whyNot.find(
      (w) => w.runtime === 'delta',
    );
    expect(delta?.route).toMatchObject({ treeId: 'other', answers: { small: 'yes' } });
  });

  it('survives content with no criteria, tables or recommendations', () => {
    const bare: ExplainContent = {
      ...content,
      features: [],
      criteria: [],
      publishedFigures: [],
      practice2025: { recommendations: [], source: guideSource },
      matrix: { ...matrix, scenarios: [] },
    };
    const { steps, outcome: reached } = walk({ small: 'no', secure: 'no' });
    const result = explain(bare, tree, steps, reached);
    expect(result.needs).toEqual([]);
    expect(result.whyNot).toHaveLength(3);
    expect(result.whatIf).toHaveLength(2);
  });
});

describe('matrixPreset', () => {
  it('puts only the answers the walk reaches into the link', () => {
    expect(matrixPreset(matrix, tree, 'tiny')).toMatchObject({
      fixed: { small: 'yes', fast: 'yes', secure: 'no' },
      answers: { small: 'yes', fast: 'yes' },
      open: [],
      lands: { kind: 'outcome', outcome: { id: 'alpha' } },
    });
  });

  it('stops at the first question the matrix leaves open', () => {
    expect(matrixPreset(matrix, tree, 'maybe')).toMatchObject({
      answers: {},
      open: ['small'],
      lands: { kind: 'question', question: { id: 'small' } },
    });
    expect(matrixPreset(matrix, tree, 'big')).toMatchObject({
      answers: { small: 'no', secure: 'no' },
      open: ['fast'],
      lands: { kind: 'outcome', outcome: { id: 'beta' } },
    });
  });

  it('knows no preset for an unknown scenario', () => {
    expect(matrixPreset(matrix, tree, 'nope')).toBeUndefined();
  });
});

describe('runtimeProfile', () => {
  it('gathers a runtime’s cells, recommendations, published figures and case studies', () => {
    const profile = runtimeProfile(content, 'beta');
    expect(profile.standings.map((s) => s.feature.id)).toEqual(['speed', 'weight', 'safety']);
    expect(profile.recommendations.map((r) => [r.recommendation.scenarioId, r.role])).toEqual([
      ['tiny', 'alternative'],
    ]);
    expect(profile.published.cold_start?.map((f) => f.id)).toEqual(['beta_fast']);
    expect(profile.caseStudyIds).toEqual(['case_big']);
  });

  it('is empty, not broken, for a runtime the content barely knows', () => {
    expect(runtimeProfile(content, 'delta')).toEqual({
      standings: [],
      recommendations: [],
      published: {},
      caseStudyIds: [],
    });
  });
});
