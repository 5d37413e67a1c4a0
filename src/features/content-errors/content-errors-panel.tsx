import { useState } from 'react';
import { useContentLoad } from '../../app/content-load';
import { appBaseURI } from '../../app/content-loader';
import { countProblems } from '../../content/custom-file';
import { format, useStrings } from '../../i18n';
import { contentErrorStrings } from './strings';
import { shortName } from './short-name';
import './content-errors.css';

/**
 * Lists every problem of a team's content file by JSON path and node id, while the built-in
 * content keeps working. Everything from the file (paths, ids, messages quoting its values) is
 * rendered as text.
 */
export function ContentErrorsPanel() {
  const load = useContentLoad();
  const t = useStrings(contentErrorStrings);
  const [dismissed, setDismissed] = useState(false);
  if (load.status !== 'invalid' || dismissed) return null;
  const { problems } = load;
  const count = countProblems(problems);
  const schemaHref = new URL('content.schema.json', appBaseURI()).href;

  return (
    <section
      className="notice notice-error content-errors"
      data-testid="content-errors"
      aria-labelledby="content-errors-title"
    >
      <div className="content-errors-head">
        <h2 id="content-errors-title" className="content-errors-title">
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
            <circle cx="9" cy="9" r="8" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path d="M9 4.5v5.5M9 12.3v1.2" stroke="currentColor" strokeWidth="2" />
          </svg>
          {t.title}
        </h2>
        <button
          type="button"
          className="btn btn-quiet content-errors-dismiss"
          aria-label={t.dismissLabel}
          onClick={() => {
            setDismissed(true);
          }}
        >
          {t.dismiss}
        </button>
      </div>
      <p>
        {format(t.intro, { file: shortName(load.url) })}{' '}
        <span className="content-errors-count">
          {count === 1 ? t.countOne : format(t.count, { count })}
        </span>
      </p>
      <p className="content-errors-note">{t.messagesNote}</p>
      {/* Focusable so keyboard users can scroll a long list. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
      <ol className="content-errors-list" aria-label={t.listLabel} tabIndex={0}>
        {problems.map((problem, index) => (
          <li key={index} data-testid="content-problem">
            <span className="content-problem-where">
              <span className="visually-hidden">{t.where}: </span>
              <code>{problem.path}</code>
              {problem.nodeId !== undefined && (
                <span className="content-problem-node">
                  {t.node} <code>{problem.nodeId}</code>
                </span>
              )}
              {problem.inBuiltIn && <span className="content-problem-tag">{t.builtIn}</span>}
            </span>
            <span className="content-problem-message">{problem.message}</span>
          </li>
        ))}
      </ol>
      <p className="content-errors-docs">
        {t.docsBefore}
        <a href={schemaHref}>{t.schema}</a>
        {t.docsAfter}
      </p>
    </section>
  );
}
