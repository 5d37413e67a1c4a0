// The weighing as a section of the decision record: what it says, and where the record puts it.
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import { toDecisionRecord } from '../decision-record';
import { resolvePath } from '../engine';
import { explain } from '../explain';
import { flipPoints, uncertainPairs } from './flips';
import { weighingRecordSection, type WeighRecordWords } from './record';
import { weigh } from './score';
import { answerWeights } from './state';
// eslint-disable-next-line import-x/no-restricted-paths -- the record's wording comes from the strings table, as the app passes it
import { decisionRecordStrings } from '../../i18n/decision-record-strings';

const words: WeighRecordWords = {
  flipBelow: '{top} first until {criterion} below {at}; then {next}.',
  flipAbove: '{top} first until {criterion} above {at}; then {next}.',
  flipBoth: '{top} first between {low} and {high}.',
  flipNever: '{top} first at any weight of {criterion}.',
  flipTieBoth: '{top} tie at {at}.',
  flipTieAbove: '{top} tie at {at}; then {next}.',
  flipTieBelow: '{top} tie at {at}; then {next}.',
  tied: '{names} (tied)',
  and: ' and ',
  uncertainNone: 'Ranges cannot change the order.',
  uncertainSome: 'Ranges can change the order: {pairs}.',
  uncertainPair: '{below} over {above}',
  separator: '; ',
  recordTitle: 'Weighing',
  recordLead: 'Lead.',
  recordFigures: 'Figures: the guide’s.',
  recordFiguresPublished: 'Figures: published.',
  criterion: 'Criterion',
  weight: 'Weight',
  recordMust: 'Must-haves',
  recordNoMust: 'None.',
  excludedBy: '{runtime} is excluded by: {musts}',
  recordRanking: 'Ranking',
  recordRankLine: '{rank}. {runtime}: {score} ({low}-{high})',
  allZero: 'All zero.',
  recordFlips: 'Where it flips',
  recordLink: 'Reopen: {url}',
};

describe('the weighing in the decision record', () => {
  const content = builtInContent;
  const tree = content.trees.find((candidate) => candidate.id === 'guide');
  if (!tree) throw new Error('no guide tree');
  const answers = { resource_constrained: 'yes', strong_isolation: 'yes' };
  const resolution = resolvePath(tree, answers);
  const { weights, must } = answerWeights(content, answers);
  const weighing = weigh(content, weights, must, 'guide');
  const name = (id: string) => content.runtimes.find((r) => r.id === id)?.name.en ?? id;
  const section = weighingRecordSection({
    weighing,
    flips: flipPoints(weighing),
    uncertain: uncertainPairs(weighing),
    runtimeName: name,
    mustLabel: (item) => item.id,
    words,
    lang: 'en',
    url: 'https://example.test/#/weigh',
  });

  it('lists the weights, the must-haves, what they excluded, the ranking and the flips', () => {
    expect(section).toContain('## Weighing');
    expect(section).toContain('| Memory | 5 |');
    expect(section).toContain('| Compatibility | 3 |');
    expect(section).toContain('- resource_constrained');
    expect(section).toContain('Kata Containers is excluded by: resource_constrained');
    const first = weighing.ranking[0];
    expect(section).toContain(
      `1. ${name(first?.runtime ?? '')}: ${(first?.score ?? 0).toFixed(2)}`,
    );
    expect(section.match(/^- .* first /gm)?.length).toBe(weighing.criteria.length);
    expect(section).toContain('Reopen: <https://example.test/#/weigh>');
  });

  it('goes into the record before its sources, and only when given', () => {
    const outcome = resolution.outcome;
    if (!outcome) throw new Error('no outcome');
    const input = {
      strings: decisionRecordStrings,
      content,
      tree,
      trees: content.trees,
      steps: resolution.steps,
      explanation: explain(content, tree, resolution.steps, outcome, content.trees),
      lang: 'en' as const,
      date: '2026-12-04',
      shareUrl: 'https://example.test/#/wizard',
    };
    const plain = toDecisionRecord(input);
    const weighed = toDecisionRecord({ ...input, weighing: section });
    expect(plain).not.toContain('## Weighing');
    expect(weighed.indexOf('## Weighing')).toBeGreaterThan(0);
    expect(weighed.indexOf('## Weighing')).toBeLessThan(weighed.indexOf('## Sources'));
    expect(weighed.replace(`${section.trimEnd()}\n\n`, '')).toBe(plain);
  });
});
