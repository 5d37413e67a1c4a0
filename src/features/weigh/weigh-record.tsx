// A weighing that came from a wizard result can join that result's decision record: the record
// is the result's, with the weighing as one more section. The record's writer loads on demand,
// as on the result page.
import { useState } from 'react';
import { sharedPageHref, useWizardUrl } from '../../app/absolute-url';
import { useContent } from '../../app/content-context';
import { useRouter } from '@tanstack/react-router';
import { explain } from '../../domain/explain';
import { encodeShareState } from '../../domain/share-state';
import type { FlipPoint, UncertainPair } from '../../domain/weigh/flips';
import { weighingRecordSection } from '../../domain/weigh/record';
import type { Weighing } from '../../domain/weigh/score';
import { encodeWeighState, type WeighState } from '../../domain/weigh/state';
import { downloadText } from '../../lib/clipboard';
import { lazyModule } from '../../lib/lazy-module';
import { RetryButton } from '../../components/ui/retry-button';
import { useLang, useStrings } from '../../i18n';
import { mustHaveLabel } from './labels';
import { weighStrings } from './strings';

// The record's writer and its wording load on demand, as on the result page.
const recordModule = lazyModule(() =>
  Promise.all([
    import('../../domain/decision-record'),
    import('../../i18n/decision-record-strings'),
  ]).then(([writer, text]) => ({
    toDecisionRecord: writer.toDecisionRecord,
    strings: text.decisionRecordStrings,
  })),
);

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function WeighRecord(props: {
  from: NonNullable<WeighState['from']>;
  weighing: Weighing;
  flips: readonly FlipPoint[];
  uncertain: readonly UncertainPair[];
}) {
  const { from, weighing } = props;
  const lang = useLang();
  const t = useStrings(weighStrings);
  const content = useContent();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const wizardUrl = useWizardUrl();
  const outcome = from.resolution.outcome;
  const recordTree = content.trees.find((tree) => tree.id === from.tree.id);
  if (!outcome || !recordTree) return null;

  const name = (id: string) => content.runtimes.find((r) => r.id === id)?.name[lang] ?? id;

  const download = () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    recordModule
      .load()
      .then((loaded) => {
        const weights = Object.fromEntries(
          weighing.criteria.map((criterion, c) => [criterion.id, weighing.weights[c] ?? 0]),
        );
        const weighUrl = new URL(
          sharedPageHref(
            router,
            '/weigh',
            encodeWeighState(
              content,
              {
                weights,
                must: weighing.required.map((item) => item.id),
                source: weighing.source,
                from,
              },
              { lang },
            ),
          ),
          window.location.href,
        ).href;
        const section = weighingRecordSection({
          weighing,
          flips: props.flips,
          uncertain: props.uncertain,
          runtimeName: name,
          mustLabel: (mustHave) => mustHaveLabel(t, content, mustHave, lang),
          words: t,
          lang,
          url: weighUrl,
        });
        const steps = from.resolution.steps;
        const date = today();
        const text = loaded.toDecisionRecord({
          strings: loaded.strings,
          content,
          tree: recordTree,
          trees: content.trees,
          steps,
          explanation: explain(content, from.tree, steps, outcome, content.trees),
          lang,
          date,
          shareUrl: wizardUrl(encodeShareState(from.tree.id, from.resolution.answers, { lang })),
          weighing: section,
        });
        downloadText(text, `decision-record-${outcome.runtime}-${date}.md`, 'text/markdown');
      })
      .catch(() => {
        setFailed(true);
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <section className="card" aria-labelledby="weigh-record-title">
      <h2 id="weigh-record-title">{t.recordSectionTitle}</h2>
      <p className="muted weigh-small">{t.recordSectionLead}</p>
      <button type="button" className="btn" aria-busy={busy || undefined} onClick={download}>
        {busy ? t.recordPreparing : t.recordDownload}
      </button>
      {failed && (
        <div className="notice notice-error" role="alert">
          <p>{t.recordFailed}</p>
          <RetryButton onRetry={download} />
        </div>
      )}
    </section>
  );
}
