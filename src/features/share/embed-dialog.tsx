import { useId, useRef, useState } from 'react';
import { CopyButton } from '../../components/ui/copy-button';
import { embedSearch, iframeEmbedCode, scriptEmbedCode, type EmbedTheme } from '../../domain/embed';
import { useLang, useStrings } from '../../i18n';
import { shareStrings } from './strings';

interface EmbedDialogProps {
  treeId: string;
  /** The answers so far, for "start at this step". */
  answers: Readonly<Record<string, string>>;
  /** The share search with or without the answers so far. */
  shareSearchFor: (withAnswers: boolean) => Record<string, string>;
  toUrl: (search: Record<string, string>) => string;
  scriptUrl: string;
}

const THEMES: EmbedTheme[] = ['auto', 'light', 'dark'];

/**
 * The Embed button and its dialog: a native modal <dialog>, so focus stays inside while it is
 * open, Escape closes it, and focus returns to the button afterwards.
 */
export function EmbedDialog({
  treeId,
  answers,
  shareSearchFor,
  toUrl,
  scriptUrl,
}: EmbedDialogProps) {
  const t = useStrings(shareStrings);
  const lang = useLang();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [fromHere, setFromHere] = useState(false);
  const titleId = useId();
  const hasAnswers = Object.keys(answers).length > 0;
  const withAnswers = fromHere && hasAnswers;

  const iframeCode = iframeEmbedCode({
    src: toUrl(embedSearch(shareSearchFor(withAnswers), theme)),
    title: t.frameTitle,
  });
  const scriptCode = scriptEmbedCode({
    scriptUrl,
    lang,
    treeId,
    theme,
    answers: withAnswers ? answers : {},
  });
  const themeLabels: Record<EmbedTheme, string> = {
    auto: t.themeAuto,
    light: t.themeLight,
    dark: t.themeDark,
  };

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          closeRef.current?.focus();
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
        {t.embed}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={titleId}
        closedby="any"
        onClose={() => {
          openerRef.current?.focus();
        }}
      >
        <div className="embed-dialog-header">
          <h2 id={titleId}>{t.dialogTitle}</h2>
          <button
            ref={closeRef}
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              dialogRef.current?.close();
            }}
          >
            {t.close}
          </button>
        </div>
        <p>{t.dialogIntro}</p>
        <div className="embed-options">
          <label className="embed-option">
            <span>{t.themeLabel}</span>
            <select
              value={theme}
              onChange={(event) => {
                const value = event.target.value;
                if (value === 'auto' || value === 'light' || value === 'dark') setTheme(value);
              }}
            >
              {THEMES.map((option) => (
                <option key={option} value={option}>
                  {themeLabels[option]}
                </option>
              ))}
            </select>
          </label>
          {hasAnswers && (
            <label className="embed-option embed-option-check">
              <input
                type="checkbox"
                checked={fromHere}
                onChange={(event) => {
                  setFromHere(event.target.checked);
                }}
              />
              <span>{t.startHere}</span>
            </label>
          )}
        </div>
        <section className="embed-code" aria-labelledby={`${titleId}-iframe`}>
          <h3 id={`${titleId}-iframe`}>{t.iframeHeading}</h3>
          <p className="muted">{t.iframeHelp}</p>
          <pre data-testid="embed-iframe-code">
            <code>{iframeCode}</code>
          </pre>
          <CopyButton text={iframeCode} label={t.copyIframe} />
        </section>
        <section className="embed-code" aria-labelledby={`${titleId}-script`}>
          <h3 id={`${titleId}-script`}>{t.scriptHeading}</h3>
          <p className="muted">{t.scriptHelp}</p>
          <pre data-testid="embed-script-code">
            <code>{scriptCode}</code>
          </pre>
          <CopyButton text={scriptCode} label={t.copyScript} />
        </section>
      </dialog>
    </>
  );
}
