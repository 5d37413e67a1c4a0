import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { useStrings } from '../../i18n';
import { uiStrings } from './strings';

/** Text that is only made on demand (its code loads on first use); rejects if it cannot be. */
export type PrepareText = () => string | Promise<string>;

interface CopyButtonProps {
  /**
   * The exact text that goes to the clipboard, or a function that prepares it. A function that
   * answers at once copies within the click, like a string; one that returns a promise shows
   * a pending label until the text is ready. If it rejects, the button returns to idle and the
   * caller says what went wrong.
   */
  text: string | PrepareText;
  /** Visible label; the accessible name always begins with it ("Copy", "Copy link"). */
  label?: string;
  className?: string;
}

/**
 * Copies `text`. On success the label reads "Copied" for a moment and a polite live region
 * says so. When the clipboard is unavailable, the text appears selected in a read-only field
 * with instructions instead: the button never claims a copy that did not happen.
 */
export function CopyButton({ text, label, className }: CopyButtonProps) {
  const t = useStrings(uiStrings);
  const [status, setStatus] = useState<'idle' | 'preparing' | 'copied' | 'fallback'>('idle');
  const [prepared, setPrepared] = useState('');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const fallbackId = useId();
  const visibleLabel = label ?? t.copy;

  useEffect(() => {
    if (status === 'fallback') {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
    if (status !== 'copied') return;
    const timer = setTimeout(() => {
      setStatus('idle');
    }, 2000);
    return () => {
      clearTimeout(timer);
    };
  }, [status]);

  return (
    <span className="copy-control">
      <button
        type="button"
        className={className ?? 'btn copy-button'}
        data-status={status}
        aria-busy={status === 'preparing' || undefined}
        onClick={() => {
          if (status === 'preparing') return;
          const copy = (value: string) => {
            setPrepared(value);
            void copyText(value).then((outcome) => {
              setStatus(outcome === 'copied' ? 'copied' : 'fallback');
            });
          };
          let value: string | Promise<string>;
          try {
            value = typeof text === 'string' ? text : text();
          } catch {
            return;
          }
          if (typeof value === 'string') {
            copy(value);
            return;
          }
          setStatus('preparing');
          value.then(copy, () => {
            setStatus('idle');
          });
        }}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          {status === 'copied' ? (
            <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          ) : (
            <path
              d="M5 5V2.5h8.5V11H11M2.5 5H11v8.5H2.5z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            />
          )}
        </svg>
        {status === 'copied' ? t.copied : status === 'preparing' ? t.preparing : visibleLabel}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status === 'copied'
          ? t.copiedAnnouncement
          : status === 'fallback'
            ? t.copyFallbackHint
            : ''}
      </span>
      {status === 'fallback' && (
        <span className="copy-fallback" role="group" aria-labelledby={`${fallbackId}-hint`}>
          <span id={`${fallbackId}-hint`} className="copy-fallback-hint">
            {t.copyFallbackHint}
          </span>
          <textarea
            ref={fallbackRef}
            className="copy-fallback-text"
            readOnly
            aria-label={t.copyFallbackLabel}
            value={prepared}
            rows={Math.min(12, prepared.split('\n').length + 1)}
          />
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              setStatus('idle');
            }}
          >
            {t.close}
          </button>
        </span>
      )}
    </span>
  );
}
