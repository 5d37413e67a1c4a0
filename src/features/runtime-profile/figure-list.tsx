import type { PublishedFigureData } from '../../domain/explain';
import { SourceCitation } from '../../components/ui/source-citation';
import { useLang, useStrings } from '../../i18n';
import { runtimeStrings, type RuntimeStrings } from './strings';

function relationLabel(figure: PublishedFigureData, t: RuntimeStrings): string {
  if (figure.source.kind === 'inference') return t.ourInference;
  if (figure.relation === 'agrees') return t.relationAgrees;
  if (figure.relation === 'disagrees') return t.relationDisagrees;
  return t.relationAdds;
}

/** Published figures, each with how it relates to the guide, its conditions and its source. */
export function FigureList({ figures }: { figures: readonly PublishedFigureData[] }) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  return (
    <ul className="figure-list">
      {figures.map((figure) => (
        <li
          key={figure.id}
          className="figure"
          data-relation={figure.relation}
          data-source-kind={figure.source.kind}
        >
          <span className="relation">{relationLabel(figure, t)}</span>{' '}
          <span>{figure.statement[lang]}</span>{' '}
          <span className="muted figure-conditions">{figure.conditions[lang]}</span>{' '}
          <SourceCitation source={figure.source} />
        </li>
      ))}
    </ul>
  );
}
