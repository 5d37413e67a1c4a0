// zod's generic messages rewritten in words, with the input in view ("must be a number, not the
// string \"x\""), and the tree node a problem is in. The schema's own messages are kept.
import type { z } from 'zod';
import { isSafeId } from '../../domain/tree';
import { formatPath, quote, type ContentProblem, type PathSegment } from './problems';

/** Marks zod's built-in messages so they can be replaced; the schema's own messages are kept. */
export const DEFAULT_MESSAGE = '\u0000default';

type Issue = z.core.$ZodIssue;

export function toProblem(issue: Issue, input: unknown): ContentProblem {
  const problem: ContentProblem = {
    path: formatPath(issue.path),
    message: issue.message === DEFAULT_MESSAGE ? describeIssue(issue, input) : issue.message,
  };
  const nodeId = nodeIdAt(issue.path, input);
  if (nodeId !== undefined) problem.nodeId = nodeId;
  return problem;
}

/** The id of the tree node a path goes through (`trees[i].nodes[j]…`), if it is a safe id. */
function nodeIdAt(path: readonly PathSegment[], input: unknown): string | undefined {
  const [trees, treeIndex, nodes, nodeIndex] = path;
  if (trees !== 'trees' || typeof treeIndex !== 'number' || nodes !== 'nodes') return undefined;
  if (typeof nodeIndex !== 'number') return undefined;
  const id = readAt(input, [trees, treeIndex, nodes, nodeIndex, 'id']);
  return id.found && isSafeId(id.value) ? id.value : undefined;
}

/** Reads an own property path from untrusted input; a throwing getter counts as not found. */
function readAt(
  input: unknown,
  path: readonly PathSegment[],
): { found: true; value: unknown } | { found: false } {
  try {
    let current: unknown = input;
    for (const segment of path) {
      if (typeof current !== 'object' || current === null) return { found: false };
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false };
      current = (current as Record<PropertyKey, unknown>)[segment];
    }
    return { found: true, value: current };
  } catch {
    return { found: false };
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : String(value);
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function plural(count: number | bigint, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

function describeIssue(issue: Issue, input: unknown): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const actual = readAt(input, issue.path);
      if (!actual.found || actual.value === undefined) {
        if (last === 'zh') return 'is missing: every text needs a Simplified Chinese (zh) version';
        if (last === 'en') return 'is missing: every text needs an English (en) version';
        return `is missing (expected ${expected})`;
      }
      return `must be ${expected}, not ${describeValue(actual.value)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${plural(issue.minimum, 'character')} long`;
      }
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'item')}`;
      return issue.inclusive === false
        ? `must be greater than ${String(issue.minimum)}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `is too long (over ${plural(issue.maximum, 'character')})`;
      }
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'item')}`;
      return issue.inclusive === false
        ? `must be less than ${String(issue.maximum)}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      if (last === 'light' || last === 'dark') return 'must be a hex colour like #0072b2';
      return issue.pattern === undefined
        ? `must be a valid ${issue.format}`
        : `has the wrong format (must match ${issue.pattern})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${formatValues(issue.values)}`
        : `must be one of ${formatValues(issue.values)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 10).map(quote).join(', ');
      const more = issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : '';
      return `has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'}: ${keys}${more}`;
    }
    case 'invalid_union': {
      if ('options' in issue && issue.options && issue.options.length > 0) {
        const field = issue.discriminator ?? 'value';
        return `${field} must be one of ${formatValues(issue.options)}`;
      }
      return 'does not match any of the allowed forms';
    }
    case 'invalid_key': {
      const reason = issue.issues[0]?.message;
      const detail = reason === undefined || reason === DEFAULT_MESSAGE ? 'not allowed' : reason;
      return `is not a valid key: ${detail}`;
    }
    case 'invalid_element':
      return 'has an invalid element';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'custom':
      return 'is not valid';
  }
}

function formatValues(values: readonly unknown[]): string {
  return values
    .map((value) => (typeof value === 'string' ? quote(value) : String(value)))
    .join(', ');
}
