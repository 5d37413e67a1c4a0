// The message an embedded plan sends its host when the plan changes, as `embed.ts` does for a
// result: everything in it is already in the plan's link.
import type { PlanAnalysis } from './analysis';

export const PLAN_MESSAGE = 'runtime-advisor:plan';

export interface PlanMessage {
  type: typeof PLAN_MESSAGE;
  workloads: { name: string; tree: string; runtime: string; answers: Record<string, string> }[];
  /** The runtimes the plan needs, in the content's order. */
  runtimes: string[];
  /** The plan's share link (the full app, not the embed). */
  url: string;
}

export function planMessage(analysis: PlanAnalysis, url: string): PlanMessage {
  return {
    type: PLAN_MESSAGE,
    // Plain-object copies: the engine's records have a null prototype.
    workloads: analysis.rows.map((row) => ({
      name: row.workload.name,
      tree: row.tree.id,
      runtime: row.runtime,
      answers: { ...row.workload.answers },
    })),
    runtimes: analysis.runtimes.map((use) => use.runtime),
    url,
  };
}
