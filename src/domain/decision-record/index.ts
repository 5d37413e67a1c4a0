// The result as an architecture decision record in the MADR style (Markdown): title, status,
// date, context (the questions and answers), decision drivers, options, the decision with its
// consequences, why not each other option, sources and the share link. Generated from an
// Explanation (../explain), so it says exactly what the result page says. Pure: the date and
// the share link come in as arguments, so the text is stable and snapshot-tested.
import type { PathStep } from '../engine';
import type {
  Explanation,
  ExplainContent,
  FeatureCellData,
  GuideFigure,
  NeedFinding,
  PublishedFigureData,
  Route,
  RuntimeReading,
  Support,
} from '../explain';
import type { DecisionTree, Lang, Localized } from '../tree';
import { SourceList } from './sources';
import { cellText, fill, inline, type DecisionRecordText } from './text';

export type { DecisionRecordKey, DecisionRecordText } from './text';

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
  /** The record's wording in each language (src/i18n/decision-record-strings.ts). */
  strings: Readonly<Record<Lang, DecisionRecordText>>;
  /** A weighing of the runtimes (domain/weigh/record.ts, Markdown), placed before the sources. */
  weighing?: string | undefined;
}

export function toDecisionRecord(input: DecisionRecordInput): string {
  const { content, tree, trees, steps, explanation, lang, date, shareUrl } = input;
  const t: DecisionRecordText = input.strings[lang];
  const sources = new SourceList(t, lang);
  const name = (runtime: string): string =>
    inline(content.runtimes.find((candidate) => candidate.id === runtime)?.name[lang] ?? runtime);
  const recommended = name(explanation.runtime);
  const list = (items: string[]): string => items.join(t.listSeparator);

  const support = (value: Support): string => t[value];
  const cell = (value: FeatureCellData | undefined): string =>
    value === undefined
      ? '—'
      : value.kind === 'level'
        ? inline(value.text[lang])
        : support(value.support);
  const figure = (value: GuideFigure | undefined): string => {
    if (!value || value.kind === 'support') return '';
    const text =
      value.kind === 'stars' ? fill(t.stars, { n: value.stars }) : inline(value.display[lang]);
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
    if (need.property && subject.property) {
      // A published row decides this need (the result reads it so): say whose row it is, with
      // the guide's own cell beside it.
      const line = fill(t.driverProperty, {
        question: inline(need.step.question.text[lang]),
        answer: inline(need.step.answer.label[lang]),
        property: inline(need.property.label[lang]),
        reading: `“${support(subject.property.support)}”${lang === 'zh' ? '，' : ', '}${inline(subject.property.text[lang])}`,
        feature: inline(need.feature.label[lang]),
        guide: `“${cell(subject.cell)}”${figure(subject.figure)}`,
      });
      const notMet = subject.meets === false ? ` ${t.notMetProperty}` : '';
      out.push(
        `- ${line}${notMet} ${sources.cite(need.criterion.source)}${sources.cite(subject.property.source)}${tableCite(subject.runtime)}`,
      );
      out.push(...published(subject.published));
      continue;
    }
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

  // Disputed: the guide's own advice or published figures point elsewhere (as the result says).
  const { dispute } = explanation;
  if (dispute) {
    const reason = (entry: (typeof dispute.reasons)[number]): string =>
      entry.kind === 'recommendation'
        ? fill(t.disputeRecommendation, {
            first: name(entry.recommendation.first.runtime),
            label: inline(entry.recommendation.label[lang]),
          })
        : fill(t.disputePublished, {
            runtime: recommended,
            question: inline(entry.need.step.question.text[lang]),
          });
    const reasons = [...new Set(dispute.reasons.map(reason))].join(t.disputeJoin);
    out.push(`## ${t.disputed}`, '', fill(t.disputeLead, { reasons }));
    const other = trees.find((candidate) => candidate.id === dispute.target.treeId);
    const { lands } = dispute.target;
    if (other && lands.kind === 'outcome') {
      out.push(
        '',
        fill(t.disputeLands, {
          tree: inline(other.title[lang]),
          runtime: name(lands.outcome.runtime),
        }),
      );
    } else if (other) {
      out.push(
        '',
        fill(t.disputeOpen, {
          tree: inline(other.title[lang]),
          question: lands.kind === 'question' ? inline(lands.question.text[lang]) : '—',
        }),
      );
    }
    out.push('');
  }

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
      // Where a published row decides the need, the comparison reads that row, as the result
      // does: never the guide's stars for a question they do not answer.
      const row = item.need.property;
      const mark = (reading: RuntimeReading): string =>
        reading.property ? support(reading.property.support) : '—';
      const line = fill(template, {
        question: inline(item.need.step.question.text[lang]),
        answer: inline(item.need.step.answer.label[lang]),
        feature: inline((row ?? item.need.feature).label[lang]),
        cell: row ? mark(item.subject) : cell(item.subject.cell),
        figure: row ? '' : figure(item.subject.figure),
        recommended,
        rcell: row ? mark(item.recommended) : cell(item.recommended.cell),
        rfigure: row ? '' : figure(item.recommended.figure),
      });
      const cite = item.subject.property
        ? sources.cite(item.subject.property.source)
        : readingSources(item.subject, item);
      return [`- ${line} ${cite}`, ...published(item.subject.published, 'disagrees')];
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
  t: DecisionRecordText,
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
