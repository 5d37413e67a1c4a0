// The list of runtimes (`#/runtimes`), and the page for a runtime id that the content does not
// have, which offers the same list.
import { RuntimeSummary } from '../../components/ui/runtime-summary';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import type { Content } from '../../content/schema';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { runtimeStrings } from './strings';
import './runtime-profile.css';

export function RuntimeNotFound({ id, content }: { id: string; content: Content }) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  return (
    <section className="card" aria-labelledby="runtime-missing">
      <h1 id="runtime-missing">{format(t.notFoundTitle, { id })}</h1>
      <p>{t.notFoundBody}</p>
      <RuntimeLinks content={content} lang={lang} />
    </section>
  );
}

function RuntimeLinks({ content, lang }: { content: Content; lang: 'en' | 'zh' }) {
  const t = useStrings(runtimeStrings);
  return (
    <ul className="runtime-index">
      {content.runtimes.map((runtime) => (
        <li key={runtime.id} className="card runtime-index-item" style={runtimeColorStyle(runtime)}>
          <h2>
            <RuntimeBadge runtime={runtime} />
          </h2>
          <RuntimeSummary runtime={runtime} />
          <Link
            to="/runtimes/$runtimeId"
            params={{ runtimeId: runtime.id }}
            search={{ lang }}
            className="btn"
          >
            {format(t.openRuntime, { runtime: runtime.name[lang] })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function RuntimeIndex() {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const content = useContent();
  return (
    <section className="runtime-index-page" aria-labelledby="runtimes-title">
      <h1 id="runtimes-title">{t.indexTitle}</h1>
      <p className="muted">{format(t.indexLead, { count: content.runtimes.length })}</p>
      <RuntimeLinks content={content} lang={lang} />
    </section>
  );
}
