// Where the choice flips. With the other weights held, a runtime's weighted sum is a straight
// line in one criterion's weight w: S + w x n (the mean divides every runtime's sum by the same
// total, so it never changes the order). The top pick over 0..5 is the upper envelope of those
// lines, so its breakpoints are exact crossings, not samples.
import { MAX_WEIGHT, TIE_EPSILON, type Weighing } from './score';

export interface FlipSegment {
  /** The weights this segment spans (breakpoints belong to both neighbours). */
  from: number;
  to: number;
  /** The runtimes tied for first across the segment (one, unless they tie throughout). */
  top: string[];
}

export interface FlipPoint {
  criterion: string;
  /** The criterion's current weight. */
  weight: number;
  /** First place at the current weight (several when tied). */
  current: string[];
  /** The nearest change below the current weight: at `at`, first place becomes `to`. */
  below?: { at: number; to: string[] };
  /** The nearest change above. */
  above?: { at: number; to: string[] };
  segments: FlipSegment[];
}

interface Line {
  runtime: string;
  base: number;
  slope: number;
}

/** First place at weight `w`; `others` is the sum of the other weights. */
function topAt(lines: readonly Line[], w: number, others: number): string[] {
  const values = lines.map((line) => line.base + w * line.slope);
  const best = Math.max(...values);
  // These are sums, not means: the tolerance is scaled so that it matches the mean's tie rule.
  const tolerance = TIE_EPSILON * (others + w);
  return lines.filter((_, i) => best - (values[i] ?? 0) <= tolerance).map((line) => line.runtime);
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** For each criterion, where first place changes as its weight alone moves over 0..5. */
export function flipPoints(weighing: Weighing): FlipPoint[] {
  const { ranking, weights, criteria } = weighing;
  if (ranking.length < 2) return [];
  return criteria.map((criterion, c) => {
    const weight = weights[c] ?? 0;
    const others = weights.reduce((sum, w, i) => (i === c ? sum : sum + w), 0);
    const lines: Line[] = ranking.map((entry) => {
      const base = entry.normalised.reduce(
        (sum, n, i) => (i === c ? sum : sum + (weights[i] ?? 0) * n.score),
        0,
      );
      return { runtime: entry.runtime, base, slope: entry.normalised[c]?.score ?? 0 };
    });
    const cuts = new Set<number>([0, MAX_WEIGHT, weight]);
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i];
        const b = lines[j];
        if (!a || !b || a.slope === b.slope) continue;
        const at = (b.base - a.base) / (a.slope - b.slope);
        if (at > 0 && at < MAX_WEIGHT) cuts.add(at);
      }
    }
    const sorted = [...cuts].sort((x, y) => x - y);
    const segments: FlipSegment[] = [];
    for (let k = 0; k + 1 < sorted.length; k++) {
      const from = sorted[k] ?? 0;
      const to = sorted[k + 1] ?? MAX_WEIGHT;
      if (to - from <= 1e-12) continue;
      const top = topAt(lines, (from + to) / 2, others);
      const last = segments[segments.length - 1];
      if (last && same(last.top, top)) last.to = to;
      else segments.push({ from, to, top });
    }
    const current = topAt(lines, weight, others);
    const point: FlipPoint = { criterion: criterion.id, weight, current, segments };
    // Below: the nearest segment under the current weight whose first place differs.
    for (let k = segments.length - 1; k >= 0; k--) {
      const segment = segments[k];
      if (!segment || segment.from >= weight) continue;
      if (!same(segment.top, current)) {
        point.below = { at: Math.min(segment.to, weight), to: segment.top };
        break;
      }
    }
    for (const segment of segments) {
      if (segment.to <= weight) continue;
      if (!same(segment.top, current)) {
        point.above = { at: Math.max(segment.from, weight), to: segment.top };
        break;
      }
    }
    return point;
  });
}

export interface UncertainPair {
  /** Ranked above (or tied with) `below` by the scores' midpoints... */
  above: string;
  /** ...but could score higher with both runtimes' ranged figures within their ranges. */
  below: string;
}

/**
 * Can the spread of ranged figures alone change the order? Each runtime's score can move
 * between `low` and `high` (every range at its worst or best end, on the fixed scale), and
 * runtimes' figures vary independently, so a lower-ranked runtime can overtake a higher one
 * exactly when its best case beats the other's worst case.
 */
export function uncertainPairs(weighing: Weighing): UncertainPair[] {
  if (weighing.allZero) return [];
  const out: UncertainPair[] = [];
  const { ranking } = weighing;
  for (let i = 0; i < ranking.length; i++) {
    for (let j = i + 1; j < ranking.length; j++) {
      const a = ranking[i];
      const b = ranking[j];
      if (!a || !b || (a.tied && b.tied && a.rank === b.rank)) continue;
      if (b.high - a.low > TIE_EPSILON) out.push({ above: a.runtime, below: b.runtime });
    }
  }
  return out;
}
