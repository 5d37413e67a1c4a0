// One runtime's page: the guide's selection guidance, its figures beside published ones, best
// practices (or a plain statement that the guide has none, with published material), the 2025
// notes, case studies, and a deployment section that the route can add snippet sets to. Each
// section is a module of its own in this folder.
import { RuntimeSummary } from '../../components/ui/runtime-summary';
import { useMemo, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { getRuntime } from '../../content';
import type { Content, Runtime } from '../../content/schema';
import { runtimeProfile } from '../../domain/explain';
import { RuntimeGuidance } from '../../components/ui/runtime-guidance';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { useLang, useStrings } from '../../i18n';
import { CaseStudiesSection } from './case-studies-section';
import { DeploymentSection } from './deployment-section';
import { FiguresSection } from './figures-section';
import { Practice2025Section } from './practice-2025-section';
import { PracticesSection } from './practices-section';
import { RuntimeNotFound } from './runtime-index';
import { runtimeStrings } from './strings';
import './runtime-profile.css';

interface RuntimeProfileProps {
  runtimeId: string;
  /** Composed by the route into the deployment section (for example the current snippet sets). */
  deploymentExtras?: ReactNode;
}

export function RuntimeProfile({ runtimeId, deploymentExtras }: RuntimeProfileProps) {
  const content = useContent();
  const runtime = getRuntime(content, runtimeId);
  if (!runtime) return <RuntimeNotFound id={runtimeId} content={content} />;
  return (
    <RuntimeProfileFor runtime={runtime} content={content} deploymentExtras={deploymentExtras} />
  );
}

function RuntimeProfileFor({
  runtime,
  content,
  deploymentExtras,
}: {
  runtime: Runtime;
  content: Content;
  deploymentExtras: ReactNode;
}) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const profile = useMemo(() => runtimeProfile(content, runtime.id), [content, runtime.id]);

  return (
    <article
      className="runtime-profile"
      data-testid="runtime-profile"
      data-runtime={runtime.id}
      style={runtimeColorStyle(runtime)}
      aria-labelledby="runtime-title"
    >
      <header className="card runtime-header">
        <p className="runtime-kicker">{t.kicker}</p>
        <h1 id="runtime-title">
          <RuntimeBadge runtime={runtime} />
        </h1>
        <RuntimeSummary runtime={runtime} className="runtime-summary" />
        <Link to="/wizard" search={{ tree: content.defaultTree, lang }} className="btn btn-quiet">
          {t.startWizard}
        </Link>
      </header>

      <section className="card" id="guidance" aria-labelledby="guidance-title">
        <h2 id="guidance-title">{t.guidanceTitle}</h2>
        <RuntimeGuidance runtime={runtime} level={3} />
      </section>

      <FiguresSection runtime={runtime} content={content} published={profile.published} />

      <PracticesSection runtime={runtime} content={content} />
      <Practice2025Section runtime={runtime} content={content} profile={profile} />
      <CaseStudiesSection runtime={runtime} content={content} ids={profile.caseStudyIds} />
      <DeploymentSection
        runtime={runtime}
        content={content}
        install={profile.published.install ?? []}
        extras={deploymentExtras}
      />
    </article>
  );
}
