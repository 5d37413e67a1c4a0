import { useStrings } from '../../i18n';
import type { RuntimeInfo } from './runtime-info';
import { compareStrings } from './strings';

/** The runtimes' colours (each with its name) and the marks the range charts use. */
export function ChartLegend({ runtimes }: { runtimes: RuntimeInfo[] }) {
  const t = useStrings(compareStrings);
  return (
    <section className="card chart-legend" aria-labelledby="chart-legend-title">
      <h2 id="chart-legend-title" className="chart-legend-title">
        {t.legendTitle}
      </h2>
      <ul className="legend-runtimes" aria-label={t.runtimesLegend}>
        {runtimes.map((runtime) => (
          <li key={runtime.id} data-runtime={runtime.id}>
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
              <circle cx="7" cy="7" r="6" fill={runtime.color} />
            </svg>
            {runtime.name}
          </li>
        ))}
      </ul>
      <ul className="legend-marks">
        <li>
          <svg aria-hidden="true" width="44" height="16" viewBox="0 0 44 16">
            <rect x="2" y="3" width="40" height="10" rx="3" className="legend-solid" />
          </svg>
          {t.legendSolid}
        </li>
        <li>
          <svg aria-hidden="true" width="44" height="16" viewBox="0 0 44 16">
            <rect x="2" y="3" width="40" height="10" rx="3" className="legend-outline" />
          </svg>
          {t.legendOutline}
        </li>
        <li>
          <svg aria-hidden="true" width="44" height="16" viewBox="0 0 44 16">
            <rect x="2" y="3" width="40" height="10" className="legend-open-fill" />
            <path d="M2 3H42V13H2" className="legend-open-line" />
            <line x1="42" x2="42" y1="1" y2="15" className="legend-open-edge" />
            <path d="M9 3L3 8L9 13" className="legend-open-arrow" />
          </svg>
          {t.legendOpen}
        </li>
        <li>
          <svg aria-hidden="true" width="44" height="16" viewBox="0 0 44 16">
            <path d="M22 1L29 8L22 15L15 8Z" className="legend-solid" />
          </svg>
          {t.legendPoint}
        </li>
      </ul>
      <p className="muted legend-note">{t.legendLabels}</p>
    </section>
  );
}
