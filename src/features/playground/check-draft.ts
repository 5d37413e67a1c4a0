// Checks a draft content file exactly as the app checks advisor.content.json at start-up and as
// `npm run validate-content` does: parseCustomContentText (size cap, JSON, the file's schema,
// then merged over the built-in content with the integrity checks). This module only adds where
// each problem is in the text, so the editor can underline it and the list can jump to it.
import { builtInContent } from '../../content';
import {
  parseCustomContentText,
  type CustomContent,
  type CustomContentProblem,
} from '../../content/merge';
import { ROOT_PATH } from '../../content/integrity';
import type { Content } from '../../content/schema';
import {
  lineAndColumn,
  locatePath,
  scanJson,
  type SyntaxReason,
  type TextSpan,
} from './json-locate';

export interface DraftProblem extends CustomContentProblem {
  /** Where it is in the text; absent for problems in the built-in content. */
  at?: TextSpan & { line: number; column: number };
  /** An invalid JSON text: why it stops being JSON where it does. */
  syntax?: { reason: SyntaxReason; openedAtLine?: number };
}

export type DraftCheck =
  | { ok: true; text: string; content: Content; custom: CustomContent }
  | { ok: false; text: string; problems: DraftProblem[] };

/** The V8 and SpiderMonkey forms of JSON.parse's "at position N". */
const POSITION = /position (\d+)/;

export function checkDraft(text: string, base: Content = builtInContent): DraftCheck {
  const result = parseCustomContentText(text, base);
  if (result.ok) return { ok: true, text, content: result.content, custom: result.custom };

  // Locating needs a scan of the text; the size cap spares an oversized one that work.
  const oversized =
    result.problems.length === 1 && /larger than/.test(result.problems[0]?.message ?? '');
  if (oversized) return { ok: false, text, problems: result.problems };

  const scan = scanJson(text);
  const at = (span: TextSpan) => ({ ...span, ...lineAndColumn(text, span.from) });
  const problems = result.problems.map((problem): DraftProblem => {
    if (problem.inBuiltIn) return problem;
    if (scan.error && problem.path === ROOT_PATH) {
      const offset = scan.error.offset;
      return {
        ...problem,
        at: at({ from: offset, to: Math.min(offset + 1, text.length) }),
        syntax: {
          reason: scan.error.reason,
          ...(scan.error.reason.kind === 'unclosed'
            ? { openedAtLine: lineAndColumn(text, scan.error.reason.openedAt).line }
            : {}),
        },
      };
    }
    const position = POSITION.exec(problem.message);
    if (problem.path === ROOT_PATH && position && !scan.entries.has(ROOT_PATH)) {
      const offset = Math.min(Number(position[1]), text.length);
      return { ...problem, at: at({ from: offset, to: Math.min(offset + 1, text.length) }) };
    }
    const span = locatePath(scan, problem.path);
    return span ? { ...problem, at: at(span) } : problem;
  });
  return { ok: false, text, problems };
}
