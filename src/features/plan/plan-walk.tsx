// Walking a decision tree in place, inside the plan: to add a workload, or to change the
// answers of one (the walk opens with them). "Back to plan" leaves without a change.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useContent } from '../../app/content-context';
import { getRuntime } from '../../content';
import { resolvePath } from '../../domain/engine';
import { cleanName, MAX_NAME_CHARS, type PlanWorkload } from '../../domain/plan/plan';
import { format, useLang, useStrings } from '../../i18n';
import { planStrings } from './strings';

export interface WalkRequest {
  mode: 'add' | 'edit';
  treeId: string;
  answers: Record<string, string>;
  /** The workload's name when editing; a new workload takes its outcome's label. */
  name?: string;
}

export function PlanWalk({
  request,
  onDone,
  onCancel,
}: {
  request: WalkRequest;
  onDone: (workload: PlanWorkload) => void;
  onCancel: () => void;
}) {
  const t = useStrings(planStrings);
  const lang = useLang();
  const content = useContent();
  const tree = content.trees.find((candidate) => candidate.id === request.treeId);
  const [answers, setAnswers] = useState<Record<string, string>>(request.answers);
  const [name, setName] = useState(request.name);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const resolution = useMemo(
    () => (tree ? resolvePath(tree, answers) : undefined),
    [tree, answers],
  );
  const stepKey = resolution?.current?.id ?? resolution?.outcome?.id ?? '';
  const first = useRef(true);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    stepRef.current?.focus();
  }, [stepKey]);

  if (!tree || !resolution) return null;
  const { steps, current, outcome } = resolution;
  const before = (questionId: string) => {
    const kept: Record<string, string> = {};
    for (const step of steps) {
      if (step.question.id === questionId) break;
      kept[step.question.id] = step.answer.id;
    }
    return kept;
  };
  const outcomeName = outcome ? cleanName(outcome.label[lang]) : '';
  const shownName = name ?? outcomeName;

  return (
    <section className="card plan-walk" aria-labelledby={`${id}-heading`} data-testid="plan-walk">
      <div className="plan-walk-head">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {request.mode === 'edit' && request.name
            ? format(t.editHeading, { name: request.name })
            : t.walkHeading}
        </h2>
        <button type="button" className="btn" onClick={onCancel}>
          {t.backToPlan}
        </button>
      </div>
      <p className="muted">{tree.title[lang]}</p>
      {steps.length > 0 && (
        <ol className="plan-walk-trail">
          {steps.map((step) => (
            <li key={step.question.id}>
              <span>{step.question.text[lang]}</span> <strong>{step.answer.label[lang]}</strong>{' '}
              <button
                type="button"
                className="btn btn-quiet btn-small"
                aria-label={format(t.walkChangeOf, { question: step.question.text[lang] })}
                onClick={() => {
                  setAnswers(before(step.question.id));
                }}
              >
                {t.walkChange}
              </button>
            </li>
          ))}
        </ol>
      )}
      {current && (
        <div className="plan-walk-question" data-testid="plan-walk-question">
          <p className="step-label">{format(t.walkStep, { n: steps.length + 1 })}</p>
          <h3 ref={stepRef} tabIndex={-1}>
            {current.text[lang]}
          </h3>
          <p className="muted">{current.help[lang]}</p>
          <div className="plan-walk-answers">
            {current.answers.map((answer) => (
              <button
                key={answer.id}
                type="button"
                className="btn"
                onClick={() => {
                  setAnswers({ ...before(current.id), [current.id]: answer.id });
                }}
              >
                {answer.label[lang]}
              </button>
            ))}
          </div>
        </div>
      )}
      {outcome && (
        <form
          className="plan-walk-done"
          onSubmit={(event) => {
            event.preventDefault();
            onDone({
              name: cleanName(shownName) || outcomeName,
              treeId: tree.id,
              answers: { ...resolution.answers },
            });
          }}
        >
          <h3 ref={stepRef} tabIndex={-1}>
            {format(t.walkReached, {
              runtime: getRuntime(content, outcome.runtime)?.name[lang] ?? outcome.runtime,
              outcome: outcome.label[lang],
            })}
          </h3>
          <label htmlFor={`${id}-name`}>{t.nameLabel}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={shownName}
            maxLength={MAX_NAME_CHARS}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
          <button type="submit" className="btn btn-primary">
            {request.mode === 'edit' ? t.saveAnswers : t.addWalked}
          </button>
        </form>
      )}
      {steps.length > 0 && (
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => {
            const last = steps.at(-1);
            if (last) setAnswers(before(last.question.id));
          }}
        >
          {t.walkBack}
        </button>
      )}
    </section>
  );
}
