import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import { currentSnippets } from '../../content/guide/snippets-current';
import type { ExplainContent } from '../explain';
import type { DecisionTree, Localized } from '../tree';
import { analysePlan, consolidate } from './analysis';
import { buildBundle, type BundleSnippet } from './bundle';
import { planNotes } from './notes';
import { planMessage } from './plan-message';
import { toPlanRecord } from './plan-record';
import type { PlanWorkload } from './plan';
// eslint-disable-next-line import-x/no-restricted-paths -- the record's wording comes from the strings table, as the app passes it
import { planRecordStrings } from '../../i18n/plan-record-strings';

const content = builtInContent as unknown as ExplainContent & {
  trees: (DecisionTree & { title: Localized })[];
};
const plan: PlanWorkload[] = [
  {
    name: 'edge | fn',
    treeId: 'guide',
    answers: { resource_constrained: 'yes', strong_isolation: 'yes' },
  },
  { name: 'api', treeId: 'full', answers: { existing_images: 'yes', oci_strong_isolation: 'no' } },
  {
    name: '推理服务',
    treeId: 'full',
    answers: { existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'yes' },
  },
  {
    name: 'tenant',
    treeId: 'full',
    answers: {
      existing_images: 'yes',
      oci_strong_isolation: 'yes',
      oci_gpu: 'no',
      vm_boundary: 'no',
    },
  },
];

function record(lang: 'en' | 'zh') {
  const analysis = analysePlan(content, content.trees, plan);
  const consolidation = consolidate(content, analysis);
  const runtimeName = (id: string) =>
    content.runtimes.find((runtime) => runtime.id === id)?.name[lang] ?? id;
  const input = {
    snippets: currentSnippets as BundleSnippet[],
    target: 'k8s_containerd2' as const,
    workloads: analysis.rows.map((row) => ({
      name: row.workload.name,
      runtime: row.runtime,
      gpu: row.gpu,
    })),
    runtimeOrder: content.runtimes.map((runtime) => runtime.id),
    runtimeName,
    lang,
  };
  const notes = planNotes(input, buildBundle(input));
  return {
    analysis,
    text: toPlanRecord({
      content,
      trees: content.trees,
      analysis,
      consolidation,
      notes,
      targetName: 'Kubernetes, containerd 2.x',
      lang,
      date: '2026-12-04',
      shareUrl: 'https://advisor.example/#/plan?w=x',
      workloadUrls: plan.map((_, i) => `https://advisor.example/#/wizard?n=${i}`),
      strings: planRecordStrings,
    }),
  };
}

describe('toPlanRecord', () => {
  it('writes one decision with a section per workload, the runtime set and the consolidation', () => {
    const { text, analysis } = record('en');
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.filter((line) => line.startsWith('# '))).toHaveLength(1);
    for (const workload of plan) expect(headings).toContain(`### ${workload.name}`);
    expect(headings).toContain('## Runtime set');
    expect(headings).toContain('## Consolidation considered');
    // Every runtime the plan uses is in the set's table, with its count.
    for (const use of analysis.runtimes) {
      const name = content.runtimes.find((runtime) => runtime.id === use.runtime)?.name.en ?? '';
      expect(text).toContain(`| ${name} | ${use.workloads.length} |`);
    }
    // A name with a table separator stays in its cell.
    expect(text).toContain('edge \\| fn');
    expect(text).toContain('kata-qemu-nvidia-gpu');
    expect(text).toMatchSnapshot();
  });

  it('is written in Chinese too', () => {
    const { text } = record('zh');
    expect(text).toContain('# 决策记录');
    expect(text).toContain('### 推理服务');
    expect(text).toMatchSnapshot();
  });

  it('sends the host plain objects', () => {
    const { analysis } = record('en');
    const message = planMessage(analysis, 'https://advisor.example/#/plan');
    expect(message.type).toBe('runtime-advisor:plan');
    expect(message.workloads.map((workload) => workload.runtime)).toEqual([
      'wasmedge',
      'runc',
      'kata',
      'gvisor',
    ]);
    expect(Object.getPrototypeOf(message.workloads[0]?.answers)).toBe(Object.prototype);
  });
});
