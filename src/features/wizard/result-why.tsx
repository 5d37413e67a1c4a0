// The result's "why": the needs the answers stated and how the guide rates the runtime on each,
// and what its feature table rates well or weakly.
import type { Content, Source } from '../../content/schema';
import type { Explanation, NeedFinding, Standing } from '../../domain/explain';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import {
  CellReading,
  PropertyReading,
  PublishedBesideGuide,
  SourceFooter,
  tableSource,
  useRuntimeName,
} from './result-parts';
import { resultStrings } from './result-strings';
import { ResultFold } from './result-fold';
import { punctuationStrings } from '../../i18n/strings';

export function WhySection({
  explanation,
  content,
  shown,
}: {
  explanation: Explanation;
  content: Content;
  /** Published figures already on the page (the result's headline caveat): never repeated. */
  shown: ReadonlySet<string>;
}) {
  const t = useStrings(resultStrings);
  const name = useRuntimeName(content)(explanation.runtime);
  const sources: Source[] = tableSource(content, explanation.runtime);
  // A figure shown under a need is not shown again under the table's ratings.
  const seen = new Set(shown);
  const needs = explanation.needs.map((finding) => {
    const published = finding.subject.published.filter((figure) => !seen.has(figure.id));
    for (const figure of published) seen.add(figure.id);
    return { ...finding, subject: { ...finding.subject, published } };
  });
  const unseen = (standings: Standing[]) =>
    standings.map((standing) => ({
      ...standing,
      disputes: standing.disputes.filter((figure) => !seen.has(figure.id)),
    }));
  return (
    <ResultFold id="why" testId="why" title={format(t.whyTitle, { runtime: name })}>
      {needs.length > 0 ? (
        <>
          <p>{format(t.whyLead, { runtime: name })}</p>
          <ul className="need-list">
            {needs.map((finding) => (
              <NeedItem key={finding.need.criterion.id} finding={finding} />
            ))}
          </ul>
        </>
      ) : (
        <p>{format(t.noNeeds, { runtime: name })}</p>
      )}
      <div className="consequences">
        <StandingList title={t.ratedWell} standings={unseen(explanation.strengths)} />
        <StandingList title={t.ratedWeakly} standings={unseen(explanation.weaknesses)} />
      </div>
      <SourceFooter sources={sources} />
    </ResultFold>
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
            <PublishedBesideGuide figures={standing.disputes} />
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
        {subject.meets === false && !subject.property && (
          <span className="need-caveat"> · {t.notMet}</span>
        )}
      </span>
      {subject.property && (
        <span className="need-reading">
          <PropertyReading row={need.property} cell={subject.property} />
          {subject.meets === false && <span className="need-caveat"> · {t.propertyNotMet}</span>}
        </span>
      )}
      <PublishedBesideGuide figures={subject.published} />
      <details className="how-read">
        <summary>{t.howWeRead}</summary>
        <SourceCitation source={need.criterion.source} />
      </details>
    </li>
  );
}
