// The result's scenario section: the guide's closest scenarios and its 2025 recommendations
// that apply, with the reason each applies.
import { Link } from '@tanstack/react-router';
import type { Content } from '../../content/schema';
import type { Explanation, RecommendationData } from '../../domain/explain';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { PublishedBesideGuide, runtimeOf, SourceFooter, useRuntimeName } from './result-parts';
import { resultStrings } from './result-strings';
import { ResultFold } from './result-fold';

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
    <ResultFold id="scenario" testId="recommendations" title={t.scenarioTitle}>
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
          <PublishedBesideGuide figures={explanation.recommendationNotes} />
        </div>
      )}
      <SourceFooter sources={[content.practice2025.source]} />
    </ResultFold>
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
