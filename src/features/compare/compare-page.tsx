import { Link } from '@tanstack/react-router';
import { resolveHighlight, type FiguresMode } from '../../domain/chart-series';
import { format, useStrings } from '../../i18n';
import { FeaturesCard } from './features-card';
import { FiguresSwitch } from './figures-switch';
import { ChartLegend } from './legend';
import { RangeCard } from './range-card';
import { IsolationCard, SupportCard } from './rating-cards';
import { runtimeName, useRuntimeInfo } from './runtime-info';
import { compareStrings } from './strings';
import './compare.css';

interface ComparePageProps {
  /** The runtime named by the link; ignored unless the content has it. */
  highlight: string | undefined;
  figures: FiguresMode;
  onFiguresChange: (mode: FiguresMode) => void;
}

/** `#/compare`: the guide's comparison tables as charts, each with its table and sources. */
export function ComparePage({ highlight: requested, figures, onFiguresChange }: ComparePageProps) {
  const t = useStrings(compareStrings);
  const runtimes = useRuntimeInfo();
  const highlight = resolveHighlight(requested, runtimes.ids);

  return (
    <div className="compare-page" data-figures={figures}>
      <header className="compare-intro">
        <h1>{t.title}</h1>
        <p className="compare-lead">{t.lead}</p>
        {highlight && (
          <p className="compare-highlight" data-testid="highlight-notice">
            <span>
              {format(t.highlightNotice, { runtime: runtimeName(runtimes.byId, highlight) })}
            </span>{' '}
            <Link to="." search={(prev) => ({ ...prev, highlight: undefined })} replace>
              {t.clearHighlight}
            </Link>
          </p>
        )}
      </header>

      <div className="compare-controls">
        <FiguresSwitch value={figures} onChange={onFiguresChange} />
        <ChartLegend runtimes={[...runtimes.byId.values()]} />
      </div>

      <section className="compare-section" aria-labelledby="performance-heading">
        <h2 id="performance-heading">{t.performanceHeading}</h2>
        <div className="chart-grid">
          <RangeCard metric="cold_start" mode={figures} highlight={highlight} />
          <RangeCard metric="memory" mode={figures} highlight={highlight} />
          <IsolationCard mode={figures} highlight={highlight} />
          <SupportCard mode={figures} highlight={highlight} />
        </div>
      </section>

      <section className="compare-section" aria-labelledby="features-heading">
        <h2 id="features-heading">{t.featuresHeading}</h2>
        <FeaturesCard highlight={highlight} />
      </section>
    </div>
  );
}
