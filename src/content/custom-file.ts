// The few facts about a team's content file that the start-up loader needs before it knows
// whether there is a file at all. Kept apart from merge.ts so that the loader does not pull the
// schema (and zod) into the first download: most sites have no file.

/** The file the app looks for beside index.html. */
export const CUSTOM_CONTENT_FILE = 'advisor.content.json';

/** Larger files are refused unread: the whole built-in guide is about 100 KB. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/** The path shown for a problem with the file as a whole (integrity.ts's ROOT_PATH). */
export const FILE_ROOT_PATH = '(root)';

export interface FileProblem {
  path: string;
  message: string;
}

/**
 * How many problems a list stands for: the checks list the first hundred and one entry with
 * `omitted` for the rest (integrity.ts), which counts as that many.
 */
export function countProblems(problems: readonly { omitted?: number }[]): number {
  let count = 0;
  for (const problem of problems) count += problem.omitted ?? 1;
  return count;
}

export function tooLarge(size: number): FileProblem {
  const cap = `${String(MAX_CONTENT_BYTES / 1024 / 1024)} MB`;
  const at = size > 0 ? ` (${(size / 1024 / 1024).toFixed(1)} MB)` : '';
  return { path: FILE_ROOT_PATH, message: `is larger than ${cap}${at}; it was not read` };
}

/**
 * The file's bytes as UTF-8 text, or undefined when they are not plainly that (a UTF-16 file, or
 * bytes that are not valid UTF-8); decode-file.ts then says why. Kept small: it runs on every
 * start-up that finds a file, the placeholder included.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  // A UTF-16 file starts with a byte-order mark, or (JSON starting with ASCII) with a zero byte
  // in its first two; UTF-8 would read the zeros as NUL characters.
  if (bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0 || bytes[1] === 0) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
