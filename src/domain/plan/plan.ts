// The platform plan: several workloads, each a finished walk through a decision tree (its tree
// and answers) under a name the reader chose. Pure and total, like the engine: a workload whose
// answers no longer reach an outcome is reported, never thrown.
import { resolvePath, type PathStep } from '../engine';
import type { DecisionTree, OutcomeNode } from '../tree';

export interface PlanWorkload {
  name: string;
  treeId: string;
  /** Question id -> answer id, in path order (the engine's `answers`). */
  answers: Record<string, string>;
}

import { MAX_NAME_BYTES, MAX_NAME_CHARS, MAX_WORKLOADS } from './limits';

export { MAX_NAME_BYTES, MAX_NAME_CHARS, MAX_WORKLOADS };

const encoder = new TextEncoder();

/**
 * A name as the plan keeps it: one line, no control characters, trimmed, at most
 * MAX_NAME_CHARS characters and MAX_NAME_BYTES bytes of UTF-8 (cut at a character boundary).
 */
export function cleanName(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const oneLine = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  let out = '';
  let chars = 0;
  let bytes = 0;
  for (const char of oneLine) {
    const size = encoder.encode(char).length;
    if (chars + 1 > MAX_NAME_CHARS || bytes + size > MAX_NAME_BYTES) break;
    out += char;
    chars += 1;
    bytes += size;
  }
  return out.trim();
}

export interface ResolvedWorkload {
  workload: PlanWorkload;
  tree: DecisionTree;
  steps: PathStep[];
  outcome: OutcomeNode;
}

/** The tree and outcome a workload's answers reach, or undefined when they reach none. */
export function resolveWorkload(
  trees: readonly DecisionTree[],
  workload: PlanWorkload,
): ResolvedWorkload | undefined {
  const tree = trees.find((candidate) => candidate.id === workload.treeId);
  if (!tree) return undefined;
  const resolution = resolvePath(tree, workload.answers);
  if (!resolution.outcome || resolution.dropped.length > 0) return undefined;
  return { workload, tree, steps: resolution.steps, outcome: resolution.outcome };
}

// ---------------------------------------------------------------- editing (pure)

export function addWorkload(plan: readonly PlanWorkload[], workload: PlanWorkload): PlanWorkload[] {
  if (plan.length >= MAX_WORKLOADS) return [...plan];
  return [...plan, { ...workload, name: cleanName(workload.name) }];
}

export function removeWorkload(plan: readonly PlanWorkload[], index: number): PlanWorkload[] {
  return plan.filter((_, position) => position !== index);
}

/** Moves the workload at `index` by `offset` places (clamped to the plan's ends). */
export function moveWorkload(
  plan: readonly PlanWorkload[],
  index: number,
  offset: number,
): PlanWorkload[] {
  const out = [...plan];
  const target = Math.min(out.length - 1, Math.max(0, index + offset));
  const [moved] = out.splice(index, 1);
  if (moved === undefined) return [...plan];
  out.splice(target, 0, moved);
  return out;
}

/** A copy right after the original, named "<name> (2)" (or the next free number). */
export function duplicateWorkload(plan: readonly PlanWorkload[], index: number): PlanWorkload[] {
  const original = plan[index];
  if (!original || plan.length >= MAX_WORKLOADS) return [...plan];
  const names = new Set(plan.map((workload) => workload.name));
  let n = 2;
  let name = cleanName(`${original.name} (${n})`);
  while (names.has(name) && n < 100) {
    n += 1;
    name = cleanName(`${original.name} (${n})`);
  }
  const out = [...plan];
  out.splice(index + 1, 0, { ...original, answers: { ...original.answers }, name });
  return out;
}

export function updateWorkload(
  plan: readonly PlanWorkload[],
  index: number,
  change: Partial<PlanWorkload>,
): PlanWorkload[] {
  return plan.map((workload, position) =>
    position === index
      ? {
          ...workload,
          ...change,
          name: cleanName(change.name ?? workload.name) || workload.name,
        }
      : workload,
  );
}
