// The result's "why not": a card for each other runtime that says where it falls short of the
// answers (or does better), and, where one exists, the route through the trees that leads to it.
import { Fragment } from 'react';
import { Link } from '@tanstack/react-router';
import type { Content, Source } from '../../content/schema';
import type {
  Explanation,
  FeatureComparison,
  NeedFinding,
  Route,
  WhyNot,
} from '../../domain/explain';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import {
  CellReading,
  PropertyReading,
  PublishedBesideGuide,
  runtimeOf,
  SourceFooter,
  tableSource,
  useRuntimeName,
  type SearchFor,
} from './result-parts';
import { resultStrings } from './result-strings';
import { ResultFold } from './result-fold';
import { punctuationStrings } from '../../i18n/strings';

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
    <ResultFold id="why-not" testId="why-not" title={t.whyNotTitle}>
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
    </ResultFold>
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
      : item.verdict === 'disputed'
        ? t.verdictDisputed
        : item.verdict === 'second'
          ? t.verdictSecond
          : item.verdict === 'also_meets'
            ? t.verdictAlsoMeets
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
      {entry.subject.property && (
        <>
          {' · '}
          <PropertyReading row={entry.need.property} cell={entry.subject.property} />
        </>
      )}
      <PublishedBesideGuide
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
              <Comparisons items={item.recommendedBetter} recommended={recommended} />
            </li>
          )}
          {item.subjectBetter.length > 0 && (
            <li className="reason">
              <strong>{t.subjectBetter}</strong>
              {punctuationStrings[lang].colon}
              <Comparisons items={item.subjectBetter} recommended={recommended} />
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
  recommended,
}: {
  items: readonly FeatureComparison[];
  /** The recommended runtime's name: the line names whose cell each one is. */
  recommended: string;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  return (
    <>
      {items.map((item, index) => {
        const [a, b] = [item.subject, item.recommended];
        const [before, middle, after] = splitTemplate(
          t.comparison,
          item.feature.label[lang],
          recommended,
        );
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

/** Splits "{feature}: {a} ({recommended}: {b})" around its two cells, the names filled in. */
function splitTemplate(
  template: string,
  feature: string,
  recommended: string,
): [string, string, string] {
  const filled = format(template, { feature, recommended });
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
