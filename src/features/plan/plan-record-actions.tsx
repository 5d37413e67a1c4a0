// The plan's decision record: download, copy, and print the page.
import { useMemo } from 'react';
import type { Content } from '../../content/schema';
import type { Consolidation, PlanAnalysis } from '../../domain/plan/analysis';
import type { PlanNote } from '../../domain/plan/notes';
import { toPlanRecord } from '../../domain/plan/plan-record';
import { CopyButton } from '../../components/ui/copy-button';
import { downloadText } from '../../lib/clipboard';
import { useLang, useStrings } from '../../i18n';
import { planRecordStrings } from '../../i18n/plan-record-strings';
import { planStrings } from './strings';

/** Today in the reader's time zone, as the record's date (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function PlanRecordActions(props: {
  content: Content;
  analysis: PlanAnalysis;
  consolidation: Consolidation;
  notes: PlanNote[];
  targetName: string;
  shareUrl: string;
  workloadUrls: string[];
}) {
  const t = useStrings(planStrings);
  const lang = useLang();
  const { content, analysis, consolidation, notes, targetName, shareUrl, workloadUrls } = props;
  const record = useMemo(
    () => (date: string) =>
      toPlanRecord({
        content,
        trees: content.trees,
        analysis,
        consolidation,
        notes,
        targetName,
        lang,
        date,
        shareUrl,
        workloadUrls,
        strings: planRecordStrings,
      }),
    [content, analysis, consolidation, notes, targetName, lang, shareUrl, workloadUrls],
  );
  return (
    <section className="card plan-section plan-record" aria-labelledby="plan-record-heading">
      <h2 id="plan-record-heading">{t.recordHeading}</h2>
      <p className="muted">{t.recordLead}</p>
      <div className="plan-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            const date = today();
            downloadText(record(date), `decision-record-plan-${date}.md`, 'text/markdown');
          }}
        >
          {t.downloadRecord}
        </button>
        <CopyButton text={() => record(today())} label={t.copyRecord} />
        <button
          type="button"
          className="btn"
          onClick={() => {
            window.print();
          }}
        >
          {t.print}
        </button>
      </div>
    </section>
  );
}
