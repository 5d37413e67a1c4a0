// Where the ranking flips: for each criterion, the weight at which another runtime comes out on
// top (a chart, loaded on demand, and the same in sentences), and which places are too close
// for the guide's figures to tell apart.
import { lazy, Suspense } from 'react';
import { runtimeList, flipSentence, uncertaintySentence } from '../../domain/weigh/describe';
import type { FlipPoint, UncertainPair } from '../../domain/weigh/flips';
import { MAX_WEIGHT, type Weighing } from '../../domain/weigh/score';
import { useLang, useStrings } from '../../i18n';
import { criterionName } from './labels';
import { ChartBoundary } from './weigh-chart-boundary';
import { weighStrings } from './strings';

const FlipChart = lazy(() => import('./weigh-charts').then((m) => ({ default: m.FlipChart })));

export function WeighFlips({
  weighing,
  flips,
  uncertain,
  name,
  color,
}: {
  weighing: Weighing;
  flips: readonly FlipPoint[];
  uncertain: readonly UncertainPair[];
  name: (id: string) => string;
  color: (id: string) => string;
}) {
  const lang = useLang();
  const t = useStrings(weighStrings);
  return (
    <section className="card" aria-labelledby="flips-title">
      <h2 id="flips-title">{t.flipsTitle}</h2>
      <p className="muted weigh-small">{t.flipsLead}</p>
      {flips.length === 0 ? (
        <p className="notice">{t.flipOnlyOne}</p>
      ) : (
        <>
          <ChartBoundary fallback={<p className="notice">{t.chartFailed}</p>}>
            <Suspense fallback={<p className="muted">{t.chartLoading}</p>}>
              <FlipChart
                label={t.flipChartLabel}
                max={MAX_WEIGHT}
                rows={flips.map((point, c) => {
                  const criterion = weighing.criteria[c];
                  return {
                    criterion: point.criterion,
                    name: criterion ? criterionName(criterion, lang) : point.criterion,
                    weight: point.weight,
                    segments: point.segments.map((segment) => ({
                      from: segment.from,
                      to: segment.to,
                      names: runtimeList(segment.top, name, t),
                      color:
                        segment.top.length === 1 && segment.top[0]
                          ? color(segment.top[0])
                          : 'var(--border-strong)',
                    })),
                  };
                })}
              />
            </Suspense>
          </ChartBoundary>
          <ul className="flip-list">
            {flips.map((point, c) => {
              const criterion = weighing.criteria[c];
              return (
                <li key={point.criterion} data-testid="flip-point" data-criterion={point.criterion}>
                  {flipSentence(
                    point,
                    criterion ? criterionName(criterion, lang) : point.criterion,
                    name,
                    t,
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t.uncertaintyTitle}</h3>
      <p data-testid="uncertainty">{uncertaintySentence(uncertain, name, t)}</p>
    </section>
  );
}
