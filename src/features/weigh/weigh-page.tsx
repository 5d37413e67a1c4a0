// #/weigh: the reader's own weights over the guide's tables. The route decodes the URL; this
// page derives everything in render from that state (pure domain code) and writes changes back
// through `onChange`, so the address is always the weighing and a copied link restores it.
import { Component, lazy, Suspense, useMemo, type ErrorInfo, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { useTheme } from '../../app/theme';
import { criterionValue, type WeighCriterion } from '../../domain/weigh/criteria';
import { flipSentence, runtimeList, uncertaintySentence } from '../../domain/weigh/describe';
import { flipPoints, uncertainPairs } from '../../domain/weigh/flips';
import { scoreText } from '../../domain/weigh/record';
import { MAX_WEIGHT, mustHaves, weigh } from '../../domain/weigh/score';
import {
  DEFAULT_WEIGHT,
  defaultWeights,
  scenarioWeights,
  type WeighNotice,
  type WeighState,
} from '../../domain/weigh/state';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { criterionName, mustHaveLabel, mustHaveQuestions, valueText } from './labels';
import { WeighRecord } from './weigh-record';
import { weighStrings, type WeighText } from './strings';
import './weigh.css';

const RankingChart = lazy(() =>
  import('./weigh-charts').then((m) => ({ default: m.RankingChart })),
);
const FlipChart = lazy(() => import('./weigh-charts').then((m) => ({ default: m.FlipChart })));

class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The fallback says so in words; the table and sentences carry the same content.
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Criterion colours: their own series (runtimes keep theirs), set for light and dark in CSS. */
const criterionColor = (index: number) => `var(--weigh-c${String(index % 8)})`;

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
  const musts = useMemo(() => mustHaves(content), [content]);
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
        <Notices notices={notices} t={t} criteria={weighing.criteria} />
      </section>

      <div className="weigh-layout">
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

        <div className="weigh-results">
          <section className="card" aria-labelledby="ranking-title">
            <h2 id="ranking-title">{t.rankingTitle}</h2>
            <p className="muted weigh-small">{t.rankingLead}</p>
            {weighing.allZero && (
              <p className="notice" role="status" data-testid="all-zero">
                {t.allZero}
              </p>
            )}
            {weighing.ranking.length === 0 && <p className="notice">{t.noneLeft}</p>}
            {weighing.ranking.length > 0 && !weighing.allZero && (
              <figure className="weigh-figure">
                <ChartBoundary fallback={<p className="notice">{t.chartFailed}</p>}>
                  <Suspense fallback={<p className="muted">{t.chartLoading}</p>}>
                    <RankingChart
                      label={t.chartLabel}
                      criteria={weighing.criteria.map((criterion, i) => ({
                        id: criterion.id,
                        name: criterionName(criterion, lang),
                        color: criterionColor(i),
                      }))}
                      rows={weighing.ranking.map((entry) => ({
                        runtime: entry.runtime,
                        label: `${entry.tied ? format(t.tiedRank, { rank: entry.rank }) : String(entry.rank)}. ${name(entry.runtime)}`,
                        scoreText: scoreText(entry.score),
                        color: color(entry.runtime),
                        contributions: entry.contributions,
                      }))}
                    />
                  </Suspense>
                </ChartBoundary>
                <figcaption>
                  <ul className="weigh-legend">
                    {weighing.criteria.map((criterion, i) => (
                      <li key={criterion.id}>
                        <span
                          className="weigh-swatch"
                          aria-hidden="true"
                          style={{ background: criterionColor(i) }}
                        />
                        {criterionName(criterion, lang)} ({weighing.weights[i] ?? 0})
                      </li>
                    ))}
                  </ul>
                </figcaption>
              </figure>
            )}
            <div className="table-scroll">
              <table className="weigh-table" data-testid="ranking">
                <caption className="visually-hidden">{t.rankingTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.rank}</th>
                    <th scope="col">{t.runtime}</th>
                    <th scope="col">{t.score}</th>
                    {weighing.criteria.map((criterion) => (
                      <th scope="col" key={criterion.id}>
                        {criterionName(criterion, lang)}
                      </th>
                    ))}
                    <th scope="col">{t.range}</th>
                  </tr>
                </thead>
                <tbody>
                  {weighing.ranking.map((entry) => (
                    <tr
                      key={entry.runtime}
                      data-runtime={entry.runtime}
                      data-rank={entry.rank}
                      data-tied={entry.tied ? 'true' : undefined}
                    >
                      <td>{entry.tied ? format(t.tiedRank, { rank: entry.rank }) : entry.rank}</td>
                      <th scope="row">
                        <RuntimeCell id={entry.runtime} t={t} />
                      </th>
                      <td className="num">
                        <strong>{scoreText(entry.score)}</strong>
                      </td>
                      {entry.contributions.map((value, c) => (
                        <td className="num" key={weighing.criteria[c]?.id ?? c}>
                          {scoreText(value)}
                        </td>
                      ))}
                      <td className="num">
                        {scoreText(entry.low)}–{scoreText(entry.high)}
                      </td>
                    </tr>
                  ))}
                  {weighing.excluded.map((exclusion) => (
                    <tr
                      key={exclusion.runtime}
                      data-runtime={exclusion.runtime}
                      data-excluded="true"
                    >
                      <td>—</td>
                      <th scope="row">
                        <RuntimeCell id={exclusion.runtime} t={t} />
                      </th>
                      <td colSpan={weighing.criteria.length + 2} data-testid="excluded-reason">
                        {format(t.excludedBy, {
                          runtime: name(exclusion.runtime),
                          musts: exclusion.failed
                            .map((mustHave) => mustHaveLabel(t, content, mustHave, lang))
                            .join(t.separator),
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="muted weigh-small">{t.tieNote}</p>
          </section>

          <section className="card" aria-labelledby="flips-title">
            <h2 id="flips-title">{t.flipsTitle}</h2>
            <p className="muted weigh-small">{t.flipsLead}</p>
            {flips.length === 0 ? (
              <p className="notice">{t.flipOnlyOne}</p>
            ) : (
              <>
                <ChartBoundary fallback={<p className="notice">{t.chartFailed}</p>}>
                  <Suspense fallback={<p className="muted">{t.chartLoading}</p>}>
                    <FlipChart
                      label={t.flipChartLabel}
                      max={MAX_WEIGHT}
                      rows={flips.map((point, c) => {
                        const criterion = weighing.criteria[c];
                        return {
                          criterion: point.criterion,
                          name: criterion ? criterionName(criterion, lang) : point.criterion,
                          weight: point.weight,
                          segments: point.segments.map((segment) => ({
                            from: segment.from,
                            to: segment.to,
                            names: runtimeList(segment.top, name, t),
                            color:
                              segment.top.length === 1 && segment.top[0]
                                ? color(segment.top[0])
                                : 'var(--border-strong)',
                          })),
                        };
                      })}
                    />
                  </Suspense>
                </ChartBoundary>
                <ul className="flip-list">
                  {flips.map((point, c) => {
                    const criterion = weighing.criteria[c];
                    return (
                      <li
                        key={point.criterion}
                        data-testid="flip-point"
                        data-criterion={point.criterion}
                      >
                        {flipSentence(
                          point,
                          criterion ? criterionName(criterion, lang) : point.criterion,
                          name,
                          t,
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            <h3>{t.uncertaintyTitle}</h3>
            <p data-testid="uncertainty">{uncertaintySentence(uncertain, name, t)}</p>
          </section>

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

function Presets({ t, onChange }: { t: WeighText; onChange: WeighPageProps['onChange'] }) {
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

function RuntimeCell({ id, t }: { id: string; t: WeighText }) {
  const lang = useLang();
  const content = useContent();
  const runtime = content.runtimes.find((candidate) => candidate.id === id);
  const label = runtime?.name[lang] ?? id;
  return (
    <span className="weigh-runtime">
      <RuntimeBadge runtime={runtime} fallbackId={id} />
      <span
        className="weigh-runtime-links"
        role="group"
        aria-label={format(t.linksFor, { runtime: label })}
      >
        <Link to="/runtimes/$runtimeId" params={{ runtimeId: id }} search={{ lang }}>
          {t.runtimePage}
        </Link>
        <Link
          to="/runtimes/$runtimeId"
          params={{ runtimeId: id }}
          search={{ lang }}
          hash="deployment"
        >
          {t.runtimeSnippets}
        </Link>
      </span>
    </span>
  );
}

function Notices({
  notices,
  t,
  criteria,
}: {
  notices: readonly WeighNotice[];
  t: WeighText;
  criteria: readonly WeighCriterion[];
}) {
  const lang = useLang();
  if (notices.length === 0) return null;
  const criterion = (id: string) => {
    const match = criteria.find((candidate) => candidate.id === id);
    return match ? criterionName(match, lang) : id;
  };
  const describe = (notice: WeighNotice): string => {
    switch (notice.kind) {
      case 'oversize':
        return t.noticeOversize;
      case 'duplicate':
        return format(t.noticeDuplicate, { key: notice.key });
      case 'bad-weight':
        return format(t.noticeBadWeight, {
          value: notice.value,
          criterion: criterion(notice.criterion),
          default: DEFAULT_WEIGHT,
        });
      case 'unknown-criterion':
        return format(t.noticeUnknownCriterion, { key: notice.key });
      case 'unknown-must':
        return format(t.noticeUnknownMust, { value: notice.value });
      case 'bad-source':
        return format(t.noticeBadSource, { value: notice.value });
      case 'bad-from':
        return format(t.noticeBadFrom, { value: notice.value });
    }
  };
  return (
    <div className="notice" role="status" data-testid="weigh-notice">
      <p>
        <strong>{t.noticeTitle}</strong>
      </p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{describe(notice)}</li>
        ))}
      </ul>
    </div>
  );
}
