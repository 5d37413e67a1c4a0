// The result's explanation, rendered from the domain's Explanation: why this runtime, the
// guide's scenario and 2025 recommendation, why not each other runtime, and what would change
// the result. No sentence here is specific to a path; all of it comes from the data.
import { Fragment } from 'react';
import { Link } from '@tanstack/react-router';
import type { Content, Runtime, Source } from '../../content/schema';
import type {
  Explanation,
  FeatureComparison,
  NeedFinding,
  RecommendationData,
  Route,
  Standing,
  WhyNot,
} from '../../domain/explain';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { CellReading, PublishedNotes, SourceFooter } from './result-parts';
import { resultStrings } from './result-strings';
import { punctuationStrings } from '../../i18n/strings';

type SearchFor = (answers: Record<string, string>, treeId?: string) => Record<string, string>;

function runtimeOf(content: Content, id: string): Runtime | undefined {
  return content.runtimes.find((runtime) => runtime.id === id);
}

function useRuntimeName(content: Content): (id: string) => string {
  const lang = useLang();
  return (id) => runtimeOf(content, id)?.name[lang] ?? id;
}

/** The performance-table source for a runtime: the guide's tables share one section. */
function tableSource(content: Content, runtime: string): Source[] {
  const row = content.performance.find((candidate) => candidate.runtime === runtime);
  return row ? [row.source] : [];
}

// ---------------------------------------------------------------- why

export function WhySection({
  explanation,
  content,
}: {
  explanation: Explanation;
  content: Content;
}) {
  const t = useStrings(resultStrings);
  const name = useRuntimeName(content)(explanation.runtime);
  const sources: Source[] = tableSource(content, explanation.runtime);
  return (
    <section className="result-section" aria-labelledby="why-heading" data-testid="why">
      <h3 id="why-heading">{format(t.whyTitle, { runtime: name })}</h3>
      {explanation.needs.length > 0 ? (
        <>
          <p>{format(t.whyLead, { runtime: name })}</p>
          <ul className="need-list">
            {explanation.needs.map((finding) => (
              <NeedItem key={finding.need.criterion.id} finding={finding} />
            ))}
          </ul>
        </>
      ) : (
        <p>{format(t.noNeeds, { runtime: name })}</p>
      )}
      <div className="consequences">
        <StandingList title={t.ratedWell} standings={explanation.strengths} />
        <StandingList title={t.ratedWeakly} standings={explanation.weaknesses} />
      </div>
      <SourceFooter sources={sources} />
    </section>
  );
}

/** What the guide's feature table rates well or weakly, with published figures that disagree. */
function StandingList({ title, standings }: { title: string; standings: Standing[] }) {
  const lang = useLang();
  if (standings.length === 0) return null;
  return (
    <div>
      <h4>{title}</h4>
      <ul className="standing-list">
        {standings.map((standing) => (
          <li key={standing.feature.id}>
            {standing.feature.label[lang]}
            {punctuationStrings[lang].colon}
            <CellReading cell={standing.cell} />
            <PublishedNotes figures={standing.disputes} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function NeedItem({ finding }: { finding: NeedFinding }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const { need, subject } = finding;
  return (
    <li data-meets={subject.meets === false ? 'no' : 'yes'}>
      <span className="need-question">
        {format(t.youAnswered, {
          question: need.step.question.text[lang],
          answer: need.step.answer.label[lang],
        })}
      </span>
      <span className="need-reading">
        {format(t.guideRates, { feature: need.feature.label[lang], reading: '' })}
        <CellReading cell={subject.cell} figure={subject.figure} />
        {subject.meets === false && <span className="need-caveat"> · {t.notMet}</span>}
      </span>
      <PublishedNotes figures={subject.published} />
      <details className="how-read">
        <summary>{t.howWeRead}</summary>
        <SourceCitation source={need.criterion.source} />
      </details>
    </li>
  );
}

// ---------------------------------------------------------------- the guide's scenario, 2025

export function RecommendationSection({
  explanation,
  content,
}: {
  explanation: Explanation;
  content: Content;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const runtimeName = useRuntimeName(content);
  const { scenarios, recommendations } = explanation;
  const separator = t.listSeparator;
  const appliesWhy = (via: Explanation['recommendations'][number]['via']): string => {
    if (via.kind === 'scenario') return t.appliesScenario;
    const need = explanation.needs.find(
      (finding) => finding.need.step.question.id === via.questionId,
    );
    return need
      ? format(t.appliesBecause, {
          question: need.need.step.question.text[lang],
          answer: need.need.step.answer.label[lang],
        })
      : '';
  };
  const conflicts = [...new Set(scenarios.flatMap((match) => match.conflicts))].flatMap((id) => {
    const criterion = content.matrix.criteria.find((candidate) => candidate.id === id);
    return criterion ? [`“${criterion.label[lang]}”`] : [];
  });
  return (
    <section
      className="result-section"
      aria-labelledby="scenario-heading"
      data-testid="recommendations"
    >
      <h3 id="scenario-heading">{t.scenarioTitle}</h3>
      {scenarios.length > 0 ? (
        <p>
          {format(t.closestScenario, {
            scenarios: scenarios.map((match) => `“${match.scenario.label[lang]}”`).join(separator),
          })}{' '}
          {conflicts.length > 0 &&
            format(t.scenarioConflicts, { criteria: conflicts.join(separator) })}{' '}
          <Link to="/matrix" search={{ lang }}>
            {t.openMatrix}
          </Link>
          <br />
          <SourceCitation source={content.matrix.source} />
        </p>
      ) : (
        <p>{format(t.noScenario, { runtime: runtimeName(explanation.runtime) })}</p>
      )}
      {recommendations.length > 0 ? (
        <ul className="recommendation-list">
          {recommendations.map(({ recommendation, via }) => (
            <li
              key={recommendation.scenarioId}
              className="recommendation"
              data-scenario={recommendation.scenarioId}
            >
              <h4>{recommendation.label[lang]}</h4>
              <RecommendationChoices recommendation={recommendation} content={content} />
              <p className="muted recommendation-via">{appliesWhy(via)}</p>
            </li>
          ))}
        </ul>
      ) : (
        scenarios.length > 0 && <p>{t.noRecommendation}</p>
      )}
      {explanation.recommendationNotes.length > 0 && (
        <div className="recommendation-notes">
          <h4>{t.recommendationNotes}</h4>
          <PublishedNotes figures={explanation.recommendationNotes} />
        </div>
      )}
      <SourceFooter sources={[content.practice2025.source]} />
    </section>
  );
}

function RecommendationChoices({
  recommendation,
  content,
}: {
  recommendation: RecommendationData;
  content: Content;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const { first, alternative } = recommendation;
  return (
    <dl className="choices">
      <div>
        <dt>{t.firstChoice}</dt>
        <dd>
          <RuntimeBadge runtime={runtimeOf(content, first.runtime)} fallbackId={first.runtime} />{' '}
          {first.reason[lang]}
        </dd>
      </div>
      <div>
        <dt>{alternative.kind === 'traditional' ? t.traditional : t.second}</dt>
        <dd>
          <RuntimeBadge
            runtime={runtimeOf(content, alternative.runtime)}
            fallbackId={alternative.runtime}
          />{' '}
          {alternative.reason[lang]}
        </dd>
      </div>
    </dl>
  );
}

// ---------------------------------------------------------------- why not

export function WhyNotSection({
  explanation,
  content,
  searchFor,
}: {
  explanation: Explanation;
  content: Content;
  searchFor: SearchFor;
}) {
  const t = useStrings(resultStrings);
  return (
    <section className="result-section" aria-labelledby="why-not-heading" data-testid="why-not">
      <h3 id="why-not-heading">{t.whyNotTitle}</h3>
      <p className="muted">{t.whyNotLead}</p>
      <ul className="why-not-list">
        {explanation.whyNot.map((item) => (
          <WhyNotCard
            key={item.runtime}
            item={item}
            explanation={explanation}
            content={content}
            searchFor={searchFor}
          />
        ))}
      </ul>
    </section>
  );
}

function WhyNotCard({
  item,
  explanation,
  content,
  searchFor,
}: {
  item: WhyNot;
  explanation: Explanation;
  content: Content;
  searchFor: SearchFor;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const runtimeName = useRuntimeName(content);
  const runtime = runtimeOf(content, item.runtime);
  const name = runtimeName(item.runtime);
  const recommended = runtimeName(explanation.runtime);
  const headingId = `why-not-${item.runtime}`;
  const verdict =
    item.verdict === 'ruled_out'
      ? t.verdictRuledOut
      : item.verdict === 'second'
        ? t.verdictSecond
        : t.verdictNotChosen;

  const sources: Source[] = [
    ...tableSource(content, item.runtime),
    ...[...item.fails, ...item.weaker, ...item.equal, ...item.stronger].map(
      (finding) => finding.need.criterion.source,
    ),
  ];
  if (item.recommendations.length > 0) sources.push(content.practice2025.source);

  const finding = (template: string, entry: NeedFinding, compare: boolean) => (
    <li key={`${template}-${entry.need.criterion.id}`} className="reason">
      <strong>
        {format(template, {
          question: entry.need.step.question.text[lang],
          answer: entry.need.step.answer.label[lang],
        })}
      </strong>
      {punctuationStrings[lang].colon}
      {entry.need.feature.label[lang]}{' '}
      <CellReading cell={entry.subject.cell} figure={entry.subject.figure} />
      {compare && (
        <>
          {' · '}
          {format(t.versus, { recommended, reading: '' })}
          <CellReading cell={entry.recommended.cell} figure={entry.recommended.figure} />
        </>
      )}
      <PublishedNotes
        figures={entry.subject.published.filter((figure) => figure.relation === 'disagrees')}
      />
    </li>
  );

  return (
    <li
      className="why-not-card"
      data-runtime={item.runtime}
      data-verdict={item.verdict}
      style={runtimeColorStyle(runtime)}
    >
      <section aria-labelledby={headingId}>
        <h4 id={headingId} className="why-not-heading">
          <RuntimeBadge runtime={runtime} fallbackId={item.runtime} />
          <span className="verdict">{verdict}</span>
        </h4>
        <ul className="reasons">
          {item.fails.map((entry) => finding(t.failsOn, entry, true))}
          {item.weaker.map((entry) => finding(t.weakerOn, entry, true))}
          {item.equal.map((entry) => finding(t.equalOn, entry, false))}
          {item.stronger.map((entry) => finding(t.strongerOn, entry, true))}
          {item.recommendedBetter.length > 0 && (
            <li className="reason">
              <strong>{format(t.recommendedBetter, { recommended })}</strong>
              {punctuationStrings[lang].colon}
              <Comparisons items={item.recommendedBetter} subjectFirst={false} />
            </li>
          )}
          {item.subjectBetter.length > 0 && (
            <li className="reason">
              <strong>{t.subjectBetter}</strong>
              {punctuationStrings[lang].colon}
              <Comparisons items={item.subjectBetter} subjectFirst />
            </li>
          )}
          {item.recommendations.map(({ recommendation, role }) => (
            <li key={recommendation.scenarioId} className="reason">
              {format(
                role === 'first'
                  ? t.roleFirst
                  : recommendation.alternative.kind === 'traditional'
                    ? t.roleTraditional
                    : t.roleSecond,
                { label: recommendation.label[lang] },
              )}
            </li>
          ))}
          {!item.inTree && <li className="reason">{t.notInTree}</li>}
          {item.turnedAway && (
            <li className="reason">
              {format(t.turnedAway, {
                question: item.turnedAway.question.text[lang],
                answer: item.turnedAway.answer.label[lang],
              })}
            </li>
          )}
        </ul>
        {item.route && (
          <RouteLink
            route={item.route}
            currentTreeId={explanation.treeId}
            runtimeName={name}
            content={content}
            searchFor={searchFor}
          />
        )}
        <p className="why-not-more">
          <Link to="/runtimes/$runtimeId" params={{ runtimeId: item.runtime }} search={{ lang }}>
            {format(t.aboutRuntime, { runtime: name })}
          </Link>
        </p>
        <SourceFooter sources={sources} />
      </section>
    </li>
  );
}

function Comparisons({
  items,
  subjectFirst,
}: {
  items: readonly FeatureComparison[];
  subjectFirst: boolean;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  return (
    <>
      {items.map((item, index) => {
        const [a, b] = subjectFirst
          ? [item.subject, item.recommended]
          : [item.recommended, item.subject];
        const [before, middle, after] = splitTemplate(t.comparison, item.feature.label[lang]);
        return (
          <Fragment key={item.feature.id}>
            {index > 0 && t.listSeparator}
            {before}
            <CellReading cell={a} />
            {middle}
            <CellReading cell={b} />
            {after}
          </Fragment>
        );
      })}
    </>
  );
}

/** Splits "{feature}: {a} against {b}" around its two cells, with the feature filled in. */
function splitTemplate(template: string, feature: string): [string, string, string] {
  const filled = format(template, { feature });
  const [before = '', rest = ''] = filled.split('{a}');
  const [middle = '', after = ''] = rest.split('{b}');
  return [before, middle, after];
}

function RouteLink({
  route,
  currentTreeId,
  runtimeName,
  content,
  searchFor,
}: {
  route: Route;
  currentTreeId: string;
  runtimeName: string;
  content: Content;
  searchFor: SearchFor;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const tree = content.trees.find((candidate) => candidate.id === route.treeId);
  const title =
    route.treeId === currentTreeId || !tree
      ? t.routeHere
      : format(t.routeOther, { tree: tree.title[lang] });
  return (
    <div className="route">
      <p className="route-title">
        <strong>{title}</strong>
      </p>
      <ul className="route-changes">
        {route.changes.map((change) => (
          <li key={change.question.id}>
            {format(t.routeChange, {
              question: change.question.text[lang],
              answer: change.to.label[lang],
            })}
          </li>
        ))}
      </ul>
      <Link to="/wizard" search={searchFor(route.answers, route.treeId)} className="route-link">
        {format(t.openRoute, { runtime: runtimeName })}
      </Link>
    </div>
  );
}

// ---------------------------------------------------------------- what if

export function WhatIfSection({
  explanation,
  content,
  searchFor,
}: {
  explanation: Explanation;
  content: Content;
  searchFor: SearchFor;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const runtimeName = useRuntimeName(content);
  return (
    <section className="result-section" aria-labelledby="what-if-heading" data-testid="what-if">
      <h3 id="what-if-heading">{t.whatIfTitle}</h3>
      <p className="muted">{t.whatIfLead}</p>
      <ul className="what-if-list">
        {explanation.whatIf.map((item) => {
          const answer = item.alternative.label[lang];
          const question = item.step.question.text[lang];
          const destination =
            item.leadsTo.kind === 'outcome'
              ? format(t.whatIfOutcome, {
                  answer,
                  runtime: runtimeName(item.leadsTo.outcome.runtime),
                })
              : item.leadsTo.kind === 'question'
                ? format(t.whatIfQuestion, { answer, question: item.leadsTo.question.text[lang] })
                : format(t.whatIfBroken, { answer });
          const outcomeRuntime =
            item.leadsTo.kind === 'outcome'
              ? runtimeOf(content, item.leadsTo.outcome.runtime)
              : undefined;
          return (
            <li
              key={`${item.step.question.id}-${item.alternative.id}`}
              className="what-if"
              data-question-id={item.step.question.id}
              data-leads-to={
                item.leadsTo.kind === 'outcome'
                  ? `outcome:${item.leadsTo.outcome.runtime}`
                  : item.leadsTo.kind === 'question'
                    ? `question:${item.leadsTo.question.id}`
                    : 'broken'
              }
              style={runtimeColorStyle(outcomeRuntime)}
            >
              <p className="what-if-now muted">
                {format(t.whatIfAnswered, { question, answer: item.step.answer.label[lang] })}
              </p>
              <p className="what-if-then">{destination}</p>
              {item.kept.length > 0 && (
                <p className="muted what-if-kept">
                  {format(t.whatIfKept, {
                    questions: item.kept
                      .map((kept) => `“${kept.text[lang]}”`)
                      .join(t.listSeparator),
                  })}
                </p>
              )}
              <Link to="/wizard" search={searchFor(item.answers)} className="what-if-link">
                {format(t.whatIfOpen, { answer, question })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
