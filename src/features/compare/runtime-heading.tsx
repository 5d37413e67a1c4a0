import { useStrings } from '../../i18n';
import { compareStrings } from './strings';

/** A runtime's name heading a table row or column, marked in words when it is highlighted. */
export function RuntimeHeading({ name, highlighted }: { name: string; highlighted: boolean }) {
  const t = useStrings(compareStrings);
  return (
    <>
      {name}
      {highlighted && <span className="table-highlight"> {t.highlightedRow}</span>}
    </>
  );
}
