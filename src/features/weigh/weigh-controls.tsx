// The weighing's controls: presets, the figures' source, one slider per criterion with each
// runtime's value beside it, and the must-haves.
import { useMemo } from 'react';
import { useContent } from '../../app/content-context';
import { criterionValue, type WeighCriterion } from '../../domain/weigh/criteria';
import { MAX_WEIGHT, mustHaves, type Weighing } from '../../domain/weigh/score';
import {
  DEFAULT_WEIGHT,
  defaultWeights,
  scenarioWeights,
  type WeighState,
} from '../../domain/weigh/state';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { criterionName, mustHaveLabel, mustHaveQuestions, valueText } from './labels';
import { weighStrings, type WeighText } from './strings';

export type WeighChange = (next: Partial<WeighState>) => void;

export function WeighControls({
  state,
  weighing,
  onChange,
}: {
  state: WeighState;
  weighing: Weighing;
  onChange: WeighChange;
}) {
  const lang = useLang();
  const t = useStrings(weighStrings);
  const content = useContent();
  const musts = useMemo(() => mustHaves(content), [content]);
  return (
    <section className="card weigh-controls" aria-labelledby="weights-title">
      <Presets t={t} onChange={onChange} />
      <fieldset className="weigh-source">
        <legend>{t.sourceTitle}</legend>
        {(['guide', 'published'] as const).map((source) => (
          <label key={source} className="weigh-radio">
            <input
              type="radio"
              name="weigh-source"
              value={source}
              checked={state.source === source}
              onChange={() => {
                onChange({ source });
              }}
            />
            <span>{source === 'guide' ? t.sourceGuide : t.sourcePublished}</span>
          </label>
        ))}
        {state.source === 'published' && (
          <p className="muted weigh-small">{t.sourcePublishedNote}</p>
        )}
      </fieldset>

      <h2 id="weights-title">{t.weightsTitle}</h2>
      <p className="muted weigh-small">{t.weightsLead}</p>
      <ul className="weight-list">
        {weighing.criteria.map((criterion, c) => {
          const id = `weight-${criterion.id}`;
          const weight = weighing.weights[c] ?? 0;
          return (
            <li key={criterion.id} className="weight-row" data-criterion={criterion.id}>
              <div className="weight-head">
                <label htmlFor={id} className="weight-label">
                  {criterionName(criterion, lang)}
                </label>
                <output htmlFor={id} className="weight-value">
                  {weight}
                </output>
              </div>
              <input
                id={id}
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step={1}
                value={weight}
                onChange={(event) => {
                  onChange({
                    weights: { ...state.weights, [criterion.id]: Number(event.target.value) },
                  });
                }}
              />
              <ValuesBeside criterion={criterion} state={state} t={t} />
            </li>
          );
        })}
      </ul>

      <fieldset className="weigh-musts">
        <legend>{t.mustTitle}</legend>
        <p className="muted weigh-small">{t.mustLead}</p>
        {musts.map((mustHave) => {
          const questions = mustHaveQuestions(content, mustHave, lang);
          return (
            <label key={mustHave.id} className="weigh-check">
              <input
                type="checkbox"
                value={mustHave.id}
                checked={state.must.includes(mustHave.id)}
                onChange={(event) => {
                  const must = event.target.checked
                    ? [...state.must, mustHave.id]
                    : state.must.filter((id) => id !== mustHave.id);
                  onChange({ must });
                }}
              />
              <span>
                {mustHaveLabel(t, content, mustHave, lang)}
                {questions.length > 0 && (
                  <span className="muted weigh-small weigh-check-question">
                    {format(t.mustQuestion, { questions: questions.join(t.separator) })}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}

function Presets({ t, onChange }: { t: WeighText; onChange: WeighChange }) {
  const lang = useLang();
  const content = useContent();
  return (
    <div className="weigh-presets">
      <h2 className="small-heading">{t.presetsTitle}</h2>
      <p className="muted weigh-small">{format(t.presetsLead, { default: DEFAULT_WEIGHT })}</p>
      <div className="action-row">
        {content.matrix.scenarios.map((scenario) => (
          <button
            key={scenario.id}
            type="button"
            className="btn"
            data-scenario={scenario.id}
            onClick={() => {
              const weights = scenarioWeights(content, scenario.id);
              if (weights) onChange({ weights });
            }}
          >
            {scenario.label[lang]}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => {
            onChange({ weights: defaultWeights(content) });
          }}
        >
          {format(t.resetWeights, { default: DEFAULT_WEIGHT })}
        </button>
      </div>
    </div>
  );
}

function ValuesBeside({
  criterion,
  state,
  t,
}: {
  criterion: WeighCriterion;
  state: WeighState;
  t: WeighText;
}) {
  const lang = useLang();
  const content = useContent();
  return (
    <ul className="weight-values">
      {content.runtimes.map((runtime) => {
        const value = criterionValue(content, criterion, runtime.id, state.source);
        const origin = value.kind === 'missing' ? undefined : value.origin;
        return (
          <li key={runtime.id} data-runtime={runtime.id}>
            <RuntimeBadge runtime={runtime} />{' '}
            <span className="weight-value-text">{valueText(t, value, lang)}</span>
            {state.source === 'published' && origin && (
              <span className={`weigh-mark weigh-mark-${origin}`}>
                {origin === 'guide' ? t.guidesMark : t.publishedMark}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
