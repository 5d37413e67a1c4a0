// The plan's workloads, one row each: rename in place, reorder, duplicate, change the answers,
// remove (focus returns to the section's heading), and a link to each workload's result.
import { useRef } from 'react';
import { Link } from '@tanstack/react-router';
import type { Content } from '../../content/schema';
import type { analysePlan } from '../../domain/plan/analysis';
import { MAX_WORKLOADS } from '../../domain/plan/plan';
import { encodeShareState } from '../../domain/share-state';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useStrings, type Lang } from '../../i18n';
import { planStrings } from './strings';

export function PlanWorkloadTable({
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
