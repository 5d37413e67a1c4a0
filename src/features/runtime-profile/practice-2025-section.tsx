// The runtime page's 2025 section: the guide's recommendations that name this runtime, the
// guide's 2025 practice notes when they are about it, and published version facts.
import type { Content, Runtime } from '../../content/schema';
import type { RuntimeProfile } from '../../domain/explain';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { FigureList } from './figure-list';
import { runtimeStrings } from './strings';
import { punctuationStrings } from '../../i18n/strings';

export function Practice2025Section({
  runtime,
  content,
  profile,
}: {
  runtime: Runtime;
  content: Content;
  profile: RuntimeProfile;
}) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const name = runtime.name[lang];
  const colon = punctuationStrings[lang].colon;
  return (
    <section className="card" id="practice-2025" aria-labelledby="practice-2025-title">
      <h2 id="practice-2025-title">{t.practiceTitle}</h2>
      {profile.recommendations.length > 0 ? (
        <ul>
          {profile.recommendations.map(({ recommendation, role }) => {
            const choice = role === 'first' ? recommendation.first : recommendation.alternative;
            const template =
              role === 'first'
                ? t.recommendedFirst
                : recommendation.alternative.kind === 'traditional'
                  ? t.recommendedTraditional
                  : t.recommendedSecond;
            return (
              <li key={recommendation.scenarioId}>
                {format(template, {
                  label: recommendation.label[lang],
                  reason: choice.reason[lang],
                })}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{format(t.noRecommendations, { runtime: name })}</p>
      )}
      {content.practice2025.runtime === runtime.id && (
        <div className="practice-notes">
          <h3>{content.practice2025.title[lang]}</h3>
          <p className="muted">
            {t.stack}
            {colon}
            {content.practice2025.stack
              .map((entry) => (typeof entry === 'string' ? entry : entry[lang]))
              .join(' · ')}
          </p>
          <ul>
            {content.practice2025.features.map((feature) => (
              <li key={feature.title.en}>
                <strong>{feature.title[lang]}</strong>
                {colon}
                {feature.text[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="source-line">
        <SourceCitation source={content.practice2025.source} />
      </p>
      {(profile.published.version ?? []).length > 0 && (
        <>
          <h3>{t.versionsTitle}</h3>
          <FigureList figures={profile.published.version ?? []} />
        </>
      )}
    </section>
  );
}
