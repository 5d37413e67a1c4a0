// Sentences about a weighing, from templates the caller supplies (the page's strings table, or
// the decision record's), so the page and the record say the same thing in either language.
import type { FlipPoint, UncertainPair } from './flips';

export interface WeighWords {
  /** '{top} stays first until {criterion}’s weight falls below {at}; then {next}.' */
  flipBelow: string;
  /** '{top} stays first until {criterion}’s weight rises above {at}; then {next}.' */
  flipAbove: string;
  /** Both directions: '{top} stays first while {criterion}’s weight stays between {low} and {high}; below, {below}; above, {above}.' */
  flipBoth: string;
  /** '{top} stays first at any weight of {criterion} (0 to 5).' */
  flipNever: string;
  /** First place is shared only at the current weight: '{top} share first place only at {criterion}’s weight {at}; below it, {below}; above it, {above}.' */
  flipTieBoth: string;
  /** '{top} share first place only at {criterion}’s weight {at}; above it, {next}.' */
  flipTieAbove: string;
  /** '{top} share first place only at {criterion}’s weight {at}; below it, {next}.' */
  flipTieBelow: string;
  /** '{names} (tied)' */
  tied: string;
  /** ' and ' */
  and: string;
  /** 'The spread of the ranged figures alone cannot change the order.' */
  uncertainNone: string;
  /** 'The spread of the ranged figures alone can change the order: {pairs}.' */
  uncertainSome: string;
  /** '{below} could rank above {above}' */
  uncertainPair: string;
  /** '; ' */
  separator: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? match) : match,
  );
}

/** 2, 2.5, 2.33: enough to place a breakpoint between the slider's whole steps. */
export function formatWeight(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function runtimeList(
  ids: readonly string[],
  name: (id: string) => string,
  w: WeighWords,
): string {
  const names = ids.map(name);
  if (names.length <= 1) return names[0] ?? '';
  return fill(w.tied, { names: names.join(w.and) });
}

export function flipSentence(
  point: FlipPoint,
  criterion: string,
  name: (id: string) => string,
  w: WeighWords,
): string {
  const top = runtimeList(point.current, name, w);
  // The tie sentences say "share first place" themselves: the names only, without "(tied)".
  const sharing = point.current.map(name).join(w.and);
  const { below, above } = point;
  // The current weight sits exactly on a crossing: the tie holds there and nowhere else.
  const onlyBelow = below !== undefined && below.at === point.weight;
  const onlyAbove = above !== undefined && above.at === point.weight;
  if (onlyBelow && onlyAbove) {
    return fill(w.flipTieBoth, {
      top: sharing,
      criterion,
      at: formatWeight(point.weight),
      below: runtimeList(below.to, name, w),
      above: runtimeList(above.to, name, w),
    });
  }
  if (onlyAbove && !below) {
    return fill(w.flipTieAbove, {
      top: sharing,
      criterion,
      at: formatWeight(point.weight),
      next: runtimeList(above.to, name, w),
    });
  }
  if (onlyBelow && !above) {
    return fill(w.flipTieBelow, {
      top: sharing,
      criterion,
      at: formatWeight(point.weight),
      next: runtimeList(below.to, name, w),
    });
  }
  if (below && above) {
    return fill(w.flipBoth, {
      top,
      criterion,
      low: formatWeight(below.at),
      high: formatWeight(above.at),
      below: runtimeList(below.to, name, w),
      above: runtimeList(above.to, name, w),
    });
  }
  if (below) {
    return fill(w.flipBelow, {
      top,
      criterion,
      at: formatWeight(below.at),
      next: runtimeList(below.to, name, w),
    });
  }
  if (above) {
    return fill(w.flipAbove, {
      top,
      criterion,
      at: formatWeight(above.at),
      next: runtimeList(above.to, name, w),
    });
  }
  return fill(w.flipNever, { top, criterion });
}

export function uncertaintySentence(
  pairs: readonly UncertainPair[],
  name: (id: string) => string,
  w: WeighWords,
): string {
  if (pairs.length === 0) return w.uncertainNone;
  return fill(w.uncertainSome, {
    pairs: pairs
      .map((pair) => fill(w.uncertainPair, { below: name(pair.below), above: name(pair.above) }))
      .join(w.separator),
  });
}
