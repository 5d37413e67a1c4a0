import { useStrings } from '../../i18n';
import { contentErrorStrings } from './strings';
import './content-errors.css';

/**
 * Shown while the site's content file loads. Usually that takes one round trip, so the words
 * appear only after a short delay (in CSS) instead of flashing on every load.
 */
export function ContentPending() {
  const t = useStrings(contentErrorStrings);
  return (
    <div className="content-pending" aria-busy="true">
      <p className="content-pending-text muted" role="status">
        {t.pending}
      </p>
    </div>
  );
}
