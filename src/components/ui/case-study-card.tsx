import type { Content } from '../../content/schema';
import { useLang, useStrings } from '../../i18n';
import { SourceCitation } from './source-citation';
import { uiStrings } from './strings';
import { punctuationStrings } from '../../i18n/strings';

type CaseStudy = Content['caseStudies'][number];

/**
 * One of the guide's case studies, as reported there: scenario, stack, reasons and results,
 * with its source. `level` is the card's heading level, so that it nests under the section
 * it is shown in (the runtime page's h2, the result page's h3).
 */
export function CaseStudyCard({ study, level }: { study: CaseStudy; level: 3 | 4 }) {
  const lang = useLang();
  const t = useStrings(uiStrings);
  const Title = level === 3 ? 'h3' : 'h4';
  const Subtitle = level === 3 ? 'h4' : 'h5';
  const colon = punctuationStrings[lang].colon;
  const titleId = `case-${study.id}`;
  return (
    <article className="case-card" aria-labelledby={titleId}>
      <Title id={titleId}>{study.title[lang]}</Title>
      <p>{study.scenario[lang]}</p>
      <p className="muted">
        {t.caseStack}
        {colon}
        {study.stack.map((entry) => (typeof entry === 'string' ? entry : entry[lang])).join(' · ')}
      </p>
      <Subtitle>{t.caseReasons}</Subtitle>
      <ul>
        {study.reasons.map((reason) => (
          <li key={reason.title.en}>
            <strong>{reason.title[lang]}</strong>
            {colon}
            {reason.text[lang]}
          </li>
        ))}
      </ul>
      <Subtitle>{t.caseResults}</Subtitle>
      <dl className="case-results">
        {study.results.map((result) => (
          <div key={result.label.en}>
            <dt>{result.label[lang]}</dt>
            <dd>{result.value[lang]}</dd>
          </div>
        ))}
      </dl>
      <SourceCitation source={study.source} />
    </article>
  );
}
