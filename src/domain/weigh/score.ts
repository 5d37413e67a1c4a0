// The score: each criterion normalised to 0-1, then a weighted mean.
// - ratings by their scale: stars (1-5) as (stars - 1) / 4; yes / partly / no as 1 / 0.5 / 0;
//   the guide's five-step words as 0, 0.25, ... 1, turned round where higher is worse;
// - times and memory (lower is better) on a log scale between the best and the worst runtime's
//   value; a range counts by its log midpoint (the geometric mean of its ends), and its ends,
//   placed on the same scale, give the score's uncertainty;
// - a runtime without a value on a criterion scores 0 on it.
// Runtimes that fail a must-have are left out before the scale is set.
import {
  LEVELS,
  STARS_MAX,
  STARS_MIN,
  SUPPORT_SCORE,
  cellValue,
  criterionValue,
  weighCriteria,
  type CellValue,
  type CriterionValue,
  type Support,
  type WeighContent,
  type WeighCriterion,
  type WeighSource,
} from './criteria';

export const MAX_WEIGHT = 5;
/** Scores closer than this are a tie: floating-point noise must not order two equal runtimes. */
export const TIE_EPSILON = 1e-9;

export interface MustHave {
  /** The first content criterion with this reading; links carry it. */
  id: string;
  /** The feature row it reads. */
  feature: string;
  acceptable: readonly CellValue[];
  /**
   * Set when the need is read from a published property row, as the result reads it ("runs
   * unmodified Linux container images" rather than compatibility stars).
   */
  property?: { id: string; acceptable: readonly Support[] } | undefined;
  /** Every tree question whose answer states this need. */
  questionIds: string[];
}

/**
 * Must-haves are the needs the content's criteria read from the tree's answers (strong
 * isolation, GPU, ...). Two questions that state the same need (the two trees' isolation
 * questions) give one must-have.
 */
export function mustHaves(content: WeighContent): MustHave[] {
  const out: MustHave[] = [];
  for (const criterion of content.criteria) {
    if (!content.features.some((feature) => feature.id === criterion.feature)) continue;
    const keyOf = (item: Pick<MustHave, 'feature' | 'acceptable' | 'property'>) =>
      [
        item.feature,
        [...item.acceptable].sort().join(','),
        item.property?.id ?? '',
        [...(item.property?.acceptable ?? [])].sort().join(','),
      ].join('|');
    const key = keyOf(criterion);
    const same = out.find((item) => keyOf(item) === key);
    if (same) {
      if (!same.questionIds.includes(criterion.questionId))
        same.questionIds.push(criterion.questionId);
    } else {
      out.push({
        id: criterion.id,
        feature: criterion.feature,
        acceptable: criterion.acceptable,
        property: criterion.property,
        questionIds: [criterion.questionId],
      });
    }
  }
  return out;
}

/**
 * Does the runtime meet the must-have? Read from the published property row where the need has
 * one, as the result reads it: a runtime the row does not list is unknown there, not excluded.
 * Otherwise from the guide's row: a runtime without a cell in it does not meet it.
 */
export function meets(content: WeighContent, mustHave: MustHave, runtime: string): boolean {
  if (mustHave.property) {
    const { id, acceptable } = mustHave.property;
    const row = content.properties?.find((candidate) => candidate.id === id);
    if (row) {
      const mark = Object.hasOwn(row.values, runtime) ? row.values[runtime] : undefined;
      return mark === undefined || acceptable.includes(mark.support);
    }
  }
  const cell = content.features.find((feature) => feature.id === mustHave.feature)?.values[runtime];
  return cell !== undefined && mustHave.acceptable.includes(cellValue(cell));
}

export interface Normalised {
  value: CriterionValue;
  /** 0 (worst) to 1 (best). */
  score: number;
  /** The score's range where the figure is a range; equal to `score` otherwise. */
  low: number;
  high: number;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function ratingScore(criterion: WeighCriterion, value: CriterionValue): number {
  switch (value.kind) {
    case 'stars':
      return clamp01((value.stars - STARS_MIN) / (STARS_MAX - STARS_MIN));
    case 'support':
      return SUPPORT_SCORE[value.support];
    case 'level': {
      const step = LEVELS.indexOf(value.level) / (LEVELS.length - 1);
      return criterion.feature?.higherIsBetter === false ? 1 - step : step;
    }
    default:
      return 0;
  }
}

/** Normalises one criterion across the given runtimes. */
export function normaliseCriterion(
  criterion: WeighCriterion,
  values: readonly CriterionValue[],
): Normalised[] {
  const points = values.flatMap((value) => (value.kind === 'quantity' ? [value.point] : []));
  const best = Math.log(Math.min(...points));
  const worst = Math.log(Math.max(...points));
  const onScale = (x: number) =>
    worst === best ? 1 : clamp01((worst - Math.log(x)) / (worst - best));
  return values.map((value) => {
    if (value.kind === 'quantity') {
      // Lower is better: the range's low end is its optimistic score.
      return {
        value,
        score: onScale(value.point),
        low: onScale(value.high),
        high: onScale(value.low),
      };
    }
    const score = ratingScore(criterion, value);
    return { value, score, low: score, high: score };
  });
}

export type Weights = Readonly<Record<string, number>>;

export interface RuntimeScore {
  runtime: string;
  /** Weighted mean of the normalised criteria, 0-1; 0 when every weight is 0. */
  score: number;
  /** The score with every ranged figure at its worst and at its best end. */
  low: number;
  high: number;
  /** Per criterion (same order as `criteria`): weight x normalised / sum of weights; adds up to `score`. */
  contributions: number[];
  normalised: Normalised[];
  /** 1-based; tied runtimes share a rank. */
  rank: number;
  /** True when another runtime has the same score. */
  tied: boolean;
}

export interface Exclusion {
  runtime: string;
  /** The must-haves it fails. */
  failed: MustHave[];
}

export interface Weighing {
  criteria: WeighCriterion[];
  weights: number[];
  source: WeighSource;
  /** Included runtimes, best first. */
  ranking: RuntimeScore[];
  /** The must-haves in force. */
  required: MustHave[];
  excluded: Exclusion[];
  /** Every weight is 0: nothing separates the runtimes. */
  allZero: boolean;
}

export function weightOf(weights: Weights, id: string): number {
  const weight = weights[id];
  return weight === undefined || !Number.isFinite(weight)
    ? 0
    : Math.min(MAX_WEIGHT, Math.max(0, weight));
}

export function weigh(
  content: WeighContent,
  weights: Weights,
  required: readonly string[],
  source: WeighSource,
): Weighing {
  const criteria = weighCriteria(content);
  const musts = mustHaves(content).filter((item) => required.includes(item.id));
  const excluded: Exclusion[] = [];
  const included: string[] = [];
  for (const runtime of content.runtimes) {
    const failed = musts.filter((item) => !meets(content, item, runtime.id));
    if (failed.length > 0) excluded.push({ runtime: runtime.id, failed });
    else included.push(runtime.id);
  }
  const ws = criteria.map((criterion) => weightOf(weights, criterion.id));
  const columns = criteria.map((criterion) =>
    normaliseCriterion(
      criterion,
      included.map((runtime) => criterionValue(content, criterion, runtime, source)),
    ),
  );
  const total = ws.reduce((sum, w) => sum + w, 0);
  const unranked = included.map((runtime, r) => {
    const normalised = columns.map((column) => column[r] as Normalised);
    const mean = (pick: (n: Normalised) => number) =>
      total === 0 ? 0 : normalised.reduce((sum, n, c) => sum + (ws[c] ?? 0) * pick(n), 0) / total;
    return {
      runtime,
      score: mean((n) => n.score),
      low: mean((n) => n.low),
      high: mean((n) => n.high),
      contributions: normalised.map((n, c) => (total === 0 ? 0 : ((ws[c] ?? 0) * n.score) / total)),
      normalised,
    };
  });
  return {
    criteria,
    weights: ws,
    source,
    ranking: rankScores(unranked),
    required: musts,
    excluded,
    allZero: total === 0,
  };
}

/** Orders by score (content order among ties) and numbers the ranks; ties share one. */
export function rankScores<T extends { score: number }>(
  items: readonly T[],
): (T & { rank: number; tied: boolean })[] {
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) =>
      Math.abs(a.item.score - b.item.score) <= TIE_EPSILON
        ? a.index - b.index
        : b.item.score - a.item.score,
    );
  return sorted.map(({ item }) => ({
    ...item,
    rank: 1 + items.filter((other) => other.score - item.score > TIE_EPSILON).length,
    tied: items.filter((other) => Math.abs(other.score - item.score) <= TIE_EPSILON).length > 1,
  }));
}
