// The figures for the plan's runtimes: the guide's performance table, as the guide states it,
// and beside it the published measurements that disagree with it or add to it, each with its
// source, as the comparison page shows them.
import type { Content } from '../../content/schema';
import { SourceCitation } from '../../components/ui/source-citation';
import { SupportWord } from '../../components/ui/support-word';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { planStrings } from './strings';

export function PlanFigures({ runtimes, content }: { runtimes: string[]; content: Content }) {
  const t = useStrings(planStrings);
  const lang = useLang();
  const rows = runtimes.flatMap((id) => {
    const row = content.performance.find((candidate) => candidate.runtime === id);
    return row ? [row] : [];
  });
  return (
    <section className="card plan-section" aria-labelledby="plan-figures-heading">
      <h2 id="plan-figures-heading">{t.figuresHeading}</h2>
      <p className="muted">{t.figuresLead}</p>
      <h3>{t.guideFigures}</h3>
      <div className="plan-table-wrap">
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">{t.colRuntime}</th>
              <th scope="col">{t.colColdStart}</th>
              <th scope="col">{t.colMemory}</th>
              <th scope="col">{t.colIsolation}</th>
              <th scope="col">{t.colGpu}</th>
              <th scope="col">{t.colCompat}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.runtime}>
                <th scope="row">
                  <RuntimeBadge
                    runtime={content.runtimes.find((runtime) => runtime.id === row.runtime)}
                    fallbackId={row.runtime}
                  />
                </th>
                <td>{row.coldStartMs.display[lang]}</td>
                <td>{row.memoryMb.display[lang]}</td>
                <td>{format(t.stars, { n: row.isolationStars })}</td>
                <td>
                  <SupportWord support={row.gpu} />
                </td>
                <td>
                  <SupportWord support={row.compatibility} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows[0] && (
        <p className="source-line">
          <SourceCitation source={rows[0].source} />
        </p>
      )}
      <h3>{t.publishedFigures}</h3>
      {runtimes.map((id) => {
        const runtime = content.runtimes.find((candidate) => candidate.id === id);
        const figures = content.publishedFigures.filter(
          (figure) => figure.runtime === id && figure.relation !== 'agrees',
        );
        return (
          <details key={id} className="plan-published">
            <summary>
              <RuntimeBadge runtime={runtime} fallbackId={id} />{' '}
              {format(t.publishedCount, { n: figures.length })}
            </summary>
            {figures.length === 0 ? (
              <p className="muted">{t.noPublished}</p>
            ) : (
              <ul>
                {figures.map((figure) => (
                  <li key={figure.id}>
                    <span className="plan-relation">
                      {figure.relation === 'disagrees' ? t.disagrees : t.adds}
                    </span>
                    {lang === 'zh' ? '：' : ': '}
                    {figure.statement[lang]}{' '}
                    <span className="muted">({figure.conditions[lang]})</span>{' '}
                    <SourceCitation source={figure.source} />
                  </li>
                ))}
              </ul>
            )}
          </details>
        );
      })}
    </section>
  );
}
