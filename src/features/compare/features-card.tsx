import { useMemo } from 'react';
import { useContent } from '../../app/content-context';
import type { Source } from '../../content/schema';
import { featureSeries, LEVELS, SUPPORTS } from '../../domain/chart-series';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { ChartCard } from './chart-card';
import { SUPPORT_SYMBOL } from '../../components/ui/support-symbol';
import { levelWord, supportWord } from './labels';
import { cellSpec, cellText } from './rating-cards';
import { runtimeName, useRuntimeInfo } from './runtime-info';
import { RuntimeHeading } from './runtime-heading';
import { compareStrings } from './strings';

/** The legend's shades, worst to best for the reader. */
const MERIT_WORDS = [
  'meritWorst',
  'meritWorse',
  'meritMiddle',
  'meritBetter',
  'meritBest',
] as const;

/** The guide's six features as a heat table: features down, runtimes across, words in cells. */
export function FeaturesCard({ highlight }: { highlight: string | undefined }) {
  const content = useContent();
  const lang = useLang();
  const t = useStrings(compareStrings);
  const runtimes = useRuntimeInfo();
  const series = useMemo(
    () => featureSeries(runtimes.ids, content.features),
    [runtimes.ids, content],
  );
  const labels = new Map(
    content.features.map((row) => [
      row.id,
      row.higherIsBetter ? row.label[lang] : format(t.lowerIsBetter, { label: row.label[lang] }),
    ]),
  );
  const source: Source = {
    kind: 'guide',
    section: { en: compareStrings.en.featureSection, zh: compareStrings.zh.featureSection },
  };

  return (
    <ChartCard
      id="features"
      title={t.featuresTitle}
      units={t.featuresUnits}
      chart={{
        kind: 'grid',
        props: {
          label: format(t.chartLabel, { title: t.featuresTitle }),
          columns: series.columns.map((id) => ({
            key: id,
            label: runtimeName(runtimes.byId, id),
            runtime: id,
            color: runtimes.byId.get(id)?.color,
            highlighted: highlight === id,
          })),
          rows: series.rows.map((row) => ({
            key: row.id,
            label: labels.get(row.id) ?? row.id,
            highlighted: false,
            cells: row.cells.map((cell) => cellSpec(t, cell, lang)),
          })),
          highlightedWord: t.highlightedWord,
          highlightCaption: highlight
            ? format(t.highlightColumn, { runtime: runtimeName(runtimes.byId, highlight) })
            : undefined,
          renderTooltip: (spec) => {
            const row = series.rows.find((r) => r.id === spec.key);
            return (
              <>
                <p className="chart-tooltip-title">{spec.label}</p>
                <dl className="chart-tooltip-facts">
                  {series.columns.map((id, i) => (
                    <div key={id}>
                      <dt>{runtimeName(runtimes.byId, id)}</dt>
                      <dd>{row?.cells[i] ? cellText(t, row.cells[i], lang) : t.missing}</dd>
                    </div>
                  ))}
                </dl>
              </>
            );
          },
        },
      }}
      notes={
        <div className="scale-explainer">
          <p className="scale-title">{t.shadeTitle}</p>
          <ol className="scale-steps" aria-label={t.shadeTitle}>
            {MERIT_WORDS.map((key, i) => (
              <li key={key} className={`scale-step tone-level-${i + 1}`}>
                {t[key]}
              </li>
            ))}
          </ol>
          <p className="scale-title">{t.scaleTitle}</p>
          <ol className="scale-steps scale-words" aria-label={t.scaleTitle}>
            {LEVELS.map((level) => (
              <li key={level} className="scale-step">
                {levelWord(t, level)}
              </li>
            ))}
          </ol>
          <ul className="scale-steps scale-support">
            {SUPPORTS.map((support) => (
              <li key={support} className={`scale-step tone-support-${support}`}>
                {SUPPORT_SYMBOL[support]} {supportWord(t, support)}
              </li>
            ))}
          </ul>
          <p className="chart-note">{t.scaleHelp}</p>
        </div>
      }
      sources={
        <p className="chart-source-line">
          <SourceCitation source={source} />
        </p>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t.featuresTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colFeature}</th>
              {series.columns.map((id) => (
                <th
                  key={id}
                  scope="col"
                  data-runtime={id}
                  data-highlighted={highlight === id ? 'true' : undefined}
                >
                  <RuntimeHeading
                    name={runtimeName(runtimes.byId, id)}
                    highlighted={highlight === id}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.id} data-feature={row.id}>
                <th scope="row">{labels.get(row.id)}</th>
                {row.cells.map((cell, i) => (
                  <td
                    key={series.columns[i]}
                    data-runtime={series.columns[i]}
                    data-highlighted={highlight === series.columns[i] ? 'true' : undefined}
                  >
                    {cellText(t, cell, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
