import { useEffect, useId, useRef, useState, type RefObject } from 'react';
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
  /** Each new value opens the dialog (it mounts on the first click on the Embed button). */
  openRequest: number;
  /** The Embed button, which gets focus back when the dialog closes. */
  openerRef: RefObject<HTMLButtonElement | null>;
}

const THEMES: EmbedTheme[] = ['auto', 'light', 'dark'];

/**
 * The embed dialog: a native modal <dialog>, so focus stays inside while it is open, Escape
 * closes it, and focus returns to the Embed button afterwards. Loaded when first opened
 * (share-actions.tsx), and kept mounted after that so its options stay as the reader left them.
 */
export function EmbedDialog({
  treeId,
  answers,
  shareSearchFor,
  toUrl,
  scriptUrl,
  openRequest,
  openerRef,
}: EmbedDialogProps) {
  const t = useStrings(shareStrings);
  const lang = useLang();
  const dialogRef = useRef<HTMLDialogElement>(null);
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

  useEffect(() => {
    const dialog = dialogRef.current;
    if (openRequest === 0 || !dialog || dialog.open) return;
    dialog.showModal();
    closeRef.current?.focus();
  }, [openRequest]);

  return (
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
  );
}
