import { useMemo, type ReactNode } from 'react';
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
import { resultStrings } from './result-strings';
import { glanceOf, ResultGlance } from './result-glance';
import { OnThisPage, ResultFold, useResultFolds, type FoldEntry } from './result-fold';
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
  /**
   * What the route adds to the actions row from other features (Copy link and Embed, Add to
   * plan), since features do not import each other.
   */
  extras?: ReactNode;
  /** The deployment snippets (another feature), folded under "On this page" like the rest. */
  deploy?: ReactNode;
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
  deploy,
}: ResultSummaryProps) {
  const lang = useLang();
  const t = useStrings(wizardStrings);
  const r = useStrings(resultStrings);
  const content = useContent();
  useResultFolds();
  // Only the guide's own tree has "the guide's" outcomes and scenarios; ours and teams' trees do not.
  const fromGuideTree =
    content.trees.find((candidate) => candidate.id === tree.id)?.origin === 'guide';
  const runtimeName = runtime ? runtime.name[lang] : outcome.runtime;
  const explanation = useMemo(
    () => explain(content, tree, steps, outcome, content.trees),
    [content, tree, steps, outcome],
  );
  const glance = useMemo(() => glanceOf(explanation), [explanation]);
  const shown = useMemo(() => new Set(glance.caveat ? [glance.caveat.figure.id] : []), [glance]);
  const weighSearch = resultWeighSearch(
    content,
    tree,
    Object.fromEntries(steps.map((step) => [step.question.id, step.answer.id])),
    { lang },
  );
  // The guide's outcome labels use a notation it never explains ("Y=4 sandbox isolation").
  const labelHasNotation = /\bY\s*=\s*\d/.test(outcome.label[lang]);
  const hasCaseStudies = content.caseStudies.some((study) =>
    explanation.caseStudyIds.includes(study.id),
  );

  const entries: FoldEntry[] = [
    { id: 'answers', title: t.yourAnswers },
    { id: 'why', title: format(r.whyTitle, { runtime: runtimeName }) },
    { id: 'why-not', title: r.whyNotTitle },
    { id: 'what-if', title: r.whatIfTitle },
    { id: 'scenario', title: r.scenarioTitle },
    ...(runtime
      ? [
          {
            id: 'guidance',
            title: format(runtime.source.kind === 'guide' ? t.guidance : t.guidanceOther, {
              runtime: runtimeName,
            }),
          },
          { id: 'practices', title: format(r.bestPracticesTitle, { runtime: runtimeName }) },
        ]
      : []),
    ...(hasCaseStudies ? [{ id: 'case-studies', title: r.caseStudiesTitle }] : []),
    ...(deploy ? [{ id: 'deploy', title: format(r.deployTitle, { runtime: runtimeName }) }] : []),
  ];

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

      <ResultGlance explanation={explanation} content={content} glance={glance} steps={steps} />

      <div
        className="result-actions"
        data-testid="result-actions"
        role="group"
        aria-label={r.actionsLabel}
      >
        {extras}
        <DecisionRecordActions
          explanation={explanation}
          content={content}
          tree={tree}
          steps={steps}
          canonical={canonical}
        />
        {runtime && (
          <Link to="/weigh" search={weighSearch} className="btn">
            {r.weighNeeds}
          </Link>
        )}
      </div>

      <dl className="result-facts">
        <div>
          <dt>{fromGuideTree ? t.outcomeInTree : t.outcomeInOtherTree}</dt>
          <dd>
            {outcome.label[lang]}
            {labelHasNotation && <span className="result-notation">{r.outcomeNotation}</span>}
          </dd>
        </div>
        <div>
          <dt>{fromGuideTree ? t.scenario : t.scenarioOther}</dt>
          <dd>{outcome.scenario[lang]}</dd>
        </div>
      </dl>

      <OnThisPage label={r.onThisPage} entries={entries} />

      <section className="result-section" id="answers" aria-labelledby="answers-heading">
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

      <WhySection explanation={explanation} content={content} shown={shown} />
      <WhyNotSection explanation={explanation} content={content} searchFor={searchFor} />
      <WhatIfSection explanation={explanation} content={content} searchFor={searchFor} />
      <RecommendationSection explanation={explanation} content={content} />

      {runtime && (
        <ResultFold
          id="guidance"
          title={
            <>
              {format(runtime.source.kind === 'guide' ? t.guidance : t.guidanceOther, {
                runtime: runtimeName,
              })}{' '}
              <RuntimeBadge runtime={runtime} />
            </>
          }
        >
          <RuntimeGuidance runtime={runtime} level={4} />
        </ResultFold>
      )}

      {runtime && <BestPracticesSection runtime={runtime} content={content} />}
      <CaseStudiesSection ids={explanation.caseStudyIds} content={content} />
      {deploy && (
        <ResultFold
          id="deploy"
          title={format(r.deployTitle, { runtime: runtimeName })}
          defaultOpen={canonical.target !== undefined}
        >
          {deploy}
        </ResultFold>
      )}
      {runtime && <ResultLinks runtime={runtime} />}
    </section>
  );
}
