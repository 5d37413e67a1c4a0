// The result as an architecture decision record in the MADR style (Markdown): title, status,
// date, context (the questions and answers), decision drivers, options, the decision with its
// consequences, why not each other option, sources and the share link. Generated from an
// Explanation (explain.ts), so it says exactly what the result page says. Pure: the date and
// the share link come in as arguments, so the text is stable and snapshot-tested.
import type { PathStep } from './engine';
import type {
  Explanation,
  ExplainContent,
  FeatureCellData,
  GuideFigure,
  NeedFinding,
  PublishedFigureData,
  Route,
  RuntimeReading,
  SourceRef,
  Support,
} from './explain';
import type { DecisionTree, Lang, Localized } from './tree';

export interface RecordContent extends ExplainContent {
  runtimes: { id: string; name: Localized }[];
  caseStudies: { id: string; runtime: string; scenarioId: string; title: Localized }[];
}

export interface RecordTree extends DecisionTree {
  title: Localized;
}

export interface DecisionRecordInput {
  content: RecordContent;
  /** The tree walked, and any others a route may lead through (for their titles). */
  tree: RecordTree;
  trees: readonly RecordTree[];
  steps: readonly PathStep[];
  explanation: Explanation;
  lang: Lang;
  /** YYYY-MM-DD; passed in so that the text is reproducible. */
  date: string;
  shareUrl: string;
  /** A weighing of the runtimes (domain/weigh/record.ts, Markdown), placed before the sources. */
  weighing?: string | undefined;
}

const TEXT = {
  en: {
    title: 'Decision record: use {runtime} as the container runtime',
    status: 'Status',
    proposed: 'proposed',
    date: 'Date',
    tree: 'Decision tree',
    madeWith: 'Prepared with',
    app: 'Runtime Advisor, from the runtime selection guide (2025)',
    context: 'Context and problem statement',
    contextLead:
      'Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:',
    question: 'Question',
    answer: 'Answer',
    drivers: 'Decision drivers',
    noNeeds:
      'None of the answers states a need that the guide’s tables measure; the tree recommends this runtime when none applies.',
    driver: '“{question}” {answer}: {feature} in the guide: {reading}.',
    notMet: 'By the guide’s rating this does not fully meet the need.',
    options: 'Considered options',
    chosen: '{runtime} (chosen)',
    outcome: 'Decision outcome',
    chosenOption:
      'Chosen option: **{runtime}**, because the decision tree leads there from these answers: “{outcome}”, for “{scenario}”.',
    scenario: 'The guide’s matrix scenario closest to these answers: {scenarios}.',
    scenarioConflict: 'The matrix marks {criteria} differently from these answers.',
    recommendations: 'The guide’s 2025 recommendations that apply:',
    noRecommendation: 'The guide’s 2025 recommendations have no entry for this scenario.',
    recommendation:
      '{label}: first choice {first} ({firstReason}); {altKind} {alternative} ({altReason}).',
    traditional: 'traditional alternative',
    second: 'second choice',
    consequences: 'Consequences',
    good: 'Good, because the guide rates {feature} “{cell}”.',
    bad: 'Bad, because the guide rates {feature} “{cell}”.',
    caseStudies: 'Matching case studies in the guide: {titles}.',
    prosCons: 'Why not the other options',
    ruledOut:
      'Ruled out by “{question}” {answer}: {feature} “{cell}”{figure}; {recommended}: “{rcell}”{rfigure}.',
    weaker:
      'Weaker on “{question}” {answer}: {feature} “{cell}”{figure}; {recommended}: “{rcell}”{rfigure}.',
    equal: 'Meets “{question}” {answer} as well: {feature} “{cell}”{figure}.',
    stronger:
      'Stronger on “{question}” {answer}: {feature} “{cell}”{figure}; {recommended}: “{rcell}”{rfigure}.',
    recommendedBetter: '{recommended} is rated higher on {list}.',
    subjectBetter: 'It is rated higher on {list}.',
    comparison: '{feature} (“{a}” against “{b}”)',
    first: 'The guide’s 2025 practice recommends it first for {label}.',
    alternativeTraditional:
      'The guide’s 2025 practice names it the traditional alternative for {label}.',
    alternativeSecond: 'The guide’s 2025 practice names it the second choice for {label}.',
    turnedAway: 'The tree stops leading to it after “{question}” {answer}.',
    notInTree: 'This decision tree has no outcome for it.',
    routeHere: 'Answers that would lead to it: {changes}.',
    routeOther: '“{tree}” leads to it with: {changes}.',
    change: '“{question}” {answer}',
    disagree: 'Published figures disagree: {statement} ({conditions})',
    adds: 'Published figures add: {statement} ({conditions})',
    inference: 'Our inference: {statement} ({conditions})',
    sources: 'Sources',
    guideSource: 'The runtime selection guide (2025-11), section “{section}”',
    guideSourcePlain: 'The runtime selection guide (2025-11)',
    inferenceSource: 'Our inference, not a published figure: {basis}',
    share: 'Share link',
    shareLead: 'Opens this result in Runtime Advisor:',
    stars: '{n} stars',
    yes: '✅ yes',
    partly: '⚠️ partly',
    no: '❌ no',
    listSeparator: ', ',
    colon: ': ',
  },
  zh: {
    title: '决策记录：采用 {runtime} 作为容器运行时',
    status: '状态',
    proposed: '提议',
    date: '日期',
    tree: '决策树',
    madeWith: '生成工具',
    app: '运行时选型助手，依据《运行时选型决策》指南（2025）',
    context: '背景与问题',
    contextLead: '该工作负载应使用哪种容器或沙盒运行时？以下是我们对决策树各问题的回答：',
    question: '问题',
    answer: '回答',
    drivers: '决策因素',
    noNeeds: '这些回答没有提出指南对比表可衡量的需求；没有特殊需求时，决策树推荐该运行时。',
    driver: '“{question}” {answer}：指南中的{feature}：{reading}。',
    notMet: '按指南的评价，这一需求未能完全满足。',
    options: '备选方案',
    chosen: '{runtime}（选定）',
    outcome: '决策结果',
    chosenOption:
      '选定方案：**{runtime}**，因为决策树根据这些回答得出：“{outcome}”，对应“{scenario}”。',
    scenario: '与这些回答最接近的指南决策矩阵场景：{scenarios}。',
    scenarioConflict: '决策矩阵对{criteria}的标注与这些回答不同。',
    recommendations: '适用的指南 2025 年推荐：',
    noRecommendation: '指南的 2025 年推荐中没有该场景的条目。',
    recommendation:
      '{label}：首选 {first}（{firstReason}）；{altKind} {alternative}（{altReason}）。',
    traditional: '传统方案',
    second: '次选',
    consequences: '影响',
    good: '优点：指南对{feature}的评价为“{cell}”。',
    bad: '缺点：指南对{feature}的评价为“{cell}”。',
    caseStudies: '指南中相符的案例：{titles}。',
    prosCons: '为何不选其他方案',
    ruledOut:
      '因“{question}” {answer}而排除：{feature}“{cell}”{figure}；{recommended}：“{rcell}”{rfigure}。',
    weaker:
      '在“{question}” {answer}上较弱：{feature}“{cell}”{figure}；{recommended}：“{rcell}”{rfigure}。',
    equal: '同样满足“{question}” {answer}：{feature}“{cell}”{figure}。',
    stronger:
      '在“{question}” {answer}上更强：{feature}“{cell}”{figure}；{recommended}：“{rcell}”{rfigure}。',
    recommendedBetter: '{recommended} 在以下方面评价更高：{list}。',
    subjectBetter: '它在以下方面评价更高：{list}。',
    comparison: '{feature}（“{a}”对比“{b}”）',
    first: '指南的 2025 年实践将其列为{label}的首选。',
    alternativeTraditional: '指南的 2025 年实践将其列为{label}的传统方案。',
    alternativeSecond: '指南的 2025 年实践将其列为{label}的次选。',
    turnedAway: '在“{question}” {answer}之后，决策树不再通向它。',
    notInTree: '此决策树中没有通向它的结果。',
    routeHere: '可通向它的回答：{changes}。',
    routeOther: '“{tree}”通过以下回答通向它：{changes}。',
    change: '“{question}” {answer}',
    disagree: '公开数据与之不符：{statement}（{conditions}）',
    adds: '公开数据补充：{statement}（{conditions}）',
    inference: '我们的推断：{statement}（{conditions}）',
    sources: '来源',
    guideSource: '《运行时选型决策》指南（2025-11），“{section}”一节',
    guideSourcePlain: '《运行时选型决策》指南（2025-11）',
    inferenceSource: '我们的推断，并非公开数据：{basis}',
    share: '分享链接',
    shareLead: '在运行时选型助手中打开此结果：',
    stars: '{n} 星',
    yes: '✅ 是',
    partly: '⚠️ 部分',
    no: '❌ 否',
    listSeparator: '、',
    colon: '：',
  },
} as const;

type RecordText = { [K in keyof (typeof TEXT)['en']]: string };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/** Content text goes into Markdown as one line; table cells also escape their separator. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function cellText(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

/** Numbers sources in the order they are first cited. */
class SourceList {
  private readonly keys: string[] = [];
  private readonly lines: string[] = [];

  constructor(
    private readonly t: RecordText,
    private readonly lang: Lang,
  ) {}

  cite(source: SourceRef): string {
    const line = this.describe(source);
    let index = this.keys.indexOf(line);
    if (index === -1) {
      this.keys.push(line);
      this.lines.push(line);
      index = this.keys.length - 1;
    }
    return `[${index + 1}]`;
  }

  private describe(source: SourceRef): string {
    switch (source.kind) {
      case 'guide':
        return source.section
          ? fill(this.t.guideSource, { section: source.section[this.lang] })
          : this.t.guideSourcePlain;
      case 'citation': {
        const note = source.note ? ` ${inline(source.note[this.lang])}` : '';
        return `${inline(source.title)}. <${source.url}> (${source.date}).${note}`;
      }
      case 'inference':
        return fill(this.t.inferenceSource, { basis: inline(source.basis[this.lang]) });
    }
  }

  render(): string[] {
    return this.lines.map((line, i) => `${i + 1}. ${line}`);
  }
}

export function toDecisionRecord(input: DecisionRecordInput): string {
  const { content, tree, trees, steps, explanation, lang, date, shareUrl } = input;
  const t: RecordText = TEXT[lang];
  const sources = new SourceList(t, lang);
  const name = (runtime: string): string =>
    content.runtimes.find((candidate) => candidate.id === runtime)?.name[lang] ?? runtime;
  const recommended = name(explanation.runtime);
  const list = (items: string[]): string => items.join(t.listSeparator);

  const support = (value: Support): string => t[value];
  const cell = (value: FeatureCellData | undefined): string =>
    value === undefined ? '—' : value.kind === 'level' ? value.text[lang] : support(value.support);
  const figure = (value: GuideFigure | undefined): string => {
    if (!value || value.kind === 'support') return '';
    const text = value.kind === 'stars' ? fill(t.stars, { n: value.stars }) : value.display[lang];
    return lang === 'zh' ? `（${text}）` : ` (${text})`;
  };
  const published = (figures: PublishedFigureData[], only?: 'disagrees'): string[] =>
    figures
      .filter((item) => only === undefined || item.relation === only)
      .map((item) => {
        const template =
          item.source.kind === 'inference'
            ? t.inference
            : item.relation === 'disagrees'
              ? t.disagree
              : t.adds;
        const text = fill(template, {
          statement: inline(item.statement[lang]),
          conditions: inline(item.conditions[lang]),
        });
        return `  - ${text} ${sources.cite(item.source)}`;
      });
  // The feature and performance tables sit in one section of the guide; a runtime without a
  // performance row (a team's own) has nothing to cite there.
  const tableCite = (runtime: string): string => {
    const row = content.performance.find((candidate) => candidate.runtime === runtime);
    return row ? sources.cite(row.source) : '';
  };
  const readingSources = (reading: RuntimeReading, finding: NeedFinding): string =>
    `${sources.cite(finding.need.criterion.source)}${tableCite(reading.runtime)}`;

  const out: string[] = [];
  out.push(`# ${fill(t.title, { runtime: recommended })}`, '');
  out.push(`- ${t.status}${t.colon}${t.proposed}`);
  out.push(`- ${t.date}${t.colon}${date}`);
  out.push(`- ${t.tree}${t.colon}${inline(tree.title[lang])} (\`${tree.id}\`)`);
  out.push(`- ${t.madeWith}${t.colon}${t.app}`, '');

  // Context
  out.push(`## ${t.context}`, '', t.contextLead, '');
  out.push(`| ${t.question} | ${t.answer} |`, '| --- | --- |');
  for (const step of steps) {
    out.push(`| ${cellText(step.question.text[lang])} | ${cellText(step.answer.label[lang])} |`);
  }
  out.push('');

  // Decision drivers: the needs the answers state, read for the chosen runtime
  out.push(`## ${t.drivers}`, '');
  if (explanation.needs.length === 0) out.push(`- ${t.noNeeds}`);
  for (const finding of explanation.needs) {
    const { need, subject } = finding;
    const reading = `“${cell(subject.cell)}”${figure(subject.figure)}`;
    const line = fill(t.driver, {
      question: inline(need.step.question.text[lang]),
      answer: inline(need.step.answer.label[lang]),
      feature: inline(need.feature.label[lang]),
      reading,
    });
    const notMet = subject.meets === false ? ` ${t.notMet}` : '';
    out.push(`- ${line}${notMet} ${readingSources(subject, finding)}`);
    out.push(...published(subject.published));
  }
  out.push('');

  // Options
  out.push(`## ${t.options}`, '');
  out.push(`- ${fill(t.chosen, { runtime: recommended })}`);
  for (const other of explanation.whyNot) out.push(`- ${name(other.runtime)}`);
  out.push('');

  // Decision outcome
  out.push(`## ${t.outcome}`, '');
  out.push(
    fill(t.chosenOption, {
      runtime: recommended,
      outcome: inline(explanation.outcome.label[lang]),
      scenario: inline(explanation.outcome.scenario[lang]),
    }),
    '',
  );
  if (explanation.scenarios.length > 0) {
    const labels = explanation.scenarios.map((match) => `“${inline(match.scenario.label[lang])}”`);
    out.push(
      `${fill(t.scenario, { scenarios: list(labels) })} ${sources.cite(content.matrix.source)}`,
    );
    const conflicts = [
      ...new Set(explanation.scenarios.flatMap((match) => match.conflicts)),
    ].flatMap((id) => {
      const criterion = content.matrix.criteria.find((candidate) => candidate.id === id);
      return criterion ? [`“${inline(criterion.label[lang])}”`] : [];
    });
    if (conflicts.length > 0) out.push('', fill(t.scenarioConflict, { criteria: list(conflicts) }));
    out.push('');
  }
  if (explanation.recommendations.length > 0) {
    out.push(`${t.recommendations} ${sources.cite(content.practice2025.source)}`, '');
    for (const { recommendation } of explanation.recommendations) {
      out.push(
        `- ${fill(t.recommendation, {
          label: inline(recommendation.label[lang]),
          first: name(recommendation.first.runtime),
          firstReason: inline(recommendation.first.reason[lang]),
          altKind: recommendation.alternative.kind === 'traditional' ? t.traditional : t.second,
          alternative: name(recommendation.alternative.runtime),
          altReason: inline(recommendation.alternative.reason[lang]),
        })}`,
      );
    }
    out.push(...published(explanation.recommendationNotes));
    out.push('');
  } else if (explanation.scenarios.length > 0) {
    out.push(`${t.noRecommendation} ${sources.cite(content.practice2025.source)}`, '');
  }

  out.push(`### ${t.consequences}`, '');
  const ownCite = tableCite(explanation.runtime);
  const featureCite = ownCite ? ` ${ownCite}` : '';
  for (const standing of explanation.strengths) {
    out.push(
      `- ${fill(t.good, { feature: inline(standing.feature.label[lang]), cell: cell(standing.cell) })}${featureCite}`,
    );
    out.push(...published(standing.disputes));
  }
  for (const standing of explanation.weaknesses) {
    out.push(
      `- ${fill(t.bad, { feature: inline(standing.feature.label[lang]), cell: cell(standing.cell) })}${featureCite}`,
    );
    out.push(...published(standing.disputes));
  }
  const caseTitles = explanation.caseStudyIds.flatMap((id) => {
    const study = content.caseStudies.find((candidate) => candidate.id === id);
    return study ? [`“${inline(study.title[lang])}”`] : [];
  });
  if (caseTitles.length > 0) out.push(`- ${fill(t.caseStudies, { titles: list(caseTitles) })}`);
  out.push('');

  // Why not the others
  out.push(`## ${t.prosCons}`, '');
  for (const other of explanation.whyNot) {
    out.push(`### ${name(other.runtime)}`, '');
    const finding = (template: string, item: NeedFinding): string[] => {
      const line = fill(template, {
        question: inline(item.need.step.question.text[lang]),
        answer: inline(item.need.step.answer.label[lang]),
        feature: inline(item.need.feature.label[lang]),
        cell: cell(item.subject.cell),
        figure: figure(item.subject.figure),
        recommended,
        rcell: cell(item.recommended.cell),
        rfigure: figure(item.recommended.figure),
      });
      return [
        `- ${line} ${readingSources(item.subject, item)}`,
        ...published(item.subject.published, 'disagrees'),
      ];
    };
    for (const item of other.fails) out.push(...finding(t.ruledOut, item));
    for (const item of other.weaker) out.push(...finding(t.weaker, item));
    for (const item of other.equal) out.push(...finding(t.equal, item));
    for (const item of other.stronger) out.push(...finding(t.stronger, item));
    const comparisons = (items: typeof other.recommendedBetter, subjectFirst: boolean): string =>
      list(
        items.map((item) =>
          fill(t.comparison, {
            feature: inline(item.feature.label[lang]),
            a: cell(subjectFirst ? item.subject : item.recommended),
            b: cell(subjectFirst ? item.recommended : item.subject),
          }),
        ),
      );
    const cited = tableCite(other.runtime);
    const otherCite = cited ? ` ${cited}` : '';
    if (other.recommendedBetter.length > 0) {
      out.push(
        `- ${fill(t.recommendedBetter, { recommended, list: comparisons(other.recommendedBetter, false) })}${otherCite}`,
      );
    }
    if (other.subjectBetter.length > 0) {
      out.push(
        `- ${fill(t.subjectBetter, { list: comparisons(other.subjectBetter, true) })}${otherCite}`,
      );
    }
    for (const { recommendation, role } of other.recommendations) {
      const template =
        role === 'first'
          ? t.first
          : recommendation.alternative.kind === 'traditional'
            ? t.alternativeTraditional
            : t.alternativeSecond;
      out.push(
        `- ${fill(template, { label: inline(recommendation.label[lang]) })} ${sources.cite(content.practice2025.source)}`,
      );
    }
    if (!other.inTree) out.push(`- ${t.notInTree}`);
    if (other.turnedAway) {
      out.push(
        `- ${fill(t.turnedAway, {
          question: inline(other.turnedAway.question.text[lang]),
          answer: inline(other.turnedAway.answer.label[lang]),
        })}`,
      );
    }
    if (other.route) out.push(`- ${describeRoute(other.route, tree, trees, t, lang)}`);
    out.push('');
  }

  if (input.weighing) out.push(input.weighing.trimEnd(), '');
  out.push(`## ${t.sources}`, '', ...sources.render(), '');
  out.push(`## ${t.share}`, '', t.shareLead, '', `<${shareUrl}>`, '');
  return out.join('\n');
}

function describeRoute(
  route: Route,
  tree: RecordTree,
  trees: readonly RecordTree[],
  t: RecordText,
  lang: Lang,
): string {
  const changes = route.changes
    .map((change) =>
      fill(t.change, {
        question: inline(change.question.text[lang]),
        answer: inline(change.to.label[lang]),
      }),
    )
    .join(t.listSeparator);
  if (route.treeId === tree.id) return fill(t.routeHere, { changes });
  const other = trees.find((candidate) => candidate.id === route.treeId);
  return fill(t.routeOther, { tree: inline(other?.title[lang] ?? route.treeId), changes });
}
