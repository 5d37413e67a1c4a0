import { useId, useRef } from 'react';
import type { Runtime, Snippet } from '../../content/schema';
import { CopyButton } from '../../components/ui/copy-button';
import { runtimeColorStyle } from '../../components/ui/runtime-badge';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { downloadText } from '../../lib/clipboard';
import { snippetFileName } from './snippet-model';
import { snippetStrings } from './strings';
import { useHighlightedHtml } from './use-highlighted-html';
import { punctuationStrings } from '../../i18n/strings';

const LANGUAGE_NAME: Record<Snippet['language'], string> = {
  bash: 'Bash',
  yaml: 'YAML',
  toml: 'TOML',
};

const MIME: Record<Snippet['language'], string> = {
  bash: 'text/x-shellscript',
  yaml: 'application/yaml',
  toml: 'application/toml',
};

interface SnippetBlockProps {
  snippet: Snippet;
  runtime: Runtime | undefined;
  /** The line above the title: "2 · Configure", or "From the guide (2025)". */
  kicker: string;
  /** For the guide's examples: how to reach the current set. */
  footer?: React.ReactNode;
}

/** One code block: what it is, the code (highlighted once highlight.js loads), Copy, Download. */
export function SnippetBlock({ snippet, runtime, kicker, footer }: SnippetBlockProps) {
  const lang = useLang();
  const t = useStrings(snippetStrings);
  const titleId = useId();
  const code = snippet.code[lang];
  const title = snippet.title[lang];
  const blockRef = useRef<HTMLElement>(null);
  const { html, status } = useHighlightedHtml(code, snippet.language, blockRef);
  const fileName = snippetFileName(snippet);
  const isGuide = snippet.origin === 'guide';

  return (
    <article
      ref={blockRef}
      className={`snippet-block${isGuide ? ' snippet-block-guide' : ''}`}
      data-testid="snippet"
      data-snippet-id={snippet.id}
      data-origin={snippet.origin}
      data-language={snippet.language}
      aria-labelledby={titleId}
      style={runtimeColorStyle(runtime)}
    >
      <header className="snippet-header">
        <p className="snippet-kicker">
          <span>{kicker}</span>
          <span className="snippet-language">
            {format(t.languageLabel, { language: LANGUAGE_NAME[snippet.language] })}
          </span>
        </p>
        <h4 id={titleId} className="snippet-title">
          {title}
        </h4>
        <dl className="snippet-meta">
          <div>
            <dt>{t.fileLabel}</dt>
            <dd>
              <code>{fileName}</code>
            </dd>
          </div>
          {snippet.versions && snippet.versions.length > 0 && (
            <div>
              <dt>{t.versionsLabel}</dt>
              <dd>
                <ul className="snippet-versions">
                  {snippet.versions.map((pinned) => (
                    <li key={`${pinned.component}@${pinned.version}`}>
                      {pinned.component} <code>{pinned.version}</code>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </header>

      {snippet.origin === 'current' && snippet.verified === false && (
        <p className="snippet-verification snippet-unverified">
          <strong>{t.notVerified}</strong>
          {punctuationStrings[lang].colon}
          {snippet.unverifiedNote?.[lang]}
        </p>
      )}
      {snippet.origin === 'current' && snippet.verified === true && (
        <p className="snippet-verification snippet-checked">
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
            <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          {t.checked}
        </p>
      )}
      {isGuide && snippet.note && (
        <div className="snippet-verification snippet-unverified">
          <strong>{t.outdated}</strong>
          {punctuationStrings[lang].colon}
          {snippet.note[lang]}
        </div>
      )}

      <pre
        className="snippet-code"
        // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence tabIndex.
        // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={format(t.codeLabel, { title })}
        data-highlight={status}
      >
        {html === undefined ? (
          <code className={`language-${snippet.language}`}>{code}</code>
        ) : (
          // Only highlight.js output for our own snippet text: it escapes the text it marks up.
          <code
            className={`hljs language-${snippet.language}`}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </pre>

      <div className="snippet-actions">
        <CopyButton text={code} />
        <button
          type="button"
          className="btn"
          onClick={() => {
            downloadText(code, fileName, MIME[snippet.language]);
          }}
        >
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <path
              d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13.5h10"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
          {t.download}
          <span className="visually-hidden"> {fileName}</span>
        </button>
      </div>

      {!isGuide && snippet.note && <p className="snippet-note">{snippet.note[lang]}</p>}
      <SourceCitation source={snippet.source} className="snippet-source" />
      {footer}
    </article>
  );
}
