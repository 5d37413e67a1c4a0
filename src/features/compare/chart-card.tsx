import { Component, lazy, Suspense, useId, useState, type ErrorInfo, type ReactNode } from 'react';
import type { GridChartProps, RowChartProps } from './charts';
import { RetryButton } from '../../components/ui/retry-button';
import { useStrings } from '../../i18n';
import { compareStrings } from './strings';

// Recharts arrives in its own chunk, fetched when the first chart renders: the page and its
// tables work without it. A lazy component that failed stays failed, so Retry makes new ones
// (browsers do not remember a failed import: once the connection is back, it loads).
function lazyCharts() {
  return {
    RowChart: lazy(() => import('./charts').then((m) => ({ default: m.RowChart }))),
    GridChart: lazy(() => import('./charts').then((m) => ({ default: m.GridChart }))),
  };
}
let charts = lazyCharts();
let chartsFailed = false;

class ChartBoundary extends Component<
  { fallback: ReactNode; onError: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    this.props.onError();
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export type ChartSpec =
  { kind: 'row'; props: RowChartProps } | { kind: 'grid'; props: GridChartProps };

interface ChartCardProps {
  id: string;
  title: string;
  units: string;
  chart: ChartSpec;
  /** Notes under the chart: how to read it, what it cannot show. */
  notes?: ReactNode;
  /** The source line(s). */
  sources: ReactNode;
  table: ReactNode;
}

/** One chart: title, units, the chart, notes, sources, and the table behind it on request. */
export function ChartCard({ id, title, units, chart, notes, sources, table }: ChartCardProps) {
  const t = useStrings(compareStrings);
  const [tableOpen, setTableOpen] = useState(false);
  const [chartFailed, setChartFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { RowChart, GridChart } = charts;
  const tableId = useId();
  const headingId = `${id}-title`;
  const showTable = tableOpen || chartFailed;

  return (
    <section className="card chart-card" data-testid={`chart-${id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="chart-units">{units}</p>
      <div className="chart-frame">
        <ChartBoundary
          key={attempt}
          onError={() => {
            chartsFailed = true;
            setChartFailed(true);
          }}
          fallback={
            <div className="notice chart-failed">
              <p role="status">{t.chartFailed}</p>
              <RetryButton
                onRetry={() => {
                  if (chartsFailed) {
                    charts = lazyCharts();
                    chartsFailed = false;
                  }
                  setChartFailed(false);
                  setAttempt((count) => count + 1);
                }}
              />
            </div>
          }
        >
          <Suspense fallback={<p className="chart-loading muted">{t.chartLoading}</p>}>
            {chart.kind === 'row' ? <RowChart {...chart.props} /> : <GridChart {...chart.props} />}
          </Suspense>
        </ChartBoundary>
      </div>
      {notes}
      <div className="chart-sources">{sources}</div>
      {!chartFailed && (
        <button
          type="button"
          className="btn btn-quiet chart-table-toggle"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          onClick={() => {
            setTableOpen((open) => !open);
          }}
        >
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <path
              d="M2 3h12v10H2zM2 6.5h12M2 10h12M6.5 3v10"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
            />
          </svg>
          {tableOpen ? t.hideTable : t.showTable}
        </button>
      )}
      <div id={tableId} className="chart-table-wrap" hidden={!showTable}>
        {table}
      </div>
    </section>
  );
}
