import { useStrings } from '../../i18n';
import { uiStrings } from './strings';

/**
 * The way out when a chunk could not be loaded (the connection dropped, or a new version was
 * published): a fresh page fetches the current files, and the answers are kept in the URL.
 */
export function ReloadButton() {
  const t = useStrings(uiStrings);
  return (
    <button
      type="button"
      className="btn"
      onClick={() => {
        window.location.reload();
      }}
    >
      {t.reload}
    </button>
  );
}
