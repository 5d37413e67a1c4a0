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

export function tooLarge(size: number): FileProblem {
  const cap = `${String(MAX_CONTENT_BYTES / 1024 / 1024)} MB`;
  const at = size > 0 ? ` (${(size / 1024 / 1024).toFixed(1)} MB)` : '';
  return { path: FILE_ROOT_PATH, message: `is larger than ${cap}${at}; it was not read` };
}
