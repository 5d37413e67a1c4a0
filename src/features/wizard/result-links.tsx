import { Link, useRouter } from '@tanstack/react-router';
import { pageHref } from '../../app/absolute-url';
import { useContent } from '../../app/content-context';
import type { Runtime } from '../../content/schema';
import { format, useLang, useStrings } from '../../i18n';
import { resultStrings } from './result-strings';

/**
 * The runtime page and the comparison. The comparison route is composed elsewhere, so its
 * address is built through the router (hash or path, with the base path) rather than a typed
 * route.
 */
export function ResultLinks({ runtime }: { runtime: Runtime }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const content = useContent();
  const router = useRouter();
  const compareHref = pageHref(router, '/compare', { highlight: runtime.id, lang });
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
        {format(t.compare, { count: content.runtimes.length })}
      </a>
    </nav>
  );
}
