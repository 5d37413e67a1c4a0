import { useMemo } from 'react';
import { useContent } from '../../app/content-context';
import type { PublishedFigure, Source } from '../../content/schema';
import {
  formatValue,
  rangeSeries,
  type FiguresMode,
  type RangeMetric,
  type RangeRow,
  type RangeSeries,
} from '../../domain/chart-series';
import type { RowSpec } from './charts';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings, type Lang } from '../../i18n';
import { ChartCard } from './chart-card';
import { exactValue, originLabel, readSpan, relationWord, rowCaption } from './labels';
import { runtimeName, useRuntimeInfo } from './runtime-info';
import { RuntimeHeading } from './runtime-heading';
import { compareStrings, type CompareStrings } from './strings';
import { punctuationStrings } from '../../i18n/strings';

interface RangeCardProps {
  metric: RangeMetric;
  mode: FiguresMode;
  highlight: string | undefined;
}

/** Cold start or memory: range bars on a log axis, the guide's and/or published figures. */
export function RangeCard({ metric, mode, highlight }: RangeCardProps) {
  const content = useContent();
  const lang = useLang();
  const t = useStrings(compareStrings);
  const runtimes = useRuntimeInfo();
  const series = useMemo(
    () =>
      rangeSeries({
        metric,
        mode,
        runtimes: runtimes.ids,
        performance: content.performance,
        published: content.publishedFigures,
      }),
    [metric, mode, runtimes.ids, content],
  );
  const title = metric === 'cold_start' ? t.coldStartTitle : t.memoryTitle;
  const units = metric === 'cold_start' ? t.coldStartUnits : t.memoryUnits;
  const byKey = new Map(series.rows.map((row) => [row.key, row]));

  const rows: RowSpec[] = series.rows.map((row) => {
    const info = runtimes.byId.get(row.runtime);
    return {
      key: row.key,
      runtime: row.runtime,
      groupLabel: row.firstOfRuntime ? runtimeName(runtimes.byId, row.runtime) : undefined,
      caption: rowCaption(t, row, series.unit, lang),
      span: row.span,
      color: info?.color ?? 'currentColor',
      variant: row.origin === 'guide' ? 'solid' : 'outline',
      highlighted: highlight === row.runtime,
      dimmed: highlight !== undefined && highlight !== row.runtime,
    };
  });

  const upTo = series.rows.filter((row) => row.span?.kind === 'upTo');
  const guideSources = uniqueSources(
    series.rows.flatMap((row) => (row.origin === 'guide' && row.source ? [row.source] : [])),
  );

  return (
    <ChartCard
      id={metric === 'cold_start' ? 'cold-start' : 'memory'}
      title={title}
      units={units}
      chart={{
        kind: 'row',
        props: {
          label: format(t.chartLabel, { title }),
          rows,
          scale: 'log',
          domain: series.domain,
          ticks: series.ticks,
          formatTick: (value) => formatValue(value, series.unit),
          highlightedWord: t.highlightedWord,
          renderTooltip: (spec) => {
            const row = byKey.get(spec.key);
            return row ? <RangeTooltip row={row} series={series} t={t} lang={lang} /> : null;
          },
        },
      }}
      notes={
        <>
          {upTo.length > 0 && (
            <p className="chart-note">
              {format(t.upToNote, {
                values: upTo
                  .map((row) => {
                    const value = row.quantity?.display[lang] ?? '';
                    const who = runtimeName(runtimes.byId, row.runtime);
                    return lang === 'zh'
                      ? `“${value}”（${who}，${originLabel(t, row)}）`
                      : `“${value}” (${who}, ${originLabel(t, row)})`;
                  })
                  .join(lang === 'zh' ? '、' : ', '),
                floor: formatValue(series.domain[0], series.unit),
              })}
            </p>
          )}
          {mode === 'both' && <p className="chart-note">{t.bothNote}</p>}
        </>
      }
      sources={
        <>
          {guideSources.map((source, i) => (
            <p key={i} className="chart-source-line">
              <SourceCitation source={source} />
            </p>
          ))}
          {mode !== 'guide' && (
            <PublishedList
              title={t.publishedSourcesTitle}
              figures={series.charted}
              numbered
              names={runtimes.byId}
            />
          )}
          {mode !== 'guide' && series.uncharted.length > 0 && (
            <details className="chart-uncharted">
              <summary>
                {t.unchartedTitle} ({series.uncharted.length})
              </summary>
              <PublishedList figures={series.uncharted} names={runtimes.byId} />
            </details>
          )}
        </>
      }
      table={<RangeTable series={series} t={t} lang={lang} highlight={highlight} title={title} />}
    />
  );
}

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function RangeTooltip(props: {
  row: RangeRow<Source>;
  series: RangeSeries<Source, PublishedFigure>;
  t: CompareStrings;
  lang: Lang;
}) {
  const { row, t, lang } = props;
  const runtimes = useRuntimeInfo();
  return (
    <>
      <p className="chart-tooltip-title">
        {runtimeName(runtimes.byId, row.runtime)} · {originLabel(t, row)}
      </p>
      {row.quantity && row.span ? (
        <dl className="chart-tooltip-facts">
          <dt>{t.asStated}</dt>
          <dd>{row.quantity.display[lang]}</dd>
          <dt>{t.readAs}</dt>
          <dd>{readSpan(t, row.span, props.series.unit)}</dd>
          {row.conditions && (
            <>
              <dt>{t.conditions}</dt>
              <dd>{row.conditions[lang]}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>{rowCaption(t, row, props.series.unit, lang)}</p>
      )}
    </>
  );
}

/** Published figures with statement, conditions, relation to the guide and citation. */
export function PublishedList(props: {
  title?: string;
  figures: readonly PublishedFigure[];
  names: Map<string, { name: string }>;
  numbered?: boolean;
}) {
  const lang = useLang();
  const t = useStrings(compareStrings);
  if (props.figures.length === 0) return null;
  const items = props.figures.map((figure) => (
    <li key={figure.id} data-figure-id={figure.id} data-runtime={figure.runtime}>
      <strong>{props.names.get(figure.runtime)?.name ?? figure.runtime}</strong>
      {punctuationStrings[lang].colon}
      {figure.statement[lang]} <span className="muted">({relationWord(t, figure.relation)})</span>
      <br />
      <span className="published-conditions">{figure.conditions[lang]}</span>
      <br />
      <SourceCitation source={figure.source} />
    </li>
  ));
  return (
    <div className="published-list">
      {props.title && <p className="published-list-title">{props.title}</p>}
      {props.numbered ? <ol>{items}</ol> : <ul>{items}</ul>}
    </div>
  );
}

function RangeTable(props: {
  title: string;
  series: RangeSeries<Source, PublishedFigure>;
  t: CompareStrings;
  lang: Lang;
  highlight: string | undefined;
}) {
  const { series, t, lang } = props;
  const runtimes = useRuntimeInfo();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colRuntime}</th>
          <th scope="col">{t.colFigure}</th>
          <th scope="col">{t.colAsStated}</th>
          <th scope="col">{format(t.colValue, { unit: series.unit })}</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((row) => {
          const highlighted = props.highlight === row.runtime;
          return (
            <tr
              key={row.key}
              data-runtime={row.runtime}
              data-row={row.key}
              data-highlighted={highlighted ? 'true' : undefined}
            >
              <th scope="row">
                <RuntimeHeading
                  name={runtimeName(runtimes.byId, row.runtime)}
                  highlighted={highlighted}
                />
              </th>
              <td>{originLabel(t, row)}</td>
              <td>{row.quantity ? row.quantity.display[lang] : t.noValue}</td>
              <td>{row.quantity ? exactValue(t, row.quantity) : t.noValue}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
