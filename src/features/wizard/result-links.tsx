import { Link, useRouter } from '@tanstack/react-router';
import type { Runtime } from '../../content/schema';
import { stringifySearch } from '../../domain/share-state';
import { format, useLang, useStrings } from '../../i18n';
import { resultStrings } from './result-strings';

/**
 * The runtime page and the comparison. The comparison route is composed elsewhere, so its
 * address is built from the router's history (hash or path) rather than a typed route.
 */
export function ResultLinks({ runtime }: { runtime: Runtime }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const router = useRouter();
  const compareHref = router.history.createHref(
    `/compare${stringifySearch({ highlight: runtime.id, lang })}`,
  );
  return (
    <nav className="result-links" aria-label={t.linksTitle}>
      <Link
        to="/runtimes/$runtimeId"
        params={{ runtimeId: runtime.id }}
        search={{ lang }}
        className="btn"
      >
        {format(t.runtimePage, { runtime: runtime.name[lang] })}
      </Link>
      <a href={compareHref} className="btn">
        {t.compare}
      </a>
    </nav>
  );
}
