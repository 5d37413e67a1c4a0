// The runtime page's figures: each metric's value in the guide beside the published figures
// about it, and the guide's feature-table cells for the runtime.
import type { ReactNode } from 'react';
import type { Content, Runtime } from '../../content/schema';
import type { FigureMetric, PublishedFigureData } from '../../domain/explain';
import { SourceCitation } from '../../components/ui/source-citation';
import { SupportWord } from '../../components/ui/support-word';
import { format, useLang, useStrings } from '../../i18n';
import { FigureList } from './figure-list';
import { runtimeStrings, type RuntimeStrings } from './strings';

const METRIC_ROWS: { metric: FigureMetric; label: keyof RuntimeStrings }[] = [
  { metric: 'cold_start', label: 'coldStart' },
  { metric: 'memory', label: 'memory' },
  { metric: 'isolation', label: 'isolation' },
  { metric: 'gpu', label: 'gpu' },
  { metric: 'compatibility', label: 'compatibility' },
];

export function FiguresSection({
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
    const cell = Object.hasOwn(feature.values, runtime.id) ? feature.values[runtime.id] : undefined;
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
