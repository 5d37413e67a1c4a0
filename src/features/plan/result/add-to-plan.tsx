// "Add to plan" on every result: the walk (tree and answers) joins the working plan under a
// name the reader may edit, by default the outcome's label. The plan's link format loads on
// the click, so a walk that adds nothing does not carry it.
import { useId, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { MAX_NAME_CHARS, MAX_WORKLOADS } from '../../../domain/plan/limits';
import { format, useStrings } from '../../../i18n';
import { planLinkSearch } from '../plan-search';
import { usePlanValues, writePlanValues } from '../plan-store';
import { addToPlanStrings } from './strings';
import './add-to-plan.css';

interface AddToPlanProps {
  treeId: string;
  /** The walk's answers, in path order. */
  answers: Readonly<Record<string, string>>;
  defaultName: string;
  /** The page's search, for the language and embed options the plan link keeps. */
  search: Readonly<Record<string, string | undefined>>;
}

export function AddToPlan({ treeId, answers, defaultName, search }: AddToPlanProps) {
  const t = useStrings(addToPlanStrings);
  const values = usePlanValues();
  const inputId = useId();
  const [name, setName] = useState(() => defaultName.slice(0, MAX_NAME_CHARS));
  const [failed, setFailed] = useState(false);
  const [added, setAdded] = useState<string | undefined>();
  const full = values.length >= MAX_WORKLOADS;

  return (
    // One group in the result's actions row, named for what it does.
    <div className="add-to-plan" role="group" aria-label={t.addHeading}>
      <form
        className="add-to-plan-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (full) return;
          setFailed(false);
          import('../../../domain/plan/plan-link').then(
            ({ cleanName, encodeWorkload }) => {
              const finalName = cleanName(name) || cleanName(defaultName);
              writePlanValues([
                ...values,
                encodeWorkload({ name: finalName, treeId, answers: { ...answers } }),
              ]);
              setAdded(finalName);
            },
            () => {
              setFailed(true);
            },
          );
        }}
      >
        <label htmlFor={inputId}>{t.nameLabel}</label>
        <input
          id={inputId}
          type="text"
          value={name}
          maxLength={MAX_NAME_CHARS}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        <button type="submit" className="btn btn-primary" disabled={full}>
          {t.addToPlan}
        </button>
      </form>
      <p role="status" className="add-to-plan-status">
        {failed ? t.addFailed : ''}
        {full && !added ? format(t.planFull, { max: MAX_WORKLOADS }) : ''}
        {added ? format(t.added, { name: added, n: values.length }) : ''}{' '}
        {added !== undefined || values.length > 0 ? (
          <Link to="/plan" search={planLinkSearch(search)}>
            {t.openPlan}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
