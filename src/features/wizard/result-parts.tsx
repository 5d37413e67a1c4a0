// Small pieces the result's sections share: runtime look-ups, a table cell in words (the
// guide's symbols never stand alone), a guide figure, published figures beside the guide's, and
// a card's sources.
import type { Content, Runtime, Source } from '../../content/schema';
import type {
  FeatureCellData,
  GuideFigure,
  PropertyCellData,
  PropertyRowData,
  PublishedFigureData,
} from '../../domain/explain';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { resultStrings } from './result-strings';
import { SupportWord } from '../../components/ui/support-word';
import { punctuationStrings } from '../../i18n/strings';

/** The search for any set of answers, in a tree (what-if and route links). */
export type SearchFor = (
  answers: Record<string, string>,
  treeId?: string,
) => Record<string, string>;

export function runtimeOf(content: Content, id: string): Runtime | undefined {
  return content.runtimes.find((runtime) => runtime.id === id);
}

/** A runtime's name in the page's language, by id (the id itself if content has no such runtime). */
export function useRuntimeName(content: Content): (id: string) => string {
  const lang = useLang();
  return (id) => runtimeOf(content, id)?.name[lang] ?? id;
}

/** The performance-table source for a runtime: the guide's tables share one section. */
export function tableSource(content: Content, runtime: string): Source[] {
  const row = content.performance.find((candidate) => candidate.runtime === runtime);
  return row ? [row.source] : [];
}

export function CellWord({ cell }: { cell: FeatureCellData | undefined }) {
  const lang = useLang();
  if (!cell) return <span>—</span>;
  if (cell.kind === 'support') return <SupportWord support={cell.support} />;
  return <span className="level-word">{cell.text[lang]}</span>;
}

/** The guide's performance-table figure, in brackets after a cell (none for support marks). */
export function FigureText({ figure }: { figure: GuideFigure | undefined }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  if (!figure || figure.kind === 'support') return null;
  const text =
    figure.kind === 'stars' ? format(t.stars, { n: figure.stars }) : figure.display[lang];
  return <span className="figure-text">{lang === 'zh' ? `（${text}）` : ` (${text})`}</span>;
}

export function CellReading({
  cell,
  figure,
}: {
  cell: FeatureCellData | undefined;
  figure?: GuideFigure | undefined;
}) {
  return (
    <span className="cell-reading">
      <CellWord cell={cell} />
      <FigureText figure={figure} />
    </span>
  );
}

/**
 * Published figures next to the guide's: each says whether it disagrees or adds, and our own
 * reasoning is labelled as inference.
 */
export function PublishedBesideGuide({ figures }: { figures: readonly PublishedFigureData[] }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  if (figures.length === 0) return null;
  return (
    <ul className="published-notes">
      {figures.map((figure) => {
        // Our own reading carries its label once, from its citation ("Our inference, not a
        // published figure: …"), after the statement like every other source.
        const label =
          figure.source.kind === 'inference'
            ? undefined
            : figure.relation === 'disagrees'
              ? t.publishedDisagree
              : figure.relation === 'adds'
                ? t.publishedAdd
                : t.published;
        return (
          <li
            key={figure.id}
            className="published-note"
            data-relation={figure.relation}
            data-source-kind={figure.source.kind}
          >
            {label !== undefined && (
              <>
                <strong className="published-label">{label}</strong>
                {punctuationStrings[lang].colon}
              </>
            )}
            {figure.statement[lang]} <span className="muted">{figure.conditions[lang]}</span>{' '}
            <SourceCitation source={figure.source} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The distinct sources behind a card's figures, once each. Our readings of the guide (inference)
 * are long, so they sit behind a disclosure that says what they are.
 */
export function SourceFooter({ sources }: { sources: readonly Source[] }) {
  const t = useStrings(resultStrings);
  const unique = sources.filter(
    (source, index) =>
      sources.findIndex((other) => JSON.stringify(other) === JSON.stringify(source)) === index,
  );
  const plain = unique.filter((source) => source.kind !== 'inference');
  const readings = unique.filter((source) => source.kind === 'inference');
  if (unique.length === 0) return null;
  return (
    <div className="source-footer">
      {plain.length > 0 && (
        <ul>
          {plain.map((source) => (
            <li key={JSON.stringify(source)}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      )}
      {readings.length > 0 && (
        <details className="how-read">
          <summary>{t.howWeReadAll}</summary>
          <ul>
            {readings.map((source) => (
              <li key={JSON.stringify(source)}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * A published property cell (ours, from the cited source): its mark in words, what it means, and
 * the source. Shown beside the guide's cell, never instead of it.
 */
export function PropertyReading({
  row,
  cell,
}: {
  row: PropertyRowData | undefined;
  cell: PropertyCellData | undefined;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  if (!row || !cell) return null;
  return (
    <span className="property-reading" data-property={row.id}>
      {format(t.propertyReading, { property: row.label[lang], reading: '' })}
      <SupportWord support={cell.support} /> {cell.text[lang]}{' '}
      <SourceCitation source={cell.source} />
    </span>
  );
}
