// The single entry point for untrusted content (a team's own file): the schema, then the
// integrity checks, never throwing, with the list of problems kept to a readable length.
import type { z } from 'zod';
import { Content } from '../schema';
import { DEFAULT_MESSAGE, toProblem } from './messages';
import { ROOT_PATH, quote, type ContentProblem } from './problems';
import { checkContentIntegrity } from './references';

export type ParseContentResult =
  { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };

/** An error panel with thousands of entries helps nobody; the first ones are enough to start. */
const MAX_PROBLEMS = 100;

/**
 * Validates untrusted content: the schema first, then the integrity checks. Never throws: any
 * failure, even a getter that throws inside the input, becomes a problem.
 */
export function parseContent(input: unknown): ParseContentResult {
  const parsed = parseWithSchema(Content, input);
  if (!parsed.ok) return parsed;
  try {
    const problems = checkContentIntegrity(parsed.data);
    return problems.length === 0
      ? { ok: true, content: parsed.data }
      : { ok: false, problems: limit(problems) };
  } catch (error) {
    return { ok: false, problems: [unreadable(error)] };
  }
}

/**
 * Schema validation alone, with the same messages and paths as parseContent, for other shapes
 * of untrusted content (a team's partial content file). Never throws.
 */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | { ok: false; problems: ContentProblem[] } {
  try {
    // Per-parse error maps rank below messages written in the schema, so this only marks
    // zod's generic messages, which toProblem then rewrites with the input in view.
    const result = schema.safeParse(input, { error: () => DEFAULT_MESSAGE });
    if (!result.success) {
      return { ok: false, problems: limit(result.error.issues.map((i) => toProblem(i, input))) };
    }
    return { ok: true, data: result.data };
  } catch (error) {
    return { ok: false, problems: [unreadable(error)] };
  }
}

function unreadable(error: unknown): ContentProblem {
  return { path: ROOT_PATH, message: `the content could not be read (${describeError(error)})` };
}

function limit(problems: ContentProblem[]): ContentProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      path: ROOT_PATH,
      message: `${problems.length - MAX_PROBLEMS} more problems not shown; fix the ones above first`,
      omitted: problems.length - MAX_PROBLEMS,
    },
  ];
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? quote(error.message) : 'unexpected error';
  } catch {
    return 'unexpected error';
  }
}
