// One runtime's page: the guide's selection guidance, its figures beside published ones, best
// practices (or a plain statement that the guide has none, with published material), the 2025
// notes, case studies, and a deployment section that the route can add snippet sets to.
import { useMemo, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { getRuntime } from '../../content';
import type { Content, Runtime } from '../../content/schema';
import { runtimeProfile, type FigureMetric, type PublishedFigureData } from '../../domain/explain';
import { ownValue } from '../../domain/own';
import { CaseStudyCard } from '../../components/ui/case-study-card';
import { CopyButton } from '../../components/ui/copy-button';
import { GuidePracticeList, PublishedPracticeList } from '../../components/ui/practice-lists';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { runtimeStrings } from './strings';
import './runtime-profile.css';
import { SupportWord } from '../../components/ui/support-word';

type Text = (typeof runtimeStrings)['en'];

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
  const name = runtime.name[lang];
  const colon = lang === 'zh' ? '：' : ': ';

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
        <p className="runtime-summary">{runtime.summary[lang]}</p>
        <Link to="/wizard" search={{ tree: content.defaultTree, lang }} className="btn btn-quiet">
          {t.startWizard}
        </Link>
      </header>

      <section className="card" id="guidance" aria-labelledby="guidance-title">
        <h2 id="guidance-title">{t.guidanceTitle}</h2>
        <h3>{t.coreTraits}</h3>
        <TextList
          items={runtime.coreTraits.map((trait) => (
            <>
              <strong>{trait.title[lang]}</strong>
              {colon}
              {trait.text[lang]}
            </>
          ))}
          empty={t.guideHasNone}
        />
        <div className="profile-columns">
          <div>
            <h3>{t.typicalUses}</h3>
            <TextList items={runtime.typicalUses.map((use) => use[lang])} empty={t.guideHasNone} />
          </div>
          <div>
            <h3>{t.advantages}</h3>
            <TextList
              items={runtime.advantages.map((advantage) => advantage[lang])}
              empty={t.guideHasNone}
            />
          </div>
        </div>
        <p className="source-line">
          <SourceCitation source={runtime.source} />
        </p>
      </section>

      <FiguresSection runtime={runtime} content={content} published={profile.published} />

      <section className="card" id="best-practices" aria-labelledby="practices-title">
        <h2 id="practices-title">{t.bestPracticesTitle}</h2>
        {runtime.bestPractices.length > 0 ? (
          <GuidePracticeList runtime={runtime} />
        ) : (
          <p className="guide-gap">{format(t.noBestPractices, { runtime: name })}</p>
        )}
        <PublishedPractices runtime={runtime} content={content} />
      </section>

      <section className="card" id="practice-2025" aria-labelledby="practice-2025-title">
        <h2 id="practice-2025-title">{t.practiceTitle}</h2>
        {profile.recommendations.length > 0 ? (
          <ul>
            {profile.recommendations.map(({ recommendation, role }) => {
              const choice = role === 'first' ? recommendation.first : recommendation.alternative;
              const template =
                role === 'first'
                  ? t.recommendedFirst
                  : recommendation.alternative.kind === 'traditional'
                    ? t.recommendedTraditional
                    : t.recommendedSecond;
              return (
                <li key={recommendation.scenarioId}>
                  {format(template, {
                    label: recommendation.label[lang],
                    reason: choice.reason[lang],
                  })}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{format(t.noRecommendations, { runtime: name })}</p>
        )}
        {content.practice2025.runtime === runtime.id && (
          <div className="practice-notes">
            <h3>{content.practice2025.title[lang]}</h3>
            <p className="muted">
              {t.stack}
              {colon}
              {content.practice2025.stack.join(' · ')}
            </p>
            <ul>
              {content.practice2025.features.map((feature) => (
                <li key={feature.title.en}>
                  <strong>{feature.title[lang]}</strong>
                  {colon}
                  {feature.text[lang]}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="source-line">
          <SourceCitation source={content.practice2025.source} />
        </p>
        {(profile.published.version ?? []).length > 0 && (
          <>
            <h3>{t.versionsTitle}</h3>
            <FigureList figures={profile.published.version ?? []} />
          </>
        )}
      </section>

      <CaseStudies runtime={runtime} content={content} ids={profile.caseStudyIds} />

      <section className="card" id="deployment" aria-labelledby="deployment-title">
        <h2 id="deployment-title">{t.deploymentTitle}</h2>
        <GuideDeployment
          runtime={runtime}
          content={content}
          install={profile.published.install ?? []}
        />
        {deploymentExtras}
      </section>
    </article>
  );
}

function TextList({ items, empty }: { items: ReactNode[]; empty: string }) {
  if (items.length === 0) return <p className="guide-gap">{empty}</p>;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function relationLabel(figure: PublishedFigureData, t: Text): string {
  if (figure.source.kind === 'inference') return t.ourInference;
  if (figure.relation === 'agrees') return t.relationAgrees;
  if (figure.relation === 'disagrees') return t.relationDisagrees;
  return t.relationAdds;
}

function FigureList({ figures }: { figures: readonly PublishedFigureData[] }) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  return (
    <ul className="figure-list">
      {figures.map((figure) => (
        <li
          key={figure.id}
          className="figure"
          data-relation={figure.relation}
          data-source-kind={figure.source.kind}
        >
          <span className="relation">{relationLabel(figure, t)}</span>{' '}
          <span>{figure.statement[lang]}</span>{' '}
          <span className="muted figure-conditions">{figure.conditions[lang]}</span>{' '}
          <SourceCitation source={figure.source} />
        </li>
      ))}
    </ul>
  );
}

const METRIC_ROWS: { metric: FigureMetric; label: keyof Text }[] = [
  { metric: 'cold_start', label: 'coldStart' },
  { metric: 'memory', label: 'memory' },
  { metric: 'isolation', label: 'isolation' },
  { metric: 'gpu', label: 'gpu' },
  { metric: 'compatibility', label: 'compatibility' },
];

function FiguresSection({
  runtime,
  content,
  published,
}: {
  runtime: Runtime;
  content: Content;
  published: Partial<Record<FigureMetric, PublishedFigureData[]>>;
}) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const row = content.performance.find((candidate) => candidate.runtime === runtime.id);
  const guideValue = (metric: FigureMetric): ReactNode => {
    if (!row) return '—';
    switch (metric) {
      case 'cold_start':
        return row.coldStartMs.display[lang];
      case 'memory':
        return row.memoryMb.display[lang];
      case 'isolation':
        return format(t.stars, { n: row.isolationStars });
      case 'gpu':
        return <SupportWord support={row.gpu} />;
      case 'compatibility':
        return <SupportWord support={row.compatibility} />;
      default:
        return '—';
    }
  };
  const features = content.features.flatMap((feature) => {
    const cell = ownValue(feature.values, runtime.id);
    return cell ? [{ feature, cell }] : [];
  });
  return (
    <section className="card" id="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{t.figuresTitle}</h2>
      <p className="muted">{t.figuresLead}</p>
      <div className="figure-rows">
        {METRIC_ROWS.map(({ metric, label }) => (
          <div key={metric} className="figure-row" data-metric={metric}>
            <h3 className="figure-metric">{t[label]}</h3>
            <div className="figure-guide">
              <span className="figure-caption">{t.theGuide}</span>
              <span className="figure-value">{guideValue(metric)}</span>
            </div>
            <div className="figure-published">
              <span className="figure-caption">{t.publishedColumn}</span>
              {(published[metric] ?? []).length > 0 ? (
                <FigureList figures={published[metric] ?? []} />
              ) : (
                <p className="muted">{t.noPublished}</p>
              )}
            </div>
          </div>
        ))}
      </div>
      {row && (
        <p className="source-line">
          <SourceCitation source={row.source} />
        </p>
      )}
      {features.length > 0 && (
        <>
          <h3>{t.featuresTitle}</h3>
          <dl className="feature-cells">
            {features.map(({ feature, cell }) => (
              <div key={feature.id}>
                <dt>{feature.label[lang]}</dt>
                <dd>
                  {cell.kind === 'support' ? (
                    <SupportWord support={cell.support} />
                  ) : (
                    cell.text[lang]
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {row && (
            <p className="source-line">
              <SourceCitation source={row.source} />
            </p>
          )}
        </>
      )}
    </section>
  );
}

function PublishedPractices({ runtime, content }: { runtime: Runtime; content: Content }) {
  const t = useStrings(runtimeStrings);
  const practices = content.publishedPractices.filter(
    (practice) => practice.runtime === runtime.id,
  );
  if (practices.length === 0) return null;
  return (
    <>
      <h3>{t.publishedPractices}</h3>
      <PublishedPracticeList practices={practices} />
    </>
  );
}

function CaseStudies({
  runtime,
  content,
  ids,
}: {
  runtime: Runtime;
  content: Content;
  ids: readonly string[];
}) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const studies = content.caseStudies.filter((study) => ids.includes(study.id));
  return (
    <section className="card" id="case-studies" aria-labelledby="cases-title">
      <h2 id="cases-title">{t.caseStudiesTitle}</h2>
      {studies.length === 0 ? (
        <p className="guide-gap">{format(t.noCaseStudies, { runtime: runtime.name[lang] })}</p>
      ) : (
        <>
          <p className="muted">{t.caseAsReported}</p>
          <div className="case-grid">
            {studies.map((study) => (
              <CaseStudyCard key={study.id} study={study} level={3} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function GuideDeployment({
  runtime,
  content,
  install,
}: {
  runtime: Runtime;
  content: Content;
  install: readonly PublishedFigureData[];
}) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const snippets = content.snippets.filter(
    (snippet) => snippet.runtime === runtime.id && snippet.origin === 'guide',
  );
  return (
    <>
      {snippets.length === 0 ? (
        <p className="guide-gap">{format(t.noDeployment, { runtime: runtime.name[lang] })}</p>
      ) : (
        snippets.map((snippet) => (
          <figure
            key={snippet.id}
            className="guide-snippet"
            data-testid="snippet"
            data-snippet-id={snippet.id}
            data-origin="guide"
          >
            <figcaption>
              <span className="origin-label">{t.guideExample}</span>
              <strong>{snippet.title[lang]}</strong>
            </figcaption>
            {/* Wrapped, not scrolled: the guide's lines stay readable at 360 px. */}
            <pre className="snippet-code">
              <code>{snippet.code[lang]}</code>
            </pre>
            <div className="snippet-actions">
              <CopyButton text={snippet.code[lang]} />
              <SourceCitation source={snippet.source} />
            </div>
            {snippet.note && (
              <div className="notice snippet-note">
                <strong>{t.outdated}</strong>
                {lang === 'zh' ? '：' : ': '}
                {snippet.note[lang]}
              </div>
            )}
          </figure>
        ))
      )}
      {install.length > 0 && (
        <>
          <h3>{t.installFacts}</h3>
          <FigureList figures={install} />
        </>
      )}
    </>
  );
}

function RuntimeNotFound({ id, content }: { id: string; content: Content }) {
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
          <p>{runtime.summary[lang]}</p>
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
      <p className="muted">{t.indexLead}</p>
      <RuntimeLinks content={content} lang={lang} />
    </section>
  );
}
