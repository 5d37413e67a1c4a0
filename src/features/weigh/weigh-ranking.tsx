// The ranking: a stacked chart of each runtime's weighted score (loaded on demand), and the
// same as a table with each criterion's share, the score's range, and the excluded runtimes.
import { lazy, Suspense } from 'react';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { scoreText } from '../../domain/weigh/record';
import type { Weighing } from '../../domain/weigh/score';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { criterionName, mustHaveLabel } from './labels';
import { ChartBoundary } from './weigh-chart-boundary';
import { weighStrings, type WeighText } from './strings';

const RankingChart = lazy(() =>
  import('./weigh-charts').then((m) => ({ default: m.RankingChart })),
);

/** Criterion colours: their own series (runtimes keep theirs), set for light and dark in CSS. */
const criterionColor = (index: number) => `var(--weigh-c${String(index % 8)})`;

export function WeighRanking({
  weighing,
  name,
  color,
}: {
  weighing: Weighing;
  name: (id: string) => string;
  color: (id: string) => string;
}) {
  const lang = useLang();
  const t = useStrings(weighStrings);
  const content = useContent();
  return (
    <section className="card" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t.rankingTitle}</h2>
      <p className="muted weigh-small">{t.rankingLead}</p>
      {weighing.allZero && (
        <p className="notice" role="status" data-testid="all-zero">
          {t.allZero}
        </p>
      )}
      {weighing.ranking.length === 0 && <p className="notice">{t.noneLeft}</p>}
      {weighing.ranking.length > 0 && !weighing.allZero && (
        <figure className="weigh-figure">
          <ChartBoundary fallback={<p className="notice">{t.chartFailed}</p>}>
            <Suspense fallback={<p className="muted">{t.chartLoading}</p>}>
              <RankingChart
                label={t.chartLabel}
                criteria={weighing.criteria.map((criterion, i) => ({
                  id: criterion.id,
                  name: criterionName(criterion, lang),
                  color: criterionColor(i),
                }))}
                rows={weighing.ranking.map((entry) => ({
                  runtime: entry.runtime,
                  label: `${entry.tied ? format(t.tiedRank, { rank: entry.rank }) : String(entry.rank)}. ${name(entry.runtime)}`,
                  scoreText: scoreText(entry.score),
                  color: color(entry.runtime),
                  contributions: entry.contributions,
                }))}
              />
            </Suspense>
          </ChartBoundary>
          <figcaption>
            <ul className="weigh-legend">
              {weighing.criteria.map((criterion, i) => (
                <li key={criterion.id}>
                  <span
                    className="weigh-swatch"
                    aria-hidden="true"
                    style={{ background: criterionColor(i) }}
                  />
                  {criterionName(criterion, lang)} ({weighing.weights[i] ?? 0})
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
      )}
      <div className="table-scroll">
        <table className="weigh-table" data-testid="ranking">
          <caption className="visually-hidden">{t.rankingTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.rank}</th>
              <th scope="col">{t.runtime}</th>
              <th scope="col">{t.score}</th>
              {weighing.criteria.map((criterion) => (
                <th scope="col" key={criterion.id}>
                  {criterionName(criterion, lang)}
                </th>
              ))}
              <th scope="col">{t.range}</th>
            </tr>
          </thead>
          <tbody>
            {weighing.ranking.map((entry) => (
              <tr
                key={entry.runtime}
                data-runtime={entry.runtime}
                data-rank={entry.rank}
                data-tied={entry.tied ? 'true' : undefined}
              >
                <td>{entry.tied ? format(t.tiedRank, { rank: entry.rank }) : entry.rank}</td>
                <th scope="row">
                  <RuntimeCell id={entry.runtime} t={t} />
                </th>
                <td className="num">
                  <strong>{scoreText(entry.score)}</strong>
                </td>
                {entry.contributions.map((value, c) => (
                  <td className="num" key={weighing.criteria[c]?.id ?? c}>
                    {scoreText(value)}
                  </td>
                ))}
                <td className="num">
                  {scoreText(entry.low)}–{scoreText(entry.high)}
                </td>
              </tr>
            ))}
            {weighing.excluded.map((exclusion) => (
              <tr key={exclusion.runtime} data-runtime={exclusion.runtime} data-excluded="true">
                <td>—</td>
                <th scope="row">
                  <RuntimeCell id={exclusion.runtime} t={t} />
                </th>
                <td colSpan={weighing.criteria.length + 2} data-testid="excluded-reason">
                  {format(t.excludedBy, {
                    runtime: name(exclusion.runtime),
                    musts: exclusion.failed
                      .map((mustHave) => mustHaveLabel(t, content, mustHave, lang))
                      .join(t.separator),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted weigh-small">{t.tieNote}</p>
    </section>
  );
}

function RuntimeCell({ id, t }: { id: string; t: WeighText }) {
  const lang = useLang();
  const content = useContent();
  const runtime = content.runtimes.find((candidate) => candidate.id === id);
  const label = runtime?.name[lang] ?? id;
  return (
    <span className="weigh-runtime">
      <RuntimeBadge runtime={runtime} fallbackId={id} />
      <span
        className="weigh-runtime-links"
        role="group"
        aria-label={format(t.linksFor, { runtime: label })}
      >
        <Link to="/runtimes/$runtimeId" params={{ runtimeId: id }} search={{ lang }}>
          {t.runtimePage}
        </Link>
        <Link
          to="/runtimes/$runtimeId"
          params={{ runtimeId: id }}
          search={{ lang }}
          hash="deployment"
        >
          {t.runtimeSnippets}
        </Link>
      </span>
    </span>
  );
}
