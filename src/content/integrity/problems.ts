// A problem in the content and where it is: a JSON path into the input, written as the error
// panel shows it, and the helpers every check uses to word its message.
export interface ContentProblem {
  /** JSON path into the content, e.g. `trees[0].nodes[3].answers[1].next`. */
  path: string;
  message: string;
  /** The tree node the problem is in, when the path goes through one and its id is readable. */
  nodeId?: string;
  /** Set on the one entry that stands for this many further problems, not listed. */
  omitted?: number;
}

/** The path shown for a problem with the content as a whole. */
export const ROOT_PATH = '(root)';

export type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['trees', 0, 'nodes', 3, 'id']` -> `trees[0].nodes[3].id`; odd keys are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (typeof segment === 'symbol') {
      out += `[${String(segment)}]`;
    } else if (IDENTIFIER.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${quote(segment)}]`;
    }
  }
  return out === '' ? ROOT_PATH : out;
}

/** A short, escaped rendering of a value from the input, safe to show as text. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(short);
}

/** Ids for a message: `a, b, c`, or `none`. */
export function listOf(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length === 0 ? 'none' : list.join(', ');
}

/** Reports `id` at `path` (in tree node `nodeId`) unless it names one of the runtimes. */
export type RuntimeCheck = (id: string, path: readonly PathSegment[], nodeId?: string) => void;
