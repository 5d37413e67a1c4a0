// Taking the draft out: download it as the content file, copy it, and where to put it.
import { useId, useMemo } from 'react';
import { appBaseURI, resolveContentUrl } from '../../app/content-loader';
import { CUSTOM_CONTENT_FILE } from '../../content/custom-file';
import { CopyButton } from '../../components/ui/copy-button';
import { useStrings } from '../../i18n';
import { playgroundStrings } from './strings';

function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

export function PlaygroundOutput({
  getText,
  stored,
}: {
  getText: () => string;
  /** Whether the draft could be kept in this browser. */
  stored: boolean;
}) {
  const t = useStrings(playgroundStrings);
  const ids = useId();
  const deployUrl = useMemo(() => {
    const resolved = resolveContentUrl(
      import.meta.env.VITE_CONTENT_URL as string | undefined,
      appBaseURI(),
      window.location.origin,
    );
    return resolved.kind === 'url' ? resolved.url.href : undefined;
  }, []);
  return (
    <section className="card playground-out" aria-labelledby={`${ids}-out`}>
      <h2 id={`${ids}-out`}>{t.outTitle}</h2>
      <div className="playground-out-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            downloadText(getText(), CUSTOM_CONTENT_FILE);
          }}
        >
          {t.download}
        </button>
        <CopyButton text={getText} label={t.copy} />
      </div>
      <p className="playground-hint muted">{stored ? t.draftSaved : t.draftNotSaved}</p>
      <details className="playground-deploy">
        <summary>{t.deployTitle}</summary>
        {deployUrl ? (
          <>
            <p>{t.deployWhere}</p>
            <p>
              <code className="playground-deploy-url">{deployUrl}</code>
            </p>
          </>
        ) : (
          <p>{t.deployOff}</p>
        )}
        <p>{t.deployCheck}</p>
        <p>{t.deployReadme}</p>
      </details>
    </section>
  );
}
