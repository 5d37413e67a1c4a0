import { Component, lazy, Suspense, useId, useState, type ErrorInfo, type ReactNode } from 'react';
import { format, useStrings } from '../../i18n';
import type { PlanChartRow } from './plan-chart';
import { planStrings } from './strings';

// Recharts arrives in its own chunk when the chart first renders; the table needs none of it.
const PlanChart = lazy(() => import('./plan-chart'));

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

/** The chart of workloads by runtime, with the same figures as a table on request. */
export function PlanChartCard({ rows }: { rows: PlanChartRow[] }) {
  const t = useStrings(planStrings);
  const [tableOpen, setTableOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const tableId = useId();
  const describe = (row: PlanChartRow) =>
    format(t.chartTooltip, { runtime: row.name, n: row.count, names: row.names });

  return (
    <section className="card plan-chart-card" aria-labelledby={`${tableId}-title`}>
      <h3 id={`${tableId}-title`}>{t.chartTitle}</h3>
      <p className="muted">{t.chartUnits}</p>
      <ChartBoundary
        onError={() => {
          setFailed(true);
        }}
        fallback={
          <p className="notice" role="status">
            {t.chartFailed}
          </p>
        }
      >
        <Suspense fallback={<p className="muted">{t.chartLoading}</p>}>
          <PlanChart rows={rows} label={t.chartLabel} describe={describe} />
        </Suspense>
      </ChartBoundary>
      {!failed && (
        <button
          type="button"
          className="btn btn-quiet"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          onClick={() => {
            setTableOpen((open) => !open);
          }}
        >
          {tableOpen ? t.hideTable : t.showTable}
        </button>
      )}
      <div id={tableId} hidden={!(tableOpen || failed)}>
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">{t.colRuntime}</th>
              <th scope="col">{t.chartUnits}</th>
              <th scope="col">{t.workloadsHeading}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.runtime}>
                <th scope="row">{row.name}</th>
                <td>{row.count}</td>
                <td>{row.names}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
