import { Link } from '@tanstack/react-router';
import { RuntimeSummary } from '../../components/ui/runtime-summary';
import { useContent } from '../../app/content-context';
import { getTree } from '../../content';
import { maxQuestionsFrom } from '../../domain/engine';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { landingStrings } from './strings';
import './landing.css';

export function LandingPage() {
  const t = useStrings(landingStrings);
  const lang = useLang();
  const content = useContent();
  const tree = getTree(content, content.defaultTree);
  const questionCount = tree ? maxQuestionsFrom(tree, tree.root) : 0;
  return (
    <section className="landing card" aria-labelledby="landing-title">
      <h1 id="landing-title">{t.title}</h1>
      <p className="landing-lead">{t.lead}</p>
      <p className="muted">{t.covers}</p>
      <div className="landing-actions">
        <Link
          to="/wizard"
          search={{ tree: content.defaultTree, lang }}
          state={{ focusStep: true }}
          className="btn btn-primary landing-start"
        >
          {t.start}
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 16 16">
            <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </Link>
        {questionCount > 0 && (
          <span className="muted">{format(t.questions, { count: questionCount })}</span>
        )}
      </div>
      <ul className="landing-runtimes" aria-label={t.runtimesLabel}>
        {content.runtimes.map((runtime) => (
          <li key={runtime.id}>
            <RuntimeBadge runtime={runtime} />
            <RuntimeSummary runtime={runtime} as="span" className="muted" />
          </li>
        ))}
      </ul>
    </section>
  );
}
