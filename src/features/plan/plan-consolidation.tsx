// Consolidation: the fewest runtimes that still meet every stated need, and what each moved
// workload gives up; beyond that, what going lower still would break. Worded as the record is.
import type { Consolidation } from '../../domain/plan/analysis';
import { describeMove } from '../../domain/plan/plan-record';
import { format, useStrings, type Lang } from '../../i18n';
import { planRecordStrings } from '../../i18n/plan-record-strings';
import { planStrings } from './strings';

export function PlanConsolidation({
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
