import type { Support } from '../../content/schema';
import { useStrings } from '../../i18n';
import { uiStrings } from './strings';
import { SUPPORT_SYMBOL } from './support-symbol';

/** A ✓ / ⚠ / ✗ mark from the guide's tables, always with its word (the symbol is not read out). */
export function SupportWord({ support }: { support: Support }) {
  const t = useStrings(uiStrings);
  const word = { yes: t.supportYes, partly: t.supportPartly, no: t.supportNo }[support];
  return (
    <span className="support-word" data-support={support}>
      <span aria-hidden="true">{SUPPORT_SYMBOL[support]}</span> {word}
    </span>
  );
}
