// The schema of the guide's performance and feature tables and of published figures.
import { z } from 'zod';
import { CellValue, Id, Localized, Source, Support, Level } from './primitives';

// ---------------------------------------------------------------- figures

/**
 * A quantity as the source states it. `lt` is "< max" (the guide's "<10ms"); `range` is
 * min..max; `approx` is a single value. Values are in the metric's base unit (ms or MB).
 */
export const Quantity = z
  .object({
    bound: z.enum(['lt', 'range', 'approx']),
    min: z.number().nonnegative().optional(),
    max: z.number().positive(),
    /** The source's own wording, for the tables ("<10ms", "1-5s"). */
    display: Localized,
  })
  .strict();
export type Quantity = z.infer<typeof Quantity>;

export const PerformanceRow = z
  .object({
    runtime: Id,
    coldStartMs: Quantity,
    memoryMb: Quantity,
    /** The guide's isolation stars (1..5). */
    isolationStars: z.number().int().min(1).max(5),
    gpu: Support,
    compatibility: Support,
    source: Source,
  })
  .strict();

export const FeatureCell = z.union([
  z.object({ kind: z.literal('level'), level: Level, text: Localized }).strict(),
  z.object({ kind: z.literal('support'), support: Support }).strict(),
]);

export const FeatureRow = z
  .object({
    id: Id,
    label: Localized,
    /** For `level` cells: does a higher level mean better (startup speed) or worse (resource use)? */
    higherIsBetter: z.boolean(),
    values: z.record(Id, FeatureCell),
  })
  .strict();

/** A published measurement or current fact that may differ from the guide's figure. */
export const PublishedFigure = z
  .object({
    id: Id,
    runtime: Id,
    metric: z.enum([
      'cold_start',
      'memory',
      'isolation',
      'gpu',
      'compatibility',
      'version',
      'install',
    ]),
    /** Present for cold_start (ms) and memory (MB). */
    quantity: Quantity.optional(),
    statement: Localized,
    conditions: Localized,
    source: Source,
    /** How it relates to the guide's figure for the same runtime and metric. */
    relation: z.enum(['agrees', 'disagrees', 'adds']),
    /** The source's finding on the guide's scale, where it gives one (GPU "partly"). */
    reading: CellValue.optional(),
  })
  .strict();
export type PublishedFigure = z.infer<typeof PublishedFigure>;
