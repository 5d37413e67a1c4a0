import { useState } from 'react';
import { chunkReloader } from '../../app/chunk-reload';
import { useStrings } from '../../i18n';
import { uiStrings } from './strings';

/**
 * The way on when part of the app could not be loaded. If a new version was published, a fresh
 * page fetches its files (the answers are kept in the URL); offline it says so and waits; else
 * the part is loaded again in place (`onRetry`), which is what helps once the connection is
 * back. It never reloads while offline: that would replace the app with the browser's error page.
 */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  const t = useStrings(uiStrings);
  const [checking, setChecking] = useState(false);
  const [offline, setOffline] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-busy={checking || undefined}
        onClick={() => {
          if (checking) return;
          setChecking(true);
          void chunkReloader.recover().then((result) => {
            setChecking(false);
            setOffline(result === 'offline');
            // Offline the import would only fail again; the note says what to wait for.
            if (result === 'same-version') onRetry();
          });
        }}
      >
        {t.retry}
      </button>
      {offline && (
        <span className="retry-offline" role="status">
          {t.offline}
        </span>
      )}
    </>
  );
}
