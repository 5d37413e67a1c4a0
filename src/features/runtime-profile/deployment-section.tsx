// The runtime page's deployment section: what the route adds (the current snippet sets) first,
// published install facts, then the guide's own examples (or a plain statement that it has
// none). The guide's examples no longer work as written, so each is folded: its note on what is
// outdated comes before its code, and it offers no Copy button until the reader opens it.
import type { ReactNode } from 'react';
import type { Content, Runtime } from '../../content/schema';
import type { PublishedFigureData } from '../../domain/explain';
import { CopyButton } from '../../components/ui/copy-button';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { FigureList } from './figure-list';
import { runtimeStrings } from './strings';
import { punctuationStrings } from '../../i18n/strings';

export function DeploymentSection({
  runtime,
  content,
  install,
  extras,
}: {
  runtime: Runtime;
  content: Content;
  install: readonly PublishedFigureData[];
  extras: ReactNode;
}) {
  const t = useStrings(runtimeStrings);
  return (
    <section className="card" id="deployment" aria-labelledby="deployment-title">
      <h2 id="deployment-title">{t.deploymentTitle}</h2>
      {extras}
      {install.length > 0 && (
        <>
          <h3>{t.installFacts}</h3>
          <FigureList figures={install} />
        </>
      )}
      <GuideDeployment runtime={runtime} content={content} />
    </section>
  );
}

function GuideDeployment({ runtime, content }: { runtime: Runtime; content: Content }) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const snippets = content.snippets.filter(
    (snippet) => snippet.runtime === runtime.id && snippet.origin === 'guide',
  );
  if (snippets.length === 0) {
    return <p className="guide-gap">{format(t.noDeployment, { runtime: runtime.name[lang] })}</p>;
  }
  return (
    <section className="guide-deployment" aria-labelledby="guide-deployment-title">
      <h3 id="guide-deployment-title">{t.guideOutdatedTitle}</h3>
      <p className="muted">{t.guideOutdatedIntro}</p>
      {snippets.map((snippet) => (
        <details key={snippet.id} className="guide-snippet-disclosure">
          <summary>{snippet.title[lang]}</summary>
          <figure
            className="guide-snippet"
            data-testid="snippet"
            data-snippet-id={snippet.id}
            data-origin="guide"
          >
            <figcaption>
              <span className="origin-label">{t.guideExample}</span>
              <strong>{snippet.title[lang]}</strong>
            </figcaption>
            {snippet.note && (
              <div className="notice snippet-note">
                <strong>{t.outdated}</strong>
                {punctuationStrings[lang].colon}
                {snippet.note[lang]}
              </div>
            )}
            {/* Wrapped, not scrolled: the guide's lines stay readable at 360 px. */}
            <pre className="snippet-code">
              <code>{snippet.code[lang]}</code>
            </pre>
            <div className="snippet-actions">
              <CopyButton text={snippet.code[lang]} />
              <SourceCitation source={snippet.source} />
            </div>
          </figure>
        </details>
      ))}
    </section>
  );
}
