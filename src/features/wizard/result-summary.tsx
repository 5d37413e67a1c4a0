import { useMemo, type ReactNode } from 'react';
import { RuntimeSummary } from '../../components/ui/runtime-summary';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import type { PathStep } from '../../domain/engine';
import { explain } from '../../domain/explain';
import { resultWeighSearch } from '../../domain/weigh/state';
import type { DecisionTree, OutcomeNode } from '../../domain/tree';
import type { Runtime } from '../../content/schema';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { RuntimeGuidance } from '../../components/ui/runtime-guidance';
import { format, useLang, useStrings } from '../../i18n';
import { RecommendationSection } from './result-recommendations';
import { WhatIfSection } from './result-what-if';
import { WhyNotSection } from './result-why-not';
import { WhySection } from './result-why';
import { CaseStudiesSection } from './result-case-studies';
import { ResultLinks } from './result-links';
import { ResultDispute } from './result-dispute';
import { BestPracticesSection } from './result-practices';
import { DecisionRecordActions } from './result-record';
import { wizardStrings } from './strings';
import './result.css';

interface ResultSummaryProps {
  outcome: OutcomeNode;
  runtime: Runtime | undefined;
  steps: PathStep[];
  tree: DecisionTree;
  /** The search that reopens the wizard at a given question (answers before it kept). */
  searchBefore: (questionId: string) => Record<string, string>;
  /** The search for any set of answers (what-if and route links). */
  searchFor: (answers: Record<string, string>, treeId?: string) => Record<string, string>;
  /** This result's canonical search: its share link. */
  canonical: Record<string, string>;
  /** What the route adds from other features (Add to plan). */
  extras?: ReactNode;
}

export function ResultSummary({
  outcome,
  runtime,
  steps,
  tree,
  searchBefore,
  searchFor,
  canonical,
  extras,
}: ResultSummaryProps) {
  const lang = useLang();
  const t = useStrings(wizardStrings);
  const content = useContent();
  // Only the guide's own tree has "the guide's" outcomes and scenarios; ours and teams' trees do not.
  const fromGuideTree =
    content.trees.find((candidate) => candidate.id === tree.id)?.origin === 'guide';
  const runtimeName = runtime ? runtime.name[lang] : outcome.runtime;
  const explanation = useMemo(
    () => explain(content, tree, steps, outcome, content.trees),
    [content, tree, steps, outcome],
  );

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
      <ResultDispute
        dispute={explanation.dispute}
        runtime={outcome.runtime}
        content={content}
        searchFor={searchFor}
      />
      {runtime && <RuntimeSummary runtime={runtime} className="result-summary" />}

      <dl className="result-facts">
        <div>
          <dt>{fromGuideTree ? t.outcomeInTree : t.outcomeInOtherTree}</dt>
          <dd>{outcome.label[lang]}</dd>
        </div>
        <div>
          <dt>{fromGuideTree ? t.scenario : t.scenarioOther}</dt>
          <dd>{outcome.scenario[lang]}</dd>
        </div>
      </dl>

      {runtime && (
        <ResultLinks
          runtime={runtime}
          weighSearch={resultWeighSearch(
            content,
            tree,
            Object.fromEntries(steps.map((step) => [step.question.id, step.answer.id])),
            { lang },
          )}
        />
      )}

      <section className="result-section" aria-labelledby="answers-heading">
        <h3 id="answers-heading">{t.yourAnswers}</h3>
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
      </section>

      <WhySection explanation={explanation} content={content} />
      <RecommendationSection explanation={explanation} content={content} />
      <WhyNotSection explanation={explanation} content={content} searchFor={searchFor} />
      <WhatIfSection explanation={explanation} content={content} searchFor={searchFor} />

      {runtime && (
        <section className="result-section guidance" aria-labelledby="guidance-heading">
          <h3 id="guidance-heading">
            {format(runtime.source.kind === 'guide' ? t.guidance : t.guidanceOther, {
              runtime: runtimeName,
            })}{' '}
            <RuntimeBadge runtime={runtime} />
          </h3>
          <RuntimeGuidance runtime={runtime} level={4} />
        </section>
      )}

      {runtime && <BestPracticesSection runtime={runtime} content={content} />}
      <CaseStudiesSection ids={explanation.caseStudyIds} content={content} />
      <DecisionRecordActions
        explanation={explanation}
        content={content}
        tree={tree}
        steps={steps}
        canonical={canonical}
      />
      {extras}
    </section>
  );
}
