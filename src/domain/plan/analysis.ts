// What a plan needs as a whole: each workload's runtime and the needs its answers state (read
// with the same criteria the result page uses, explain.ts), the set of runtimes the cluster
// must offer, and the fewest runtimes that would still meet every stated need.
import {
  cellScore,
  readRuntime,
  statedNeeds,
  type ExplainContent,
  type FeatureCellData,
  type FeatureRowData,
  type Need,
} from '../explain';
import type { DecisionTree } from '../tree';
import { resolveWorkload, type PlanWorkload, type ResolvedWorkload } from './plan';

/** The guide's feature row for GPU support: a workload that states a need on it uses a GPU. */
export const GPU_FEATURE = 'gpu';

export interface WorkloadRow extends ResolvedWorkload {
  index: number;
  runtime: string;
  needs: Need[];
  /** True when a need the answers state is read against the guide's GPU row. */
  gpu: boolean;
}

export interface RuntimeUse {
  runtime: string;
  /** Indexes of the workloads on it, in plan order. */
  workloads: number[];
}

export interface PlanAnalysis {
  rows: WorkloadRow[];
  /** The runtimes the plan needs, in the content's runtime order. */
  runtimes: RuntimeUse[];
}

export function analysePlan(
  content: Pick<ExplainContent, 'criteria' | 'features' | 'runtimes'>,
  trees: readonly DecisionTree[],
  plan: readonly PlanWorkload[],
): PlanAnalysis {
  const rows: WorkloadRow[] = plan.flatMap((workload, index) => {
    const resolved = resolveWorkload(trees, workload);
    if (!resolved) return [];
    const needs = statedNeeds(content, resolved.steps);
    return [
      {
        ...resolved,
        index,
        runtime: resolved.outcome.runtime,
        needs,
        gpu: needs.some((need) => need.feature.id === GPU_FEATURE),
      },
    ];
  });
  const order = content.runtimes.map((runtime) => runtime.id);
  const used = [...new Set(rows.map((row) => row.runtime))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
  });
  return {
    rows,
    runtimes: used.map((runtime) => ({
      runtime,
      workloads: rows.filter((row) => row.runtime === runtime).map((row) => row.index),
    })),
  };
}

// ---------------------------------------------------------------- consolidation

/** A feature the guide rates lower on the runtime a workload would move to. */
export interface GivenUp {
  feature: FeatureRowData;
  from: FeatureCellData;
  to: FeatureCellData;
}

export interface Move {
  index: number;
  from: string;
  to: string;
  givesUp: GivenUp[];
  /** Stated needs the new runtime does not meet: empty in a proposal that keeps every need. */
  breaks: Need[];
}

export interface RuntimeSetOption {
  runtimes: string[];
  moves: Move[];
}

export interface Consolidation {
  /** The runtimes the plan uses now. */
  current: string[];
  /** The fewest runtimes that meet every stated need; undefined when none can be dropped. */
  proposal: RuntimeSetOption | undefined;
  /**
   * One runtime fewer than that, and the stated needs it would break: shown as such, never
   * as a proposal. Undefined when the plan already fits one runtime.
   */
  beyond: RuntimeSetOption | undefined;
}

/** Subsets are searched exhaustively; more candidate runtimes than this only in plan order. */
const MAX_CANDIDATES = 12;

function givesUp(content: Pick<ExplainContent, 'features'>, from: string, to: string): GivenUp[] {
  return content.features.flatMap((feature) => {
    const a = Object.hasOwn(feature.values, from) ? feature.values[from] : undefined;
    const b = Object.hasOwn(feature.values, to) ? feature.values[to] : undefined;
    if (!a || !b || cellScore(feature, b) >= cellScore(feature, a)) return [];
    return [{ feature, from: a, to: b }];
  });
}

function lexicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function subsetsOfSize<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  if (first === undefined) return [];
  return [
    ...subsetsOfSize(rest, size - 1).map((subset) => [first, ...subset]),
    ...subsetsOfSize(rest, size),
  ];
}

/**
 * The fewest runtimes that still meet every workload's stated needs, by the guide's tables as
 * the criteria read them: a workload may move only to a runtime that meets each of its needs
 * (a cell the criterion accepts; a runtime the table has no cell for is never assumed to).
 * It may always stay where its tree put it. Among sets of that size the one that moves the
 * fewest workloads wins, then the one whose moves give up the least, then content order.
 */
export function consolidate(content: ExplainContent, analysis: PlanAnalysis): Consolidation {
  const current = analysis.runtimes.map((use) => use.runtime);
  const order = content.runtimes.map((runtime) => runtime.id);
  const candidates = [...current, ...order.filter((id) => !current.includes(id))].slice(
    0,
    Math.max(MAX_CANDIDATES, current.length),
  );

  const failing = (row: WorkloadRow, runtime: string): Need[] =>
    row.runtime === runtime
      ? []
      : row.needs.filter((need) => readRuntime(content, need, runtime).meets !== true);

  /** The best assignment onto a set: moves, and how much they cost. */
  const assign = (set: readonly string[]) => {
    let broken = 0;
    let lost = 0;
    const moves: Move[] = [];
    for (const row of analysis.rows) {
      if (set.includes(row.runtime)) continue;
      let best: Move | undefined;
      let bestCost = Infinity;
      for (const runtime of set) {
        const breaks = failing(row, runtime);
        const move: Move = {
          index: row.index,
          from: row.runtime,
          to: runtime,
          givesUp: givesUp(content, row.runtime, runtime),
          breaks,
        };
        const cost = breaks.length * 1000 + move.givesUp.length;
        if (cost < bestCost) {
          best = move;
          bestCost = cost;
        }
      }
      if (!best) return undefined;
      moves.push(best);
      broken += best.breaks.length;
      lost += best.givesUp.length;
    }
    return { moves, broken, lost };
  };

  const bestOfSize = (size: number, allowBreaks: boolean): RuntimeSetOption | undefined => {
    let best: { option: RuntimeSetOption; key: number[] } | undefined;
    for (const subset of subsetsOfSize(candidates, size)) {
      const result = assign(subset);
      if (!result || (!allowBreaks && result.broken > 0)) continue;
      const key = [result.broken, result.moves.length, result.lost];
      const better = !best || lexicallyLess(key, best.key);
      if (better) {
        const runtimes = [...subset].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        best = { option: { runtimes, moves: result.moves }, key };
      }
    }
    return best?.option;
  };

  let proposal: RuntimeSetOption | undefined;
  for (let size = 1; size < current.length; size += 1) {
    proposal = bestOfSize(size, false);
    if (proposal) break;
  }
  const fewest = proposal ? proposal.runtimes.length : current.length;
  const beyond = fewest > 1 ? bestOfSize(fewest - 1, true) : undefined;
  return { current, proposal, beyond };
}
