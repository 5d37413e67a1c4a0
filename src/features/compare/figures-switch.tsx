import { FIGURES_MODES, type FiguresMode } from '../../domain/chart-series';
import { useStrings } from '../../i18n';
import { compareStrings } from './strings';

/** Guide / published / both: radio buttons, so the arrow keys move between them. */
export function FiguresSwitch(props: {
  value: FiguresMode;
  onChange: (mode: FiguresMode) => void;
}) {
  const t = useStrings(compareStrings);
  const labels: Record<FiguresMode, string> = {
    guide: t.figuresGuide,
    published: t.figuresPublished,
    both: t.figuresBoth,
  };
  return (
    <fieldset className="figures-switch" data-testid="figures-switch">
      <legend>{t.figuresLegend}</legend>
      <div className="figures-options">
        {FIGURES_MODES.map((mode) => (
          <label key={mode} className="figures-option">
            <input
              type="radio"
              name="figures"
              value={mode}
              checked={props.value === mode}
              onChange={() => {
                props.onChange(mode);
              }}
            />
            <span>{labels[mode]}</span>
          </label>
        ))}
      </div>
      <p className="figures-help muted">{t.figuresHelp}</p>
    </fieldset>
  );
}
