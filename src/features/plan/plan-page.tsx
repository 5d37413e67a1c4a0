// The platform plan: several workloads, one cluster. Composes the plan's sections; everything
// shown is derived in render from the plan (the URL) and the content in force.
import { useMemo, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { useTheme } from '../../app/theme';
import { withCurrentSnippets } from '../../content/current-snippets';
import type { Content } from '../../content/schema';
import { matrixPreset } from '../../domain/explain';
import { analysePlan, consolidate, type Consolidation } from '../../domain/plan/analysis';
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
import { describeMove, describeNote } from '../../domain/plan/plan-record';
import { encodeShareState } from '../../domain/share-state';
import { CopyButton } from '../../components/ui/copy-button';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings, type Lang } from '../../i18n';
import { planRecordStrings } from '../../i18n/plan-record-strings';
import { PlanBundle } from './plan-bundle';
import { PlanChartCard } from './plan-chart-card';
import { PlanFigures } from './plan-figures';
import { PlanNotices } from './plan-notices';
import { PlanRecordActions } from './plan-record-actions';
import { PlanWalk, type WalkRequest } from './plan-walk';
import { usePlanState } from './use-plan-state';
import { useShareUrl } from './use-plan-url';
import { planStrings } from './strings';
import './plan.css';

export function PlanPage() {
  const t = useStrings(planStrings);
  const recordText = useStrings(planRecordStrings);
  const lang = useLang();
  const theme = useTheme();
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
          <WorkloadTable
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
        <AddWorkload
          content={content}
          full={plan.length >= MAX_WORKLOADS}
          onStart={(request) => {
            setWalk(request);
          }}
        />
      </section>

      {analysis.runtimes.length > 0 && (
        <>
          <section className="card plan-section" aria-labelledby="plan-runtimes-heading">
            <h2 id="plan-runtimes-heading">{t.runtimesHeading}</h2>
            <p className="muted">{t.runtimesLead}</p>
            <ul className="plan-runtimes">
              {analysis.runtimes.map((use) => {
                const runtime = content.runtimes.find((candidate) => candidate.id === use.runtime);
                return (
                  <li
                    key={use.runtime}
                    className="plan-runtime"
                    data-testid="plan-runtime"
                    data-runtime={use.runtime}
                    style={runtimeColorStyle(runtime)}
                  >
                    <RuntimeBadge runtime={runtime} fallbackId={use.runtime} />
                    <span className="plan-runtime-count">
                      {format(t.runtimeCount, { n: use.workloads.length })}
                    </span>
                    <span className="plan-runtime-names">
                      {use.workloads.map((index) => plan[index]?.name ?? '').join(', ')}
                    </span>
                  </li>
                );
              })}
            </ul>
            <PlanChartCard
              rows={analysis.runtimes.map((use) => ({
                runtime: use.runtime,
                name: runtimeName(use.runtime),
                count: use.workloads.length,
                names: use.workloads.map((index) => plan[index]?.name ?? '').join(', '),
                color:
                  content.runtimes.find((runtime) => runtime.id === use.runtime)?.color[theme] ??
                  'currentColor',
              }))}
            />
          </section>

          <PlanFigures runtimes={analysis.runtimes.map((use) => use.runtime)} content={content} />

          <section className="card plan-section" aria-labelledby="plan-notes-heading">
            <h2 id="plan-notes-heading">{t.notesHeading}</h2>
            <p className="muted">{format(t.notesLead, { target: t[`target_${state.target}`] })}</p>
            {notes.length === 0 ? (
              <p>{t.noNotes}</p>
            ) : (
              <ul className="plan-notes" data-testid="plan-notes">
                {notes.map((note, i) => (
                  <li key={i} data-note={note.kind} data-runtime={note.runtime}>
                    {describeNote(note, runtimeName, lang, recordText)}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <ConsolidationSection
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

function WorkloadTable({
  content,
  rows,
  lang,
  count,
  onRename,
  onMove,
  onDuplicate,
  onRemove,
  onEdit,
}: {
  content: Content;
  rows: ReturnType<typeof analysePlan>['rows'];
  lang: Lang;
  count: number;
  onRename: (index: number, name: string) => void;
  onMove: (index: number, offset: number) => void;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
  onEdit: (index: number) => void;
}) {
  const t = useStrings(planStrings);
  const tableRef = useRef<HTMLTableElement>(null);
  return (
    <div className="plan-table-wrap">
      <table className="plan-table plan-workloads" ref={tableRef}>
        <caption className="visually-hidden">{t.workloadsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colWorkload}</th>
            <th scope="col">{t.colRuntime}</th>
            <th scope="col">{t.colOutcome}</th>
            <th scope="col">{t.colAnswers}</th>
            <th scope="col">{t.colResult}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, position) => {
            const name = row.workload.name;
            const runtime = content.runtimes.find((candidate) => candidate.id === row.runtime);
            return (
              <tr
                key={`${row.index}-${name}`}
                data-testid="plan-workload"
                data-runtime={row.runtime}
                data-name={name}
              >
                <td data-label={t.colWorkload}>
                  <input
                    type="text"
                    className="plan-name"
                    defaultValue={name}
                    maxLength={40}
                    aria-label={format(t.nameOf, { n: position + 1 })}
                    onBlur={(event) => {
                      if (event.target.value !== name) onRename(row.index, event.target.value);
                    }}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') event.currentTarget.blur();
                    }}
                  />
                </td>
                <td data-label={t.colRuntime}>
                  <RuntimeBadge runtime={runtime} fallbackId={row.runtime} />
                </td>
                <td data-label={t.colOutcome}>{row.outcome.label[lang]}</td>
                <td data-label={t.colAnswers}>
                  <ul className="plan-answers">
                    {row.steps.map((step) => (
                      <li key={step.question.id}>
                        {step.question.text[lang]} <strong>{step.answer.label[lang]}</strong>
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label={t.colResult}>
                  <Link
                    to="/wizard"
                    search={encodeShareState(row.tree.id, row.workload.answers, { lang })}
                    aria-label={format(t.openResultOf, { name })}
                    className="plan-result-link"
                  >
                    {t.openResult}
                  </Link>
                </td>
                <td data-label={t.colActions}>
                  <div className="plan-row-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={position === 0}
                      aria-label={format(t.moveUpOf, { name })}
                      onClick={() => {
                        onMove(row.index, -1);
                      }}
                    >
                      {t.moveUp}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={position === rows.length - 1}
                      aria-label={format(t.moveDownOf, { name })}
                      onClick={() => {
                        onMove(row.index, 1);
                      }}
                    >
                      {t.moveDown}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={count >= MAX_WORKLOADS}
                      aria-label={format(t.duplicateOf, { name })}
                      onClick={() => {
                        onDuplicate(row.index);
                      }}
                    >
                      {t.duplicate}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={format(t.changeAnswersOf, { name })}
                      onClick={() => {
                        onEdit(row.index);
                      }}
                    >
                      {t.changeAnswers}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-quiet"
                      aria-label={format(t.removeOf, { name })}
                      onClick={() => {
                        onRemove(row.index);
                        tableRef.current?.closest('section')?.querySelector('h2')?.focus();
                      }}
                    >
                      {t.remove}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function AddWorkload({
  content,
  full,
  onStart,
}: {
  content: Content;
  full: boolean;
  onStart: (request: WalkRequest) => void;
}) {
  const t = useStrings(planStrings);
  const lang = useLang();
  const [treeId, setTreeId] = useState(content.defaultTree);
  const matrixTree = content.trees.find((tree) => tree.id === content.matrix.treeId);
  const [scenarioId, setScenarioId] = useState(content.matrix.scenarios[0]?.id ?? '');
  if (full) return <p className="muted">{format(t.planFull, { max: MAX_WORKLOADS })}</p>;
  return (
    <div className="plan-add" role="group" aria-labelledby="plan-add-heading">
      <h3 id="plan-add-heading">{t.addWorkload}</h3>
      <form
        className="plan-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          onStart({ mode: 'add', treeId, answers: {} });
        }}
      >
        <label htmlFor="plan-add-tree">{t.treeLabel}</label>
        <select
          id="plan-add-tree"
          value={treeId}
          onChange={(event) => {
            setTreeId(event.target.value);
          }}
        >
          {content.trees.map((tree) => (
            <option key={tree.id} value={tree.id}>
              {tree.title[lang]}
            </option>
          ))}
        </select>
        <button type="submit" className="btn">
          {t.walkTree}
        </button>
      </form>
      {matrixTree && content.matrix.scenarios.length > 0 && (
        <form
          className="plan-add-row"
          onSubmit={(event) => {
            event.preventDefault();
            const preset = matrixPreset(content.matrix, matrixTree, scenarioId);
            if (preset) onStart({ mode: 'add', treeId: matrixTree.id, answers: preset.answers });
          }}
        >
          <label htmlFor="plan-add-preset">{t.presetLabel}</label>
          <select
            id="plan-add-preset"
            value={scenarioId}
            onChange={(event) => {
              setScenarioId(event.target.value);
            }}
          >
            {content.matrix.scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.label[lang]}
              </option>
            ))}
          </select>
          <button type="submit" className="btn">
            {t.fromPreset}
          </button>
        </form>
      )}
    </div>
  );
}

function ConsolidationSection({
  consolidation,
  nameOf,
  runtimeName,
  lang,
}: {
  consolidation: Consolidation;
  nameOf: (index: number) => string;
  runtimeName: (id: string) => string;
  lang: Lang;
}) {
  const t = useStrings(planStrings);
  const recordText = useStrings(planRecordStrings);
  const { current, proposal, beyond } = consolidation;
  const list = (ids: readonly string[]) => ids.map(runtimeName).join(lang === 'zh' ? '、' : ', ');
  return (
    <section
      className="card plan-section"
      aria-labelledby="plan-consolidation-heading"
      data-testid="plan-consolidation"
    >
      <h2 id="plan-consolidation-heading">{t.consolidationHeading}</h2>
      <p className="muted">{t.consolidationLead}</p>
      {current.length === 1 ? (
        <p>{t.oneRuntime}</p>
      ) : proposal ? (
        <>
          <p className="plan-fewer">
            <strong>
              {format(t.fewer, {
                from: current.length,
                to: proposal.runtimes.length,
                runtimes: list(proposal.runtimes),
              })}
            </strong>
          </p>
          <ul>
            {proposal.moves.map((move) => (
              <li key={move.index}>
                {describeMove(move, nameOf(move.index), runtimeName, lang, recordText)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.noFewer}</p>
      )}
      {beyond && (
        <div className="plan-beyond">
          <h3>{t.beyondHeading}</h3>
          <p>{format(t.beyond, { n: beyond.runtimes.length, runtimes: list(beyond.runtimes) })}</p>
          <ul>
            {beyond.moves.map((move) => (
              <li key={move.index}>
                {describeMove(move, nameOf(move.index), runtimeName, lang, recordText)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
