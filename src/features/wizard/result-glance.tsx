// The first screen of a result: why, in the reader's own answers; up to three reasons; the one
// caveat that matters most (where published figures dispute the guide's rating of a stated
// need); and the runner-up. All derived from the explanation, never written per path.
import type { Content } from '../../content/schema';
import type { PathStep } from '../../domain/engine';
import type {
  Explanation,
  FeatureCellData,
  FeatureRowData,
  GuideFigure,
  PublishedFigureData,
  WhyNot,
} from '../../domain/explain';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { punctuationStrings } from '../../i18n/strings';
import { CellReading, runtimeOf, useRuntimeName } from './result-parts';
import { openFold } from './result-fold';
import { resultStrings } from './result-strings';

/** One reason on the first screen: a feature of the guide's table and its reading. */
interface CellReadingData {
  feature: FeatureRowData;
  cell: FeatureCellData | undefined;
  figure: GuideFigure | undefined;
}

export interface Glance {
  reasons: CellReadingData[];
  caveat: { feature: string; figure: PublishedFigureData } | undefined;
  runnerUp: WhyNot | undefined;
}

/** What the first screen shows, from the explanation. */
export function glanceOf(explanation: Explanation): Glance {
  const reasons: CellReadingData[] = [];
  for (const finding of explanation.needs) {
    if (finding.subject.meets === false) continue;
    if (reasons.some((reason) => reason.feature.id === finding.need.feature.id)) continue;
    reasons.push({
      feature: finding.need.feature,
      cell: finding.subject.cell,
      figure: finding.subject.figure,
    });
  }
  for (const standing of explanation.strengths) {
    if (reasons.some((reason) => reason.feature.id === standing.feature.id)) continue;
    reasons.push({ feature: standing.feature, cell: standing.cell, figure: undefined });
  }
  // The caveat: on a stated need, published figures that dispute the guide's rating, else our
  // own reading that qualifies it; failing both, a strength of the guide's table in dispute.
  let caveat: Glance['caveat'];
  for (const relation of ['disagrees', 'adds'] as const) {
    for (const finding of explanation.needs) {
      const figure = finding.subject.published.find((entry) => entry.relation === relation);
      if (figure) {
        caveat = { feature: finding.need.feature.id, figure };
        break;
      }
    }
    if (caveat) break;
  }
  if (!caveat) {
    for (const standing of [...explanation.strengths, ...explanation.weaknesses]) {
      const figure = standing.disputes[0];
      if (figure) {
        caveat = { feature: standing.feature.id, figure };
        break;
      }
    }
  }
  // The runner-up: the 2025 practice's alternative, else the runtime the fewest changed answers
  // lead to (the later on the path the change, the closer), then the fewest failed needs.
  const pathIndex = new Map(
    explanation.whatIf.map((item, index) => [item.step.question.id, index] as const),
  );
  const distance = (item: WhyNot): [number, number, number] => [
    item.route ? item.route.changes.length : Number.POSITIVE_INFINITY,
    -Math.max(-1, ...(item.route?.changes ?? []).map((c) => pathIndex.get(c.question.id) ?? -1)),
    item.fails.length,
  ];
  const closer = (a: WhyNot, b: WhyNot): number => {
    const [da, db] = [distance(a), distance(b)];
    for (let i = 0; i < da.length; i += 1) {
      const difference = (da[i] ?? 0) - (db[i] ?? 0);
      if (difference !== 0 && !Number.isNaN(difference)) return difference;
    }
    return 0;
  };
  const runnerUp =
    explanation.whyNot.find((item) => item.verdict === 'second') ??
    [...explanation.whyNot].sort(closer)[0];
  return { reasons: reasons.slice(0, 3), caveat, runnerUp };
}

export function ResultGlance({
  explanation,
  content,
  glance,
  steps: pathSteps,
}: {
  steps: readonly PathStep[];
  explanation: Explanation;
  content: Content;
  glance: Glance;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const runtimeName = useRuntimeName(content);
  const name = runtimeName(explanation.runtime);
  const colon = punctuationStrings[lang].colon;
  // The reader's own answers: those that state a need, else the whole path (at most three).
  const needSteps = explanation.needs.map((finding) => finding.need.step);
  const steps = (needSteps.length > 0 ? needSteps : pathSteps).filter(
    (step, index, all) =>
      all.findIndex((other) => other.question.id === step.question.id) === index,
  );
  // Two answers at most: the sentence must stay one sentence on a phone.
  const shownSteps = steps.slice(0, 2);
  const because =
    shownSteps.length > 0
      ? format(t.glanceBecause, {
          answers: shownSteps
            .map((step) =>
              format(t.glanceAnswer, {
                answer: step.answer.label[lang],
                question: step.question.text[lang],
              }),
            )
            .join(t.glanceAnd),
          runtime: name,
        })
      : format(t.glanceNoAnswers, { runtime: name });
  const runnerUp = glance.runnerUp;
  const caveatFeature = glance.caveat
    ? content.features.find((feature) => feature.id === glance.caveat?.feature)
    : undefined;

  return (
    <div className="result-glance">
      <p className="result-because" data-testid="result-because">
        {because}
      </p>
      {glance.reasons.length > 0 && (
        <ul className="result-reasons" data-testid="result-reasons" aria-label={t.glanceReasons}>
          {glance.reasons.map((reason) => (
            <li key={reason.feature.id}>
              <span className="result-reason-feature">{reason.feature.label[lang]}</span>
              {colon}
              <CellReading cell={reason.cell} figure={reason.figure} />
            </li>
          ))}
        </ul>
      )}
      {glance.caveat && (
        // A <div>, not a <p>: it holds a <details>, which a paragraph cannot (the HTML parser
        // would close the paragraph before it, as the build's first paint is parsed).
        <div className="result-caveat" data-testid="result-caveat">
          <strong>
            {caveatFeature
              ? format(t.glanceCaveat, { feature: caveatFeature.label[lang] })
              : t.glanceCaveatPlain}
          </strong>
          {colon}
          {glance.caveat.figure.statement[lang]}{' '}
          <details className="result-caveat-source">
            <summary>{t.sources}</summary>
            <SourceCitation source={glance.caveat.figure.source} />
          </details>
        </div>
      )}
      {runnerUp && (
        <p className="result-runner-up" data-testid="result-runner-up">
          <strong>{t.glanceRunnerUp}</strong>
          {colon}
          <RuntimeBadge
            runtime={runtimeOf(content, runnerUp.runtime)}
            fallbackId={runnerUp.runtime}
          />{' '}
          <span className="muted">
            {runnerUp.verdict === 'second'
              ? t.verdictSecond
              : runnerUp.verdict === 'ruled_out'
                ? t.verdictRuledOut
                : t.verdictNotChosen}
          </span>{' '}
          <button
            type="button"
            className="link-button"
            aria-controls="why-not"
            onClick={() => {
              openFold('why-not');
            }}
          >
            {format(t.glanceWhyNot, { runtime: runtimeName(runnerUp.runtime) })}
          </button>
        </p>
      )}
    </div>
  );
}
