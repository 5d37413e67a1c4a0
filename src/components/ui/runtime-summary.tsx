import type { Runtime } from '../../content/schema';
import { useLang, useStrings } from '../../i18n';
import { uiStrings } from './strings';

/**
 * A runtime's one-line summary. We wrote these lines (the guide has none), so each carries a
 * small label that says so: the guide's words are only ever shown as the guide's.
 */
export function RuntimeSummary({
  runtime,
  as: Tag = 'p',
  className,
}: {
  runtime: Runtime;
  as?: 'p' | 'span';
  className?: string;
}) {
  const lang = useLang();
  const t = useStrings(uiStrings);
  return (
    <Tag className={className} data-provenance="ours">
      {runtime.summary[lang]} <small className="provenance-ours">({t.ourSummary})</small>
    </Tag>
  );
}
