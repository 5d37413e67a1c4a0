// The record's mechanics on a small fixture: Markdown safety, source numbering, the date and
// the link as given. Its full text for each guide path is pinned in
// src/content/decision-records.test.ts.
import { describe, expect, it } from 'vitest';
import { toDecisionRecord, type RecordContent, type RecordTree } from './decision-record';
// eslint-disable-next-line import-x/no-restricted-paths -- the record's wording comes from the strings table, as the app passes it
import { decisionRecordStrings } from '../i18n/decision-record-strings';
import { resolvePath } from './engine';
import { explain } from './explain';
import type { Localized } from './tree';

const l = (en: string): Localized => ({ en, zh: `中文${en}` });

const tree: RecordTree = {
  id: 't',
  title: l('Tiny tree'),
  root: 'q',
  nodes: [
    {
      kind: 'question',
      id: 'q',
      text: l('Pipes | and\nnewlines?'),
      help: l('help'),
      answers: [
        { id: 'yes', label: l('Yes'), next: 'a' },
        { id: 'no', label: l('No'), next: 'b' },
      ],
    },
    { kind: 'outcome', id: 'a', runtime: 'a', label: l('A'), scenario: l('Scenario A') },
    { kind: 'outcome', id: 'b', runtime: 'b', label: l('B'), scenario: l('Scenario B') },
  ],
};

const cite = {
  kind: 'citation' as const,
  title: 'Paper',
  url: 'https://example.org/p',
  date: '2025',
};
const content: RecordContent = {
  runtimes: [
    { id: 'a', name: l('Alpha') },
    { id: 'b', name: l('Beta') },
  ],
  features: [
    {
      id: 'speed',
      label: l('Speed'),
      higherIsBetter: true,
      values: {
        a: { kind: 'level', level: 'very_high', text: l('very fast') },
        b: { kind: 'level', level: 'low', text: l('slow') },
      },
    },
  ],
  performance: [],
  publishedFigures: [
    {
      id: 'b_fast',
      runtime: 'b',
      metric: 'cold_start',
      statement: l('Beta is quicker'),
      conditions: l('lab'),
      source: cite,
      relation: 'disagrees',
    },
  ],
  practice2025: { recommendations: [], source: { kind: 'guide' } },
  matrix: { treeId: 't', criteria: [], scenarios: [], source: { kind: 'guide' } },
  caseStudies: [],
  criteria: [
    {
      id: 'q',
      questionId: 'q',
      answerId: 'yes',
      feature: 'speed',
      acceptable: ['very_high'],
      metrics: ['cold_start'],
      source: { kind: 'inference', basis: l('our reading') },
    },
  ],
};

function recordFor(answer: 'yes' | 'no', lang: 'en' | 'zh' = 'en'): string {
  const resolution = resolvePath(tree, { q: answer });
  if (!resolution.outcome) throw new Error('no outcome');
  return toDecisionRecord({
    strings: decisionRecordStrings,
    content,
    tree,
    trees: [tree],
    steps: resolution.steps,
    explanation: explain(content, tree, resolution.steps, resolution.outcome),
    lang,
    date: '2030-01-02',
    shareUrl: 'https://host.example/#/wizard?tree=t&q=yes',
  });
}

describe('toDecisionRecord', () => {
  it('keeps content text on one line and escapes table separators', () => {
    const text = recordFor('yes');
    expect(text).toContain('| Pipes \\| and newlines? | Yes |');
    expect(text).not.toContain('and\nnewlines');
  });

  it('writes the given date and share link, and numbers sources by first use', () => {
    const text = recordFor('yes');
    expect(text.startsWith('# Decision record: use Alpha as the container runtime\n')).toBe(true);
    expect(text).toContain('- Date: 2030-01-02');
    expect(text).toContain('<https://host.example/#/wizard?tree=t&q=yes>');
    expect(text).toContain('1. Our inference, not a published figure: our reading');
    expect(text).toContain('2. Paper. <https://example.org/p> (2025).');
    expect(text).toContain('  - Published figures disagree: Beta is quicker (lab) [2]');
  });

  it('writes content text as text: Markdown in names and labels does not format or link', () => {
    const hostile = {
      ...content,
      runtimes: [
        { id: 'a', name: l('**Alpha** [x](javascript:alert(1))') },
        { id: 'b', name: l('<img src=x onerror=alert(1)>') },
      ],
    };
    const resolution = resolvePath(tree, { q: 'yes' });
    if (!resolution.outcome) throw new Error('no outcome');
    const text = toDecisionRecord({
      strings: decisionRecordStrings,
      content: hostile,
      tree,
      trees: [tree],
      steps: resolution.steps,
      explanation: explain(hostile, tree, resolution.steps, resolution.outcome),
      lang: 'en',
      date: '2030-01-02',
      shareUrl: 'https://host.example/#/wizard?tree=t&q=yes',
    });
    expect(text).toContain(
      '# Decision record: use \\*\\*Alpha\\*\\* \\[x\\](javascript:alert(1)) as',
    );
    expect(text).toContain('\\<img src=x onerror=alert(1)>');
    expect(text).not.toMatch(/[^\\]\*\*Alpha/);
  });

  it('says plainly when the answers state no need', () => {
    expect(recordFor('no')).toContain('None of the answers states a need');
  });

  it('writes Chinese labels for lang=zh', () => {
    const text = recordFor('yes', 'zh');
    expect(text).toContain('# 决策记录：采用 中文Alpha 作为容器运行时');
    expect(text).toContain('- 日期：2030-01-02');
  });
});
