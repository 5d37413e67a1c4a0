import { useState } from 'react';
import type { WizardState } from '../../app/wizard-state';
import { appBaseUrl, useWizardUrl } from '../../app/absolute-url';
import { CopyButton } from '../../components/ui/copy-button';
import { shareSearch } from '../../domain/embed';
import { useStrings } from '../../i18n';
import { EmbedDialog } from './embed-dialog';
import { shareStrings } from './strings';
import './share.css';

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

function ShareSheetButton({ url, title }: { url: string; title: string }) {
  const t = useStrings(shareStrings);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setFailed(false);
          navigator.share({ title, url }).catch((error: unknown) => {
            // Closing the share sheet is a choice, not a failure.
            if (error instanceof DOMException && error.name === 'AbortError') return;
            setFailed(true);
          });
        }}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path
            d="M8 10V2M5 4.5 8 1.5l3 3M4 7H2.5v7.5h11V7H12"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        {t.share}
      </button>
      <span className="share-status" role="status">
        {failed ? t.shareUnavailable : ''}
      </span>
    </>
  );
}

/**
 * Copy link, the system share sheet where there is one, and the embed code: on every question
 * and result. The link is the canonical URL of this state in this language, without the
 * embed options, so a link copied inside a portal opens the full app.
 */
export function ShareActions({ state }: { state: WizardState }) {
  const t = useStrings(shareStrings);
  const toUrl = useWizardUrl();
  const embedded = state.canonical.embed === '1';
  const { answers, outcome } = state.resolution;
  const url = toUrl(shareSearch(state.searchFor(answers)));
  const label = outcome ? t.actionsLabelResult : t.actionsLabelStep;

  return (
    <section className="share-actions" aria-label={label}>
      <div className="share-buttons">
        <CopyButton text={url} label={t.copyLink} />
        {canShare() && <ShareSheetButton url={url} title={t.shareTitle} />}
        {embedded ? (
          <a className="btn btn-quiet" href={url} target="_blank" rel="noopener noreferrer">
            {t.openInNewTab}
            <span className="visually-hidden"> {t.opensInNewTab}</span>
          </a>
        ) : (
          <EmbedDialog
            treeId={state.tree.id}
            answers={answers}
            toUrl={toUrl}
            shareSearchFor={(withAnswers) =>
              shareSearch(state.searchFor(withAnswers ? answers : {}))
            }
            scriptUrl={new URL('embed.js', appBaseUrl()).href}
          />
        )}
      </div>
      {/* On paper the buttons are gone; the address is what a printed result needs. */}
      <p className="share-print-link">
        {t.printLink} <span className="share-print-url">{url}</span>
      </p>
    </section>
  );
}
