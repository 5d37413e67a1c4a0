import { format, useStrings } from '../../i18n';
import type { DraftProblem } from './check-draft';
import { playgroundStrings } from './strings';

type Text = (typeof playgroundStrings)['en'];

function describeSyntax(syntax: NonNullable<DraftProblem['syntax']>, t: Text): string {
  const { reason } = syntax;
  switch (reason.kind) {
    case 'control-character':
      return t.syntaxControl;
    case 'unicode-escape':
      return t.syntaxUnicode;
    case 'escape':
      return t.syntaxEscape;
    case 'unclosed-string':
      return t.syntaxUnclosedString;
    case 'text-after-end':
      return t.syntaxAfterEnd;
    case 'close':
      return format(t.syntaxClose, { bracket: reason.bracket });
    case 'comma-or-close':
      return format(t.syntaxCommaOrClose, { bracket: reason.bracket });
    case 'property-name':
      return t.syntaxPropertyName;
    case 'colon':
      return t.syntaxColon;
    case 'value':
      return t.syntaxValue;
    case 'unclosed':
      return format(t.syntaxUnclosed, {
        bracket: reason.bracket,
        line: syntax.openedAtLine ?? 1,
      });
  }
}

interface ProblemListProps {
  problems: DraftProblem[];
  onSelect: (problem: DraftProblem) => void;
}

/**
 * Every problem with its JSON path, node and line. A problem in the file is a button that puts
 * the cursor on it; one in the built-in content (broken by the file) has no place to go.
 * Everything quoted from the file is rendered as text.
 */
export function ProblemList({ problems, onSelect }: ProblemListProps) {
  const t = useStrings(playgroundStrings);
  return (
    <ol className="playground-problems">
      {problems.map((problem, index) => {
        const body = (
          <>
            <span className="playground-problem-where">
              <code className="playground-problem-path">{problem.path}</code>
              {problem.nodeId !== undefined && (
                <span className="playground-problem-node">
                  {format(t.problemNode, { node: problem.nodeId })}
                </span>
              )}
              <span className="playground-problem-line">
                {problem.at
                  ? format(t.problemLine, { line: problem.at.line, column: problem.at.column })
                  : t.problemNoLine}
              </span>
              {problem.inBuiltIn && (
                <span className="playground-problem-tag">{t.problemBuiltIn}</span>
              )}
            </span>
            {problem.syntax && problem.at && (
              <span className="playground-problem-message">
                {format(t.invalidJson, {
                  line: problem.at.line,
                  column: problem.at.column,
                  reason: describeSyntax(problem.syntax, t),
                })}
              </span>
            )}
            <span
              className={
                problem.syntax ? 'playground-problem-detail' : 'playground-problem-message'
              }
            >
              {problem.message}
            </span>
          </>
        );
        const at = problem.at;
        return (
          <li key={index}>
            {at ? (
              <button
                type="button"
                className="playground-problem"
                data-testid="content-error"
                data-path={problem.path}
                data-line={at.line}
                onClick={() => {
                  onSelect(problem);
                }}
              >
                {body}
              </button>
            ) : (
              <div
                className="playground-problem"
                data-testid="content-error"
                data-path={problem.path}
              >
                {body}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
