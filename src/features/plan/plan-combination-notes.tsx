// What the combination of runtimes asks for on the chosen target, worded as the record is.
import type { BundleTarget } from '../../domain/plan/bundle';
import type { PlanNote } from '../../domain/plan/notes';
import { describeNote } from '../../domain/plan/plan-record';
import { format, useLang, useStrings } from '../../i18n';
import { planRecordStrings } from '../../i18n/plan-record-strings';
import { planStrings } from './strings';

export function PlanCombinationNotes({
  notes,
  target,
  runtimeName,
}: {
  notes: readonly PlanNote[];
  target: BundleTarget;
  runtimeName: (id: string) => string;
}) {
  const t = useStrings(planStrings);
  const recordText = useStrings(planRecordStrings);
  const lang = useLang();
  return (
    <section className="card plan-section" aria-labelledby="plan-notes-heading">
      <h2 id="plan-notes-heading">{t.notesHeading}</h2>
      <p className="muted">{format(t.notesLead, { target: t[`target_${target}`] })}</p>
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
  );
}
