import { useMemo } from 'react';
import { useContent } from '../../app/content-context';
import type { Source } from '../../content/schema';
import {
  isolationSeries,
  MAX_STARS,
  publishedNotes,
  supportSeries,
  type FiguresMode,
  type GridCell,
  type SupportCriterion,
} from '../../domain/chart-series';
import type { GridCellSpec, RowSpec } from './charts';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { ChartCard } from './chart-card';
import { SUPPORT_SYMBOL } from '../../components/ui/support-symbol';
import { levelWord, supportText, supportWord } from './labels';
import { PublishedList } from './range-card';
import { runtimeName, useRuntimeInfo } from './runtime-info';
import { RuntimeHeading } from './runtime-heading';
import { compareStrings, type CompareStrings } from './strings';

interface RatingCardProps {
  mode: FiguresMode;
  highlight: string | undefined;
}

export function starsText(stars: number, outOf: number): string {
  return '★'.repeat(stars) + '☆'.repeat(Math.max(outOf - stars, 0));
}

/** The guide's sources for its performance table, once each. */
function usePerformanceSources(): Source[] {
  const content = useContent();
  return useMemo(() => {
    const seen = new Set<string>();
    return content.performance
      .map((row) => row.source)
      .filter((source) => {
        const key = JSON.stringify(source);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }, [content]);
}

/**
 * Under a rating chart, when published figures are asked for: a line saying that ratings exist
 * only in the guide, and the published statements about those metrics that a chart cannot draw.
 */
function PublishedRatingNotes(props: { mode: FiguresMode; metrics: string[] }) {
  const content = useContent();
  const t = useStrings(compareStrings);
  const runtimes = useRuntimeInfo();
  if (props.mode === 'guide') return null;
  const notes = props.metrics.flatMap((metric) =>
    publishedNotes(content.publishedFigures, metric, runtimes.ids),
  );
  return (
    <>
      <p className="chart-note">{t.noPublishedRatings}</p>
      <PublishedList title={t.publishedNotesTitle} figures={notes} names={runtimes.byId} />
    </>
  );
}

export function IsolationCard({ mode, highlight }: RatingCardProps) {
  const content = useContent();
  const t = useStrings(compareStrings);
  const runtimes = useRuntimeInfo();
  const sources = usePerformanceSources();
  const series = useMemo(
    () => isolationSeries(runtimes.ids, content.performance),
    [runtimes.ids, content],
  );
  const inWords = (stars: number | undefined, outOf: number) =>
    stars === undefined ? t.noStars : format(t.starsOf, { n: stars, max: outOf });

  const rows: RowSpec[] = series.map((row) => ({
    key: row.runtime,
    runtime: row.runtime,
    groupLabel: runtimeName(runtimes.byId, row.runtime),
    caption:
      row.stars === undefined
        ? t.noStars
        : `${starsText(row.stars, row.outOf)}  ${inWords(row.stars, row.outOf)}`,
    span: row.stars === undefined ? undefined : { kind: 'range', from: 0, to: row.stars },
    color: runtimes.byId.get(row.runtime)?.color ?? 'currentColor',
    variant: 'solid',
    highlighted: highlight === row.runtime,
    dimmed: highlight !== undefined && highlight !== row.runtime,
  }));

  return (
    <ChartCard
      id="isolation"
      title={t.isolationTitle}
      units={t.isolationUnits}
      chart={{
        kind: 'row',
        props: {
          label: format(t.chartLabel, { title: t.isolationTitle }),
          rows,
          scale: 'linear',
          domain: [0, MAX_STARS],
          ticks: Array.from({ length: MAX_STARS + 1 }, (_, i) => i),
          formatTick: (value) => String(value),
          highlightedWord: t.highlightedWord,
          renderTooltip: (spec) => {
            const row = series.find((r) => r.runtime === spec.runtime);
            return (
              <>
                <p className="chart-tooltip-title">{spec.groupLabel}</p>
                <p>
                  {row?.stars !== undefined && (
                    <span aria-hidden="true">{starsText(row.stars, row.outOf)} </span>
                  )}
                  {inWords(row?.stars, MAX_STARS)}
                </p>
              </>
            );
          },
        },
      }}
      notes={<PublishedRatingNotes mode={mode} metrics={['isolation']} />}
      sources={sources.map((source, i) => (
        <p key={i} className="chart-source-line">
          <SourceCitation source={source} />
        </p>
      ))}
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t.isolationTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colRuntime}</th>
              <th scope="col">{t.colStars}</th>
              <th scope="col">{t.colInWords}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((row) => (
              <tr
                key={row.runtime}
                data-runtime={row.runtime}
                data-highlighted={highlight === row.runtime ? 'true' : undefined}
              >
                <th scope="row">
                  <RuntimeHeading
                    name={runtimeName(runtimes.byId, row.runtime)}
                    highlighted={highlight === row.runtime}
                  />
                </th>
                <td>{row.stars ?? t.noValue}</td>
                <td>{inWords(row.stars, row.outOf)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function criterionLabel(t: CompareStrings, criterion: SupportCriterion): string {
  return {
    gpu: t.criterionGpu,
    compatibility: t.criterionCompatibility,
    ecosystem: t.criterionEcosystem,
  }[criterion];
}

/** A grid cell in words (and symbol), with the tone class that colours it. */
export function cellSpec(t: CompareStrings, cell: GridCell, lang: 'en' | 'zh'): GridCellSpec {
  switch (cell.kind) {
    case 'support':
      return {
        text: supportWord(t, cell.support),
        symbol: SUPPORT_SYMBOL[cell.support],
        tone: `tone-support-${cell.support}`,
      };
    case 'level':
      // Shaded by what the level means for the reader (low resource use is good), not by its
      // height on the scale; the words (cell, table, tooltip) still give the guide's level.
      return { text: cell.text[lang], tone: `tone-level-${cell.merit}` };
    case 'missing':
      return { text: t.missing, tone: 'tone-missing' };
  }
}

/** The same cell in words for tables and tooltips: "very fast (very high on the scale)". */
export function cellText(t: CompareStrings, cell: GridCell, lang: 'en' | 'zh'): string {
  switch (cell.kind) {
    case 'support':
      return supportText(t, cell.support);
    case 'level':
      return format(t.levelOnScale, { word: cell.text[lang], level: levelWord(t, cell.level) });
    case 'missing':
      return t.missing;
  }
}

export function SupportCard({ mode, highlight }: RatingCardProps) {
  const content = useContent();
  const lang = useLang();
  const t = useStrings(compareStrings);
  const runtimes = useRuntimeInfo();
  const sources = usePerformanceSources();
  const series = useMemo(
    () => supportSeries(runtimes.ids, content.performance, content.features),
    [runtimes.ids, content],
  );
  const columns = series.columns as SupportCriterion[];
  // The feature table has no source field of its own: it is the guide's, section by name.
  const featureSource: Source = {
    kind: 'guide',
    section: { en: compareStrings.en.ecosystemSection, zh: compareStrings.zh.ecosystemSection },
  };

  return (
    <ChartCard
      id="support"
      title={t.supportTitle}
      units={t.supportUnits}
      chart={{
        kind: 'grid',
        props: {
          label: format(t.chartLabel, { title: t.supportTitle }),
          columns: columns.map((criterion) => ({
            key: criterion,
            label: criterionLabel(t, criterion),
            highlighted: false,
          })),
          rows: series.rows.map((row) => ({
            key: row.id,
            label: runtimeName(runtimes.byId, row.id),
            runtime: row.id,
            color: runtimes.byId.get(row.id)?.color,
            highlighted: highlight === row.id,
            cells: row.cells.map((cell) => cellSpec(t, cell, lang)),
          })),
          highlightedWord: t.highlightedWord,
          renderTooltip: (spec) => {
            const row = series.rows.find((r) => r.id === spec.key);
            return (
              <>
                <p className="chart-tooltip-title">{spec.label}</p>
                <dl className="chart-tooltip-facts">
                  {columns.map((criterion, i) => (
                    <div key={criterion}>
                      <dt>{criterionLabel(t, criterion)}</dt>
                      <dd>{row?.cells[i] ? cellText(t, row.cells[i], lang) : t.missing}</dd>
                    </div>
                  ))}
                </dl>
              </>
            );
          },
        },
      }}
      notes={<PublishedRatingNotes mode={mode} metrics={['gpu', 'compatibility']} />}
      sources={[...sources, featureSource].map((source, i) => (
        <p key={i} className="chart-source-line">
          <SourceCitation source={source} />
        </p>
      ))}
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t.supportTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colRuntime}</th>
              {columns.map((criterion) => (
                <th key={criterion} scope="col">
                  {criterionLabel(t, criterion)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr
                key={row.id}
                data-runtime={row.id}
                data-highlighted={highlight === row.id ? 'true' : undefined}
              >
                <th scope="row">
                  <RuntimeHeading
                    name={runtimeName(runtimes.byId, row.id)}
                    highlighted={highlight === row.id}
                  />
                </th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i]} data-column={columns[i]}>
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
