// The platform plan: several workloads, one cluster. Composes the plan's sections; everything
// shown is derived in render from the plan (the URL) and the content in force.
import { useMemo, useState } from 'react';
import { useContent } from '../../app/content-context';
import { withCurrentSnippets } from '../../content/current-snippets';
import { analysePlan, consolidate } from '../../domain/plan/analysis';
import { buildBundle, type BundleInput } from '../../domain/plan/bundle';
import { planNotes } from '../../domain/plan/notes';
import {
  addWorkload,
  duplicateWorkload,
  MAX_WORKLOADS,
  moveWorkload,
  removeWorkload,
  updateWorkload,
  type PlanWorkload,
} from '../../domain/plan/plan';
import { encodeShareState } from '../../domain/share-state';
import { CopyButton } from '../../components/ui/copy-button';
import { format, useLang, useStrings } from '../../i18n';
import { PlanAddWorkload } from './plan-add-workload';
import { PlanBundle } from './plan-bundle';
import { PlanCombinationNotes } from './plan-combination-notes';
import { PlanConsolidation } from './plan-consolidation';
import { PlanFigures } from './plan-figures';
import { PlanNotices } from './plan-notices';
import { PlanRecordActions } from './plan-record-actions';
import { PlanRuntimes } from './plan-runtimes';
import { PlanWalk, type WalkRequest } from './plan-walk';
import { PlanWorkloadTable } from './plan-workload-table';
import { usePlanState } from './use-plan-state';
import { useShareUrl } from './use-plan-url';
import { planStrings } from './strings';
import './plan.css';

export function PlanPage() {
  const t = useStrings(planStrings);
  const lang = useLang();
  const content = useContent();
  const state = usePlanState();
  const { plan, setPlan } = state;
  const [walk, setWalk] = useState<(WalkRequest & { index?: number }) | undefined>();
  const [status, setStatus] = useState('');
  const toUrl = useShareUrl();
  const runtimeName = (id: string) =>
    content.runtimes.find((runtime) => runtime.id === id)?.name[lang] ?? id;

  const analysis = useMemo(() => analysePlan(content, content.trees, plan), [content, plan]);
  const consolidation = useMemo(() => consolidate(content, analysis), [content, analysis]);
  const snippets = useMemo(() => withCurrentSnippets(content.snippets), [content.snippets]);
  const bundleInput: BundleInput = useMemo(
    () => ({
      snippets,
      target: state.target,
      workloads: analysis.rows.map((row) => ({
        name: row.workload.name,
        runtime: row.runtime,
        gpu: row.gpu,
      })),
      runtimeOrder: content.runtimes.map((runtime) => runtime.id),
      runtimeName: (id: string) =>
        content.runtimes.find((runtime) => runtime.id === id)?.name[lang] ?? id,
      lang,
    }),
    [snippets, state.target, analysis, content.runtimes, lang],
  );
  const bundle = useMemo(() => buildBundle(bundleInput), [bundleInput]);
  const notes = useMemo(() => planNotes(bundleInput, bundle), [bundleInput, bundle]);
  const shareUrl = toUrl('/plan', state.search);
  const workloadUrls = plan.map((workload) =>
    toUrl('/wizard', encodeShareState(workload.treeId, workload.answers, { lang })),
  );

  const finishWalk = (workload: PlanWorkload) => {
    const index = walk?.index;
    setWalk(undefined);
    setPlan(
      index === undefined
        ? addWorkload(plan, workload)
        : updateWorkload(plan, index, { answers: workload.answers, name: workload.name }),
    );
  };

  if (walk) {
    return (
      <div className="plan-page" data-testid="plan">
        <PlanWalk
          request={walk}
          onDone={finishWalk}
          onCancel={() => {
            setWalk(undefined);
          }}
        />
      </div>
    );
  }

  return (
    <div className="plan-page" data-testid="plan">
      <section className="card plan-intro" aria-labelledby="plan-title">
        <h1 id="plan-title">{t.title}</h1>
        <p>{t.lead}</p>
        <PlanNotices notices={state.notices} />
      </section>

      <section className="card plan-section" aria-labelledby="plan-workloads-heading">
        <h2 id="plan-workloads-heading" tabIndex={-1}>
          {t.workloadsHeading}
        </h2>
        {analysis.rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <PlanWorkloadTable
            content={content}
            rows={analysis.rows}
            lang={lang}
            count={plan.length}
            onRename={(index, name) => {
              setPlan(updateWorkload(plan, index, { name }));
            }}
            onMove={(index, offset) => {
              setPlan(moveWorkload(plan, index, offset));
            }}
            onDuplicate={(index) => {
              setPlan(duplicateWorkload(plan, index));
            }}
            onRemove={(index) => {
              setStatus(format(t.removed, { name: plan[index]?.name ?? '' }));
              setPlan(removeWorkload(plan, index));
            }}
            onEdit={(index) => {
              const workload = plan[index];
              if (workload) setWalk({ mode: 'edit', index, ...workload });
            }}
          />
        )}
        <p role="status" className="visually-hidden">
          {status}
        </p>
        <PlanAddWorkload
          content={content}
          full={plan.length >= MAX_WORKLOADS}
          onStart={(request) => {
            setWalk(request);
          }}
        />
      </section>

      {analysis.runtimes.length > 0 && (
        <>
          <PlanRuntimes
            content={content}
            runtimes={analysis.runtimes}
            plan={plan}
            runtimeName={runtimeName}
          />

          <PlanFigures runtimes={analysis.runtimes.map((use) => use.runtime)} content={content} />

          <PlanCombinationNotes notes={notes} target={state.target} runtimeName={runtimeName} />

          <PlanConsolidation
            consolidation={consolidation}
            nameOf={(index) => plan[index]?.name ?? ''}
            runtimeName={runtimeName}
            lang={lang}
          />

          <PlanBundle bundle={bundle} target={state.target} onTarget={state.setTarget} />

          <PlanRecordActions
            content={content}
            analysis={analysis}
            consolidation={consolidation}
            notes={notes}
            targetName={t[`target_${state.target}`]}
            shareUrl={shareUrl}
            workloadUrls={workloadUrls}
          />

          <section className="card plan-section plan-share" aria-labelledby="plan-share-heading">
            <h2 id="plan-share-heading">{t.shareHeading}</h2>
            <div className="plan-actions">
              <CopyButton text={shareUrl} label={t.copyLink} />
            </div>
            <p className="plan-print-link">
              {t.printLink} <span>{shareUrl}</span>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
