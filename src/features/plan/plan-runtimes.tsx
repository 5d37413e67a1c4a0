// The runtimes the plan needs, each with its workloads, and the same as a chart.
import { useTheme } from '../../app/theme';
import type { Content } from '../../content/schema';
import type { RuntimeUse } from '../../domain/plan/analysis';
import type { PlanWorkload } from '../../domain/plan/plan';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useStrings } from '../../i18n';
import { PlanChartCard } from './plan-chart-card';
import { planStrings } from './strings';

export function PlanRuntimes({
  content,
  runtimes,
  plan,
  runtimeName,
}: {
  content: Content;
  runtimes: readonly RuntimeUse[];
  plan: readonly PlanWorkload[];
  runtimeName: (id: string) => string;
}) {
  const t = useStrings(planStrings);
  const theme = useTheme();
  return (
    <section className="card plan-section" aria-labelledby="plan-runtimes-heading">
      <h2 id="plan-runtimes-heading">{t.runtimesHeading}</h2>
      <p className="muted">{t.runtimesLead}</p>
      <ul className="plan-runtimes">
        {runtimes.map((use) => {
          const runtime = content.runtimes.find((candidate) => candidate.id === use.runtime);
          return (
            <li
              key={use.runtime}
              className="plan-runtime"
              data-testid="plan-runtime"
              data-runtime={use.runtime}
              style={runtimeColorStyle(runtime)}
            >
              <RuntimeBadge runtime={runtime} fallbackId={use.runtime} />
              <span className="plan-runtime-count">
                {format(t.runtimeCount, { n: use.workloads.length })}
              </span>
              <span className="plan-runtime-names">
                {use.workloads.map((index) => plan[index]?.name ?? '').join(', ')}
              </span>
            </li>
          );
        })}
      </ul>
      <PlanChartCard
        rows={runtimes.map((use) => ({
          runtime: use.runtime,
          name: runtimeName(use.runtime),
          count: use.workloads.length,
          names: use.workloads.map((index) => plan[index]?.name ?? '').join(', '),
          color:
            content.runtimes.find((runtime) => runtime.id === use.runtime)?.color[theme] ??
            'currentColor',
        }))}
      />
    </section>
  );
}
