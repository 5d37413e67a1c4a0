import { useRef, useState, type ComponentProps } from 'react';
import type { WizardState } from '../../app/wizard-state';
import { appBaseUrl, useWizardUrl } from '../../app/absolute-url';
import { CopyButton } from '../../components/ui/copy-button';
import { shareSearch } from '../../domain/embed';
import { lazyModule } from '../../lib/lazy-module';
import { useStrings } from '../../i18n';
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

type EmbedDialogModule = typeof import('./embed-dialog');
type EmbedProps = Omit<
  ComponentProps<EmbedDialogModule['EmbedDialog']>,
  'openRequest' | 'openerRef'
>;

// The dialog and the embed code it writes are only needed once someone opens it.
const embedDialogModule = lazyModule(() => import('./embed-dialog'));

/** The Embed button; its dialog loads on the first click and opens once it is there. */
function EmbedButton(props: EmbedProps) {
  const t = useStrings(shareStrings);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<EmbedDialogModule['EmbedDialog']>();
  const [openRequest, setOpenRequest] = useState(0);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  const Dialog = dialog;
  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        aria-busy={status === 'loading' || undefined}
        onPointerEnter={() => {
          embedDialogModule.load().catch(() => undefined);
        }}
        onClick={() => {
          if (Dialog) {
            setOpenRequest((request) => request + 1);
            return;
          }
          if (status === 'loading') return;
          setStatus('loading');
          embedDialogModule.load().then(
            (loaded) => {
              // A component in state must be wrapped, or React would call it as an updater.
              setDialog(() => loaded.EmbedDialog);
              setOpenRequest((request) => request + 1);
              setStatus('idle');
            },
            () => {
              setStatus('failed');
            },
          );
        }}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path
            d="M5.5 4 1.5 8l4 4M10.5 4l4 4-4 4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        {status === 'loading' ? t.embedLoading : t.embed}
      </button>
      <span className="share-status" role="status">
        {status === 'failed' ? t.embedLoadFailed : ''}
      </span>
      {Dialog && <Dialog {...props} openRequest={openRequest} openerRef={openerRef} />}
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
          <EmbedButton
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
