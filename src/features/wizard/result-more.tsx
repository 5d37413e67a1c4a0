// The rest of the result: the decision record (download and copy), the chosen runtime's best
// practices and matching case studies, and links to its page and to the comparison.
import { useMemo, useState } from 'react';
import { Link, useRouter } from '@tanstack/react-router';
import type { Content, Runtime } from '../../content/schema';
import type { PathStep } from '../../domain/engine';
import type { Explanation } from '../../domain/explain';
import { stringifySearch } from '../../domain/share-state';
import type { DecisionTree } from '../../domain/tree';
import { downloadText } from '../../lib/clipboard';
import { CaseStudyCard } from '../../components/ui/case-study-card';
import { CopyButton } from '../../components/ui/copy-button';
import { GuidePracticeList, PublishedPracticeList } from '../../components/ui/practice-lists';
import { ReloadButton } from '../../components/ui/reload-button';
import { format, useLang, useStrings } from '../../i18n';
import { useWizardUrl } from './result-parts';
import { resultStrings } from './result-strings';

/** Today in the user's time zone, as the record's date (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type RecordModule = typeof import('../../domain/decision-record');

// The record's writer is only needed when someone downloads or copies it, so it stays out of
// the result page's chunk. Pointing at or focusing the buttons starts the load, so a click
// usually finds it ready; a failed load may be retried (the next click tries again).
let recordModule: RecordModule | undefined;
let recordLoading: Promise<RecordModule> | undefined;

function loadRecordModule(): Promise<RecordModule> {
  recordLoading ??= import('../../domain/decision-record').then(
    (loaded) => {
      recordModule = loaded;
      return loaded;
    },
    (error: unknown) => {
      recordLoading = undefined;
      throw error;
    },
  );
  return recordLoading;
}

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
  const shareUrl = useWizardUrl(shareSearch);
  const recordTree = content.trees.find((candidate) => candidate.id === tree.id);
  if (!recordTree) return null;

  const write = (loaded: RecordModule, date: string) =>
    loaded.toDecisionRecord({
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
    if (recordModule) return write(recordModule, date);
    return loadRecordModule().then(
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
    loadRecordModule().catch(() => undefined);
  };

  return (
    <section className="result-section record-actions" aria-labelledby="record-heading">
      <h3 id="record-heading">{t.recordTitle}</h3>
      <p className="muted">{t.recordLead}</p>
      <div className="action-row" onPointerEnter={preload} onFocus={preload}>
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
      </div>
      {loadFailed && (
        <div className="notice notice-error record-load-failed" role="alert">
          <p>{t.recordLoadFailed}</p>
          <ReloadButton />
        </div>
      )}
    </section>
  );
}

export function BestPracticesSection({ runtime, content }: { runtime: Runtime; content: Content }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const name = runtime.name[lang];
  const published = content.publishedPractices.filter(
    (practice) => practice.runtime === runtime.id,
  );
  return (
    <section className="result-section" aria-labelledby="practices-heading">
      <h3 id="practices-heading">{format(t.bestPracticesTitle, { runtime: name })}</h3>
      {runtime.bestPractices.length > 0 ? (
        <GuidePracticeList runtime={runtime} />
      ) : (
        <p className="notice guide-gap">{format(t.noBestPractices, { runtime: name })}</p>
      )}
      {published.length > 0 && (
        <>
          <h4>{t.publishedPractices}</h4>
          <PublishedPracticeList practices={published} />
        </>
      )}
    </section>
  );
}

export function CaseStudiesSection({ ids, content }: { ids: readonly string[]; content: Content }) {
  const t = useStrings(resultStrings);
  const studies = content.caseStudies.filter((study) => ids.includes(study.id));
  if (studies.length === 0) return null;
  return (
    <section className="result-section" aria-labelledby="cases-heading">
      <h3 id="cases-heading">{t.caseStudiesTitle}</h3>
      <p className="muted">{t.caseAsReported}</p>
      <div className="case-grid">
        {studies.map((study) => (
          <CaseStudyCard key={study.id} study={study} level={4} />
        ))}
      </div>
    </section>
  );
}

/**
 * The runtime page and the comparison. The comparison route is composed elsewhere, so its
 * address is built from the router's history (hash or path) rather than a typed route.
 */
export function ResultLinks({
  runtime,
  weighSearch,
}: {
  runtime: Runtime;
  /** This result's answers as weights and must-haves (domain/weigh/state). */
  weighSearch: Record<string, string>;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const router = useRouter();
  const compareHref = router.history.createHref(
    `/compare${stringifySearch({ highlight: runtime.id, lang })}`,
  );
  return (
    <nav className="result-links" aria-label={t.linksTitle}>
      <Link
        to="/runtimes/$runtimeId"
        params={{ runtimeId: runtime.id }}
        search={{ lang }}
        className="btn"
      >
        {format(t.runtimePage, { runtime: runtime.name[lang] })}
      </Link>
      <a href={compareHref} className="btn">
        {t.compare}
      </a>
      <Link to="/weigh" search={weighSearch} className="btn">
        {t.weighNeeds}
      </Link>
    </nav>
  );
}
