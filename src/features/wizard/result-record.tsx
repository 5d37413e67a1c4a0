// The result's decision record: download it as Markdown or copy it, written by the domain's
// record writer, which loads on first use.
import { useMemo, useState } from 'react';
import { useWizardUrl } from '../../app/absolute-url';
import type { Content } from '../../content/schema';
import type { PathStep } from '../../domain/engine';
import type { Explanation } from '../../domain/explain';
import type { DecisionTree } from '../../domain/tree';
import { downloadText } from '../../lib/clipboard';
import { lazyModule } from '../../lib/lazy-module';
import { CopyButton } from '../../components/ui/copy-button';
import { RetryButton } from '../../components/ui/retry-button';
import { useLang, useStrings } from '../../i18n';
import { resultStrings } from './result-strings';

/** Today in the user's time zone, as the record's date (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface RecordModule {
  toDecisionRecord: (typeof import('../../domain/decision-record'))['toDecisionRecord'];
  strings: (typeof import('../../i18n/decision-record-strings'))['decisionRecordStrings'];
}

// The record's writer and its wording are only needed when someone downloads or copies it, so
// they stay out of the result page's chunk. Pointing at or focusing the buttons starts the load,
// so a click usually finds them ready; a failed load is tried again on the next click.
const recordModule = lazyModule((): Promise<RecordModule> =>
  Promise.all([
    import('../../domain/decision-record'),
    import('../../i18n/decision-record-strings'),
  ]).then(([writer, text]) => ({
    toDecisionRecord: writer.toDecisionRecord,
    strings: text.decisionRecordStrings,
  })),
);

export function DecisionRecordActions({
  explanation,
  content,
  tree,
  steps,
  canonical,
}: {
  explanation: Explanation;
  content: Content;
  tree: DecisionTree;
  steps: readonly PathStep[];
  /** The canonical search of this result: the share link. */
  canonical: Record<string, string>;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const [downloading, setDownloading] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  // The record goes into design reviews: its link opens the full app, not the embed.
  const shareSearch = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(canonical).filter(([key]) => key !== 'embed' && key !== 'theme'),
      ),
    [canonical],
  );
  const shareUrl = useWizardUrl()(shareSearch);
  const recordTree = content.trees.find((candidate) => candidate.id === tree.id);
  if (!recordTree) return null;

  const write = (loaded: RecordModule, date: string) =>
    loaded.toDecisionRecord({
      strings: loaded.strings,
      content,
      tree: recordTree,
      trees: content.trees,
      steps,
      explanation,
      lang,
      date,
      shareUrl,
    });
  /** The record's text: at once when the writer has loaded, else once it has. */
  const recordText = (date: string): string | Promise<string> => {
    setLoadFailed(false);
    const ready = recordModule.loaded();
    if (ready) return write(ready, date);
    return recordModule.load().then(
      (loaded) => write(loaded, date),
      (error: unknown) => {
        setLoadFailed(true);
        throw error;
      },
    );
  };
  const download = (text: string, date: string) => {
    downloadText(text, `decision-record-${explanation.runtime}-${date}.md`, 'text/markdown');
  };
  const preload = () => {
    recordModule.load().catch(() => undefined);
  };

  return (
    <div className="record-actions" onPointerEnter={preload} onFocus={preload}>
      <button
        type="button"
        className="btn"
        aria-busy={downloading || undefined}
        onClick={() => {
          if (downloading) return;
          const date = today();
          const text = recordText(date);
          if (typeof text === 'string') {
            download(text, date);
            return;
          }
          setDownloading(true);
          text
            .then(
              (ready) => {
                download(ready, date);
              },
              () => undefined,
            )
            .finally(() => {
              setDownloading(false);
            });
        }}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path
            d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
        {downloading ? t.recordPreparing : t.download}
      </button>
      <CopyButton text={() => recordText(today())} label={t.copyRecord} />
      {loadFailed && (
        <div className="notice notice-error record-load-failed" role="alert">
          <p>{t.recordLoadFailed}</p>
          <RetryButton
            onRetry={() => {
              recordModule.load().then(
                () => {
                  setLoadFailed(false);
                },
                () => undefined,
              );
            }}
          />
        </div>
      )}
    </div>
  );
}
