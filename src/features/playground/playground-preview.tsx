// The preview: the app's own features (composed by the route) over the draft's content, with
// links to the wizard followed inside the preview.
import { useId, type ReactNode } from 'react';
import type { WizardState } from '../../app/wizard-state';
import { ContentContext } from '../../app/content-context';
import type { Content } from '../../content/schema';
import { format, useStrings } from '../../i18n';
import { playgroundStrings } from './strings';
import type { PreviewWalk, WalkNotice } from './use-preview-walk';

export interface Preview {
  content: Content;
  /** Counts valid edits: the route remounts the wizard with it (see there). */
  revision: number;
}

export function PlaygroundPreview({
  preview,
  stale,
  walk,
  renderPreview,
}: {
  preview: Preview | undefined;
  /** The draft has problems now, so the preview shows its last valid version. */
  stale: boolean;
  walk: PreviewWalk | undefined;
  renderPreview: (walk: WizardState, revision: number) => ReactNode;
}) {
  const t = useStrings(playgroundStrings);
  const ids = useId();
  return (
    <section className="playground-preview-pane" aria-labelledby={`${ids}-preview`}>
      <div className="playground-preview-head">
        <h2 id={`${ids}-preview`}>{t.previewTitle}</h2>
        <p className="muted">{t.previewIntro}</p>
      </div>
      {stale && preview && (
        <p className="notice" role="status">
          {t.previewStale}
        </p>
      )}
      {walk?.notice && (
        <p className="notice" role="status" data-testid="walk-notice">
          {describeWalkNotice(walk.notice, t)}
        </p>
      )}
      {walk && preview ? (
        // Links the previewed features make to the wizard are followed inside the
        // preview: the real wizard would show the site's content, not the draft. Keyboard
        // activation of a link is a click too, so this covers it.
        <div
          className="playground-preview"
          data-testid="playground-preview"
          onClickCapture={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            const target = event.target instanceof Element ? event.target : null;
            const link = target?.closest('a[href]');
            const href = link?.getAttribute('href');
            if (!link || !href || link.getAttribute('target') === '_blank') return;
            if (walk.followLink(href)) {
              event.preventDefault();
              event.stopPropagation();
            }
          }}
        >
          <ContentContext.Provider value={preview.content}>
            {renderPreview(walk.state, preview.revision)}
          </ContentContext.Provider>
        </div>
      ) : (
        <p className="muted">{t.previewNone}</p>
      )}
    </section>
  );
}

function describeWalkNotice(notice: WalkNotice, t: (typeof playgroundStrings)['en']): string {
  return notice.kind === 'tree-gone'
    ? format(t.walkTreeGone, { tree: notice.tree, fallback: notice.fallback })
    : t.walkShortened;
}
