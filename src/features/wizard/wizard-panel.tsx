import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from '@tanstack/react-router';
import type { WizardState } from '../../app/wizard-state';
import { useContent } from '../../app/content-context';
import { getRuntime } from '../../content';
import { format, useLang, useStrings } from '../../i18n';
import { QuestionCard } from './question-card';
import { ResultSummary } from './result-summary';
import { ShareNotices } from './share-notices';
import { wizardStrings } from './strings';
import './wizard.css';

/**
 * The question being asked, or the result, with progress, Back and Start over. The route adds
 * what other features offer on a result, since features do not import each other:
 * `resultExtras` goes into the result's actions row (Copy link, Add to plan), `resultDeploy`
 * under its "On this page" menu (the deployment snippets).
 */
export function WizardPanel({
  state,
  resultExtras,
  resultDeploy,
}: {
  state: WizardState;
  resultExtras?: (runtimeId: string) => ReactNode;
  resultDeploy?: (runtimeId: string) => ReactNode;
}) {
  const lang = useLang();
  const t = useStrings(wizardStrings);
  const content = useContent();
  const { resolution, tree } = state;
  const { current, outcome, steps, maxRemaining } = resolution;
  const panelRef = useRef<HTMLDivElement>(null);
  const isFirstStep = useRef(true);
  const stepKey = current ? `q:${current.id}` : outcome ? `o:${outcome.id}` : 'none';

  // On each step (not the first load) focus moves to the new heading, so keyboard and
  // screen-reader users land on the question they now have to answer. A link that starts the
  // walk from another page asks for the same on arrival (history state `focusStep`); a page
  // opened from an address keeps the browser's own focus.
  const arrivedToAnswer = useLocation({ select: (location) => location.state.focusStep === true });
  useEffect(() => {
    if (isFirstStep.current) {
      isFirstStep.current = false;
      if (!arrivedToAnswer) return;
    }
    panelRef.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    // Only the step decides: the history state is read once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepKey]);

  const done = steps.length;
  const total = done + maxRemaining;
  const announcement = current ? current.text[lang] : outcome ? outcome.label[lang] : '';

  return (
    <div className="wizard-panel" ref={panelRef}>
      <ShareNotices notices={state.visibleNotices} tree={tree} />
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-label={format(t.progressLabel, { done, left: maxRemaining })}
      >
        <div
          className="progress-fill"
          style={{ width: `${total === 0 ? 100 : Math.round((done / total) * 100)}%` }}
        />
      </div>
      {current && (
        <QuestionCard
          question={current}
          stepNumber={done + 1}
          maxRemaining={maxRemaining}
          onAnswer={(answerId) => {
            state.answer(current.id, answerId);
          }}
        />
      )}
      {outcome && (
        <ResultSummary
          outcome={outcome}
          runtime={getRuntime(content, outcome.runtime)}
          steps={steps}
          tree={tree}
          searchBefore={state.searchBefore}
          searchFor={state.searchFor}
          canonical={state.canonical}
          extras={resultExtras?.(outcome.runtime)}
          deploy={resultDeploy?.(outcome.runtime)}
        />
      )}
      {!current && !outcome && (
        <p className="notice notice-error" role="alert">
          {t.brokenTree}
        </p>
      )}
      <div className="wizard-actions">
        <button type="button" className="btn" onClick={state.back} disabled={done === 0}>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          {t.back}
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={state.startOver}
          disabled={done === 0}
        >
          {t.startOver}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
