// Content text (a team's file included) goes into Markdown documents such as the decision
// record. It is text, not markup: `**`, `[x](javascript:...)`, `<img onerror>`, a `|` in a table
// cell or a `#` at the start of a line must show as written wherever the record is rendered.

/**
 * What has a meaning anywhere in a line (CommonMark, and GitHub's tables and strike-through):
 * emphasis, code, links, table cells; `<` only where it could open a tag or an autolink, `&`
 * only where it starts an entity (`&amp;`), so "< 5 ms" and "R&D" stay as they are.
 */
const INLINE_SPECIAL = /[\\`*_[\]|~]|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)/g;
/** What only means something at the start of a line: headings, quotes, lists, rules. */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/;

/** `text` escaped for use inside a line of Markdown: it renders exactly as written. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(INLINE_SPECIAL, (char) => `\\${char}`);
  // `1. item` only needs its `.` escaped; a single symbol gets a backslash itself.
  return escaped.replace(LINE_START, (_, space: string, lead: string) =>
    /^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
}
