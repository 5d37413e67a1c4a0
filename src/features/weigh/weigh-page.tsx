// #/weigh: the reader's own weights over the guide's tables. The route decodes the URL; this
// page derives everything in render from that state (pure domain code) and writes changes back
// through `onChange`, so the address is always the weighing and a copied link restores it.
import { useMemo } from 'react';
import { useContent } from '../../app/content-context';
import { useTheme } from '../../app/theme';
import { flipPoints, uncertainPairs } from '../../domain/weigh/flips';
import { weigh } from '../../domain/weigh/score';
import type { WeighNotice, WeighState } from '../../domain/weigh/state';
import { format, useLang, useStrings } from '../../i18n';
import { WeighControls } from './weigh-controls';
import { WeighFlips } from './weigh-flips';
import { WeighNotices } from './weigh-notices';
import { WeighRanking } from './weigh-ranking';
import { WeighRecord } from './weigh-record';
import { weighStrings } from './strings';
import './weigh.css';

export interface WeighPageProps {
  state: WeighState;
  notices: readonly WeighNotice[];
  onChange: (next: Partial<WeighState>) => void;
}

export function WeighPage({ state, notices, onChange }: WeighPageProps) {
  const lang = useLang();
  const t = useStrings(weighStrings);
  const content = useContent();
  const theme = useTheme();
  const weighing = useMemo(
    () => weigh(content, state.weights, state.must, state.source),
    [content, state.weights, state.must, state.source],
  );
  const flips = useMemo(() => flipPoints(weighing), [weighing]);
  const uncertain = useMemo(() => uncertainPairs(weighing), [weighing]);
  const runtimeOf = (id: string) => content.runtimes.find((runtime) => runtime.id === id);
  const name = (id: string) => runtimeOf(id)?.name[lang] ?? id;
  const color = (id: string) => runtimeOf(id)?.color[theme] ?? 'var(--border-strong)';
  const outcome = state.from?.resolution.outcome;

  return (
    <div className="weigh-page" data-testid="weigh">
      <section className="card" aria-labelledby="weigh-title">
        <h1 id="weigh-title">{t.title}</h1>
        <p>{t.lead}</p>
        {outcome && (
          <p className="notice">{format(t.fromResult, { runtime: name(outcome.runtime) })}</p>
        )}
        <WeighNotices notices={notices} t={t} criteria={weighing.criteria} />
      </section>

      <div className="weigh-layout">
        <WeighControls state={state} weighing={weighing} onChange={onChange} />

        <div className="weigh-results">
          <WeighRanking weighing={weighing} name={name} color={color} />

          <WeighFlips
            weighing={weighing}
            flips={flips}
            uncertain={uncertain}
            name={name}
            color={color}
          />

          {state.from && outcome && (
            <WeighRecord
              from={state.from}
              weighing={weighing}
              flips={flips}
              uncertain={uncertain}
            />
          )}

          <section className="card" aria-labelledby="how-title">
            <h2 id="how-title">{t.howTitle}</h2>
            <ul className="how-list">
              {[t.how1, t.how2, t.how3, t.how4, t.how5, t.how6, t.how7].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
