import { Link } from '@tanstack/react-router';
import type { PathStep } from '../../domain/engine';
import type { OutcomeNode } from '../../domain/tree';
import type { Runtime } from '../../content/schema';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { wizardStrings } from './strings';

interface ResultSummaryProps {
  outcome: OutcomeNode;
  runtime: Runtime | undefined;
  steps: PathStep[];
  /** The search that reopens the wizard at a given question (answers before it kept). */
  searchBefore: (questionId: string) => Record<string, string>;
}

export function ResultSummary({ outcome, runtime, steps, searchBefore }: ResultSummaryProps) {
  const lang = useLang();
  const t = useStrings(wizardStrings);
  const runtimeName = runtime ? runtime.name[lang] : outcome.runtime;

  return (
    <section
      className="card result-card"
      data-testid="result"
      data-runtime={outcome.runtime}
      aria-labelledby="result-heading"
      style={runtimeColorStyle(runtime)}
    >
      <p className="step-label">
        <span className="step-number">{t.resultLabel}</span>
      </p>
      <h2 id="result-heading" tabIndex={-1} data-step-heading className="result-heading">
        {format(t.recommended, { runtime: runtimeName })}
      </h2>
      {runtime && <p className="result-summary">{runtime.summary[lang]}</p>}

      <dl className="result-facts">
        <div>
          <dt>{t.outcomeInTree}</dt>
          <dd>{outcome.label[lang]}</dd>
        </div>
        <div>
          <dt>{t.scenario}</dt>
          <dd>{outcome.scenario[lang]}</dd>
        </div>
      </dl>

      <h3>{t.yourAnswers}</h3>
      <ol className="answer-trail">
        {steps.map((step) => (
          <li key={step.question.id}>
            <span className="trail-question">{step.question.text[lang]}</span>
            <span className="trail-answer">{step.answer.label[lang]}</span>
            <Link
              to="/wizard"
              search={searchBefore(step.question.id)}
              className="trail-change"
              aria-label={format(t.changeAnswer, { question: step.question.text[lang] })}
            >
              {t.change}
            </Link>
          </li>
        ))}
      </ol>

      {runtime && (
        <section className="guidance" aria-labelledby="guidance-heading">
          <h3 id="guidance-heading">
            {format(t.guidance, { runtime: runtimeName })} <RuntimeBadge runtime={runtime} />
          </h3>
          <h4>{t.coreTraits}</h4>
          {runtime.coreTraits.length > 0 ? (
            <ul className="trait-list">
              {runtime.coreTraits.map((trait) => (
                <li key={trait.title.en}>
                  <strong>{trait.title[lang]}</strong>
                  {lang === 'zh' ? '：' : ': '}
                  {trait.text[lang]}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t.guideHasNone}</p>
          )}
          <div className="guidance-columns">
            <div>
              <h4>{t.typicalUses}</h4>
              {runtime.typicalUses.length > 0 ? (
                <ul>
                  {runtime.typicalUses.map((use) => (
                    <li key={use.en}>{use[lang]}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t.guideHasNone}</p>
              )}
            </div>
            <div>
              <h4>{t.advantages}</h4>
              {runtime.advantages.length > 0 ? (
                <ul>
                  {runtime.advantages.map((advantage) => (
                    <li key={advantage.en}>{advantage[lang]}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t.guideHasNone}</p>
              )}
            </div>
          </div>
          <p className="source-line">{t.fromGuide}</p>
        </section>
      )}
    </section>
  );
}
