// The result's "what if": each other answer on the path and where it would lead instead.
import { Link } from '@tanstack/react-router';
import type { Content } from '../../content/schema';
import type { Explanation } from '../../domain/explain';
import { runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { runtimeOf, useRuntimeName, type SearchFor } from './result-parts';
import { resultStrings } from './result-strings';
import { ResultFold } from './result-fold';

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
    <ResultFold id="what-if" testId="what-if" title={t.whatIfTitle}>
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
    </ResultFold>
  );
}
