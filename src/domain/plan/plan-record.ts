// The plan as one architecture decision record in the MADR style: one decision (the runtimes
// the cluster offers), a section per workload with the answers that decided it, the runtime
// set, the notes the combination raises, and the consolidation that was considered. Pure: the
// date and links come in as arguments, so the text is reproducible and snapshot-tested.
import type { ExplainContent, FeatureCellData, Need } from '../explain';
import { readRuntime } from '../explain';
import type { Lang, Localized } from '../tree';
import type { Consolidation, Move, PlanAnalysis } from './analysis';
import type { PlanNote } from './notes';

export interface PlanRecordInput {
  content: ExplainContent;
  trees: readonly { id: string; title: Localized }[];
  analysis: PlanAnalysis;
  consolidation: Consolidation;
  /** The notes for the bundle target named by `targetName`. */
  notes: readonly PlanNote[];
  targetName: string;
  lang: Lang;
  date: string;
  shareUrl: string;
  /** The share link of each workload's result, by plan index. */
  workloadUrls: readonly string[];
}

const TEXT = {
  en: {
    title: 'Decision record: the container runtimes this cluster offers',
    status: 'Status',
    proposed: 'proposed',
    date: 'Date',
    madeWith: 'Prepared with',
    app: 'Runtime Advisor, from the runtime selection guide (2025)',
    context: 'Context and problem statement',
    contextLead:
      'Which runtimes (RuntimeClasses) should one cluster offer for these {n} workloads? Each workload was decided with the decision tree on its own; this record decides them together.',
    workload: 'Workload',
    runtime: 'Runtime',
    outcome: 'Outcome',
    drivers: 'Decision drivers',
    noNeeds: 'no stated need that the guide’s tables measure',
    needsOf: '“{name}” ({runtime}): {needs}',
    need: '{feature} (“{question}” {answer})',
    options: 'Considered options',
    optionTrees: 'The runtimes the decision trees chose: {runtimes}',
    optionFewer: 'Fewer runtimes that still meet every stated need: {runtimes}',
    optionBeyond: 'Fewer still, breaking stated needs: {runtimes}',
    decision: 'Decision outcome',
    chosen:
      'Chosen option: offer **{runtimes}** ({n}), one RuntimeClass each, because each workload’s answers lead to its runtime.',
    fewerNotChosen:
      'The consolidation below was considered: it would need {from} runtimes -> {to}, at the price its moves name.',
    noFewer: 'No runtime can be dropped without breaking a need a workload states.',
    consequences: 'Consequences ({target})',
    noNotes: 'The combination raises nothing beyond each runtime’s own setup.',
    set: 'Runtime set',
    workloads: 'Workloads',
    count: 'Count',
    sections: 'Workloads, one by one',
    tree: 'Decision tree',
    question: 'Question',
    answer: 'Answer',
    stated: 'Stated needs, by the guide’s tables',
    reading: '{feature}: “{cell}”{met}',
    notMet: ' (does not fully meet it)',
    link: 'Result',
    consolidation: 'Consolidation considered',
    move: '“{name}” runs on {to} instead of {from}: {loss}.',
    loses: 'it gives up {items}',
    losesNothing: 'the guide rates {to} no lower on any feature',
    lossItem: '{feature} (“{from}” -> “{to}”)',
    breaks: 'this breaks its stated need {needs}',
    beyond: 'Going to {n} runtime(s) ({runtimes}) would break stated needs:',
    share: 'Share link',
    shareLead: 'Opens this plan in Runtime Advisor:',
    gpuClass:
      'GPU workloads on {runtime} run under the RuntimeClass {gpuClass}{plain}, set up on the nodes that have the GPUs. {detail}',
    gpuClassPlain: ' (its other workloads: {plainClass})',
    gpuConfig:
      'Turning GPUs on for {runtime} changes its runtime configuration ({files}) for every workload on it on those nodes. {detail}',
    shim: '{runtime} needs {shims} on every node that may run its workloads{classes}; with other runtimes in the cluster, keep its Pods to nodes that have it.',
    shimClasses: ' (RuntimeClass {classes})',
    noSet: 'The snippet sets have nothing for {runtime} on this target.',
    noGpuSet:
      'The snippet sets have no GPU variant of {runtime} on this target: its GPU workloads get its plain Pod.',
    separator: ', ',
    colon: ': ',
  },
  zh: {
    title: '决策记录：此集群提供的容器运行时',
    status: '状态',
    proposed: '提议',
    date: '日期',
    madeWith: '生成工具',
    app: '运行时选型助手，依据《运行时选型决策》指南（2025）',
    context: '背景与问题',
    contextLead:
      '一个集群应为这 {n} 个工作负载提供哪些运行时（RuntimeClass）？每个工作负载都已用决策树单独决策；本记录把它们放在一起决策。',
    workload: '工作负载',
    runtime: '运行时',
    outcome: '结果',
    drivers: '决策因素',
    noNeeds: '没有指南对比表可衡量的需求',
    needsOf: '“{name}”（{runtime}）：{needs}',
    need: '{feature}（“{question}” {answer}）',
    options: '备选方案',
    optionTrees: '决策树选出的运行时：{runtimes}',
    optionFewer: '仍满足全部需求的更少运行时：{runtimes}',
    optionBeyond: '更少，但违背已声明的需求：{runtimes}',
    decision: '决策结果',
    chosen:
      '选定方案：提供 **{runtimes}**（{n} 个），每个一个 RuntimeClass，因为每个工作负载的回答都通向其运行时。',
    fewerNotChosen: '已考虑下文的整合方案：运行时可从 {from} 个减到 {to} 个，代价见各项迁移。',
    noFewer: '去掉任何一个运行时都会违背某个工作负载声明的需求。',
    consequences: '影响（{target}）',
    noNotes: '除各运行时自身的配置外，组合不带来额外要求。',
    set: '运行时集合',
    workloads: '工作负载',
    count: '数量',
    sections: '逐个工作负载',
    tree: '决策树',
    question: '问题',
    answer: '回答',
    stated: '已声明的需求（按指南的对比表）',
    reading: '{feature}：“{cell}”{met}',
    notMet: '（未能完全满足）',
    link: '结果',
    consolidation: '考虑过的整合',
    move: '“{name}”改在 {to} 上运行，而不是 {from}：{loss}。',
    loses: '它会失去 {items}',
    losesNothing: '指南对 {to} 在各项上的评价都不更低',
    lossItem: '{feature}（“{from}” -> “{to}”）',
    breaks: '这会违背它声明的需求 {needs}',
    beyond: '减到 {n} 个运行时（{runtimes}）会违背已声明的需求：',
    share: '分享链接',
    shareLead: '在运行时选型助手中打开此规划：',
    gpuClass:
      '{runtime} 上的 GPU 工作负载使用 RuntimeClass {gpuClass}{plain}，需在有 GPU 的节点上配置。{detail}',
    gpuClassPlain: '（其他工作负载：{plainClass}）',
    gpuConfig:
      '为 {runtime} 启用 GPU 会改变其运行时配置（{files}），影响这些节点上它的所有工作负载。{detail}',
    shim: '{runtime} 需要在每个可能运行其工作负载的节点上安装 {shims}{classes}；集群中还有其他运行时时，应把它的 Pod 限定在装有它的节点上。',
    shimClasses: '（RuntimeClass {classes}）',
    noSet: '代码片段中没有 {runtime} 在此目标上的内容。',
    noGpuSet: '代码片段中没有 {runtime} 在此目标上的 GPU 版本：其 GPU 工作负载使用普通 Pod。',
    separator: '、',
    colon: '：',
  },
} as const;

export type PlanRecordText = { [K in keyof (typeof TEXT)['en']]: string };

/** The record's wording, also used by the plan view so that both say the same. */
export function planRecordText(lang: Lang): PlanRecordText {
  return TEXT[lang];
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function cellText(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

export function cellWords(cell: FeatureCellData, lang: Lang): string {
  if (cell.kind === 'level') return cell.text[lang];
  const words = {
    en: { yes: 'yes', partly: 'partly', no: 'no' },
    zh: { yes: '是', partly: '部分', no: '否' },
  } as const;
  return words[lang][cell.support];
}

/** A move in words: "“api” runs on gVisor instead of runc: it gives up …". */
export function describeMove(
  move: Move,
  name: string,
  runtimeName: (id: string) => string,
  lang: Lang,
): string {
  const t = TEXT[lang];
  const items = move.givesUp.map((given) =>
    fill(t.lossItem, {
      feature: inline(given.feature.label[lang]),
      from: cellWords(given.from, lang),
      to: cellWords(given.to, lang),
    }),
  );
  const losses = [
    items.length > 0
      ? fill(t.loses, { items: items.join(t.separator) })
      : fill(t.losesNothing, { to: runtimeName(move.to) }),
  ];
  if (move.breaks.length > 0) {
    losses.push(
      fill(t.breaks, { needs: move.breaks.map((need) => needWords(need, lang)).join(t.separator) }),
    );
  }
  return fill(t.move, {
    name,
    to: runtimeName(move.to),
    from: runtimeName(move.from),
    loss: losses.join(lang === 'zh' ? '；' : '; '),
  });
}

export function needWords(need: Need, lang: Lang): string {
  return fill(TEXT[lang].need, {
    feature: inline(need.feature.label[lang]),
    question: inline(need.step.question.text[lang]),
    answer: inline(need.step.answer.label[lang]),
  });
}

/** A combination note in words. */
export function describeNote(
  note: PlanNote,
  runtimeName: (id: string) => string,
  lang: Lang,
): string {
  const t = TEXT[lang];
  const runtime = runtimeName(note.runtime);
  switch (note.kind) {
    case 'gpu-class':
      return fill(t.gpuClass, {
        runtime,
        gpuClass: note.gpuClass,
        plain:
          note.plainClass !== undefined
            ? fill(t.gpuClassPlain, { plainClass: note.plainClass })
            : '',
        detail: note.detail ? inline(note.detail[lang]) : '',
      }).trim();
    case 'gpu-config':
      return fill(t.gpuConfig, {
        runtime,
        files: note.files.join(t.separator),
        detail: note.detail ? inline(note.detail[lang]) : '',
      }).trim();
    case 'shim':
      return fill(t.shim, {
        runtime,
        shims: note.shims.join(t.separator),
        classes:
          note.classes.length > 0
            ? fill(t.shimClasses, { classes: note.classes.join(t.separator) })
            : '',
      });
    case 'no-set':
      return fill(t.noSet, { runtime });
    case 'no-gpu-set':
      return fill(t.noGpuSet, { runtime });
  }
}

export function toPlanRecord(input: PlanRecordInput): string {
  const { content, analysis, consolidation, lang } = input;
  const t = TEXT[lang];
  const runtimeName = (id: string) =>
    content.runtimes.find((runtime) => runtime.id === id)?.name[lang] ?? id;
  const nameOf = (index: number) =>
    analysis.rows.find((row) => row.index === index)?.workload.name ?? String(index + 1);
  const list = (ids: readonly string[]) => ids.map(runtimeName).join(t.separator);
  const paren = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  const out: string[] = [];

  out.push(`# ${t.title}`, '');
  out.push(`- ${t.status}${t.colon}${t.proposed}`);
  out.push(`- ${t.date}${t.colon}${input.date}`);
  out.push(`- ${t.madeWith}${t.colon}${t.app}`, '');

  out.push(`## ${t.context}`, '', fill(t.contextLead, { n: analysis.rows.length }), '');
  out.push(`| ${t.workload} | ${t.runtime} | ${t.outcome} |`, '| --- | --- | --- |');
  for (const row of analysis.rows) {
    out.push(
      `| ${cellText(row.workload.name)} | ${cellText(runtimeName(row.runtime))} | ${cellText(row.outcome.label[lang])} |`,
    );
  }
  out.push('');

  out.push(`## ${t.drivers}`, '');
  for (const row of analysis.rows) {
    const needs =
      row.needs.length > 0
        ? row.needs.map((need) => needWords(need, lang)).join(t.separator)
        : t.noNeeds;
    out.push(
      `- ${fill(t.needsOf, { name: inline(row.workload.name), runtime: runtimeName(row.runtime), needs })}`,
    );
  }
  out.push('');

  out.push(`## ${t.options}`, '');
  out.push(`- ${fill(t.optionTrees, { runtimes: list(consolidation.current) })}`);
  if (consolidation.proposal)
    out.push(`- ${fill(t.optionFewer, { runtimes: list(consolidation.proposal.runtimes) })}`);
  if (consolidation.beyond)
    out.push(`- ${fill(t.optionBeyond, { runtimes: list(consolidation.beyond.runtimes) })}`);
  out.push('');

  out.push(`## ${t.decision}`, '');
  out.push(
    fill(t.chosen, { runtimes: list(consolidation.current), n: consolidation.current.length }),
    '',
  );
  out.push(
    consolidation.proposal
      ? fill(t.fewerNotChosen, {
          from: consolidation.current.length,
          to: consolidation.proposal.runtimes.length,
        })
      : t.noFewer,
    '',
  );
  out.push(`### ${fill(t.consequences, { target: input.targetName })}`, '');
  if (input.notes.length === 0) out.push(`- ${t.noNotes}`);
  for (const note of input.notes) out.push(`- ${describeNote(note, runtimeName, lang)}`);
  out.push('');

  out.push(`## ${t.set}`, '');
  out.push(`| ${t.runtime} | ${t.count} | ${t.workloads} |`, '| --- | --- | --- |');
  for (const use of analysis.runtimes) {
    out.push(
      `| ${cellText(runtimeName(use.runtime))} | ${use.workloads.length} | ${cellText(use.workloads.map(nameOf).join(t.separator))} |`,
    );
  }
  out.push('');

  out.push(`## ${t.sections}`, '');
  for (const row of analysis.rows) {
    const tree = input.trees.find((candidate) => candidate.id === row.tree.id);
    out.push(`### ${inline(row.workload.name)}`, '');
    out.push(
      `- ${t.runtime}${t.colon}${runtimeName(row.runtime)}${paren(inline(row.outcome.label[lang]))}`,
    );
    out.push(
      `- ${t.tree}${t.colon}${inline(tree?.title[lang] ?? row.tree.id)}${paren(`\`${row.tree.id}\``)}`,
    );
    const url = input.workloadUrls[row.index];
    if (url) out.push(`- ${t.link}${t.colon}<${url}>`);
    out.push('', `| ${t.question} | ${t.answer} |`, '| --- | --- |');
    for (const step of row.steps) {
      out.push(`| ${cellText(step.question.text[lang])} | ${cellText(step.answer.label[lang])} |`);
    }
    out.push('');
    if (row.needs.length > 0) {
      out.push(`${t.stated}${t.colon}`, '');
      for (const need of row.needs) {
        const reading = readRuntime(content, need, row.runtime);
        out.push(
          `- ${fill(t.reading, {
            feature: inline(need.feature.label[lang]),
            cell: reading.cell ? cellWords(reading.cell, lang) : '—',
            met: reading.meets === false ? t.notMet : '',
          })}`,
        );
      }
      out.push('');
    }
  }

  out.push(`## ${t.consolidation}`, '');
  if (consolidation.proposal) {
    out.push(
      `${consolidation.current.length} -> ${consolidation.proposal.runtimes.length}${t.colon}${list(consolidation.proposal.runtimes)}`,
      '',
    );
    for (const move of consolidation.proposal.moves) {
      out.push(`- ${describeMove(move, inline(nameOf(move.index)), runtimeName, lang)}`);
    }
    out.push('');
  } else {
    out.push(t.noFewer, '');
  }
  if (consolidation.beyond) {
    out.push(
      fill(t.beyond, {
        n: consolidation.beyond.runtimes.length,
        runtimes: list(consolidation.beyond.runtimes),
      }),
      '',
    );
    for (const move of consolidation.beyond.moves) {
      out.push(`- ${describeMove(move, inline(nameOf(move.index)), runtimeName, lang)}`);
    }
    out.push('');
  }

  out.push(`## ${t.share}`, '', t.shareLead, '', `<${input.shareUrl}>`, '');
  return out.join('\n');
}
