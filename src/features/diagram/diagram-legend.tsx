import { useStrings } from '../../i18n';
import { diagramStrings } from './strings';

type Swatch = 'visited' | 'current' | 'outcome' | 'taken' | 'scenario' | 'fold';

function LegendSwatch({ kind }: { kind: Swatch }) {
  if (kind === 'taken') {
    return (
      <svg className="legend-swatch" aria-hidden="true" width="34" height="18" viewBox="0 0 34 18">
        <path d="M2 9h30" className="legend-taken" />
      </svg>
    );
  }
  return (
    <svg className="legend-swatch" aria-hidden="true" width="34" height="18" viewBox="0 0 34 18">
      <rect x="3" y="3" width="28" height="12" rx="3" className={`legend-${kind}`} />
    </svg>
  );
}

/**
 * What the marks mean, in words: colour is never the only carrier. A scenario is "the guide's"
 * only on the guide's own trees; a team's tree has its own.
 */
export function DiagramLegend({ guideTree, folded }: { guideTree: boolean; folded: boolean }) {
  const t = useStrings(diagramStrings);
  const items: [Swatch, string][] = [
    ['visited', t.legendVisited],
    ['current', t.legendCurrent],
    ['outcome', t.legendOutcome],
    ['taken', t.legendTaken],
    ['scenario', guideTree ? t.legendScenario : t.legendScenarioTeam],
  ];
  if (folded) items.push(['fold', t.legendFold]);
  return (
    <div className="diagram-legend">
      <h3 className="diagram-legend-title">{t.legendTitle}</h3>
      <ul>
        {items.map(([kind, text]) => (
          <li key={kind}>
            <LegendSwatch kind={kind} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
