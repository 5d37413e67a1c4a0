// Where things are in a JSON text: the span of every value, keyed by the same JSON path the
// content checks report (integrity.ts's formatPath), and the first syntax error. The checks
// work on the parsed value and know nothing of lines; this puts their problems back on the text.
//
// A scanner of its own rather than the editor's syntax tree: the problem list must work without
// the editor (its code may fail to load), and the editor's parser recovers from errors silently
// and parses lazily. Iterative, with an explicit stack, so deeply nested input cannot overflow
// the call stack.
import { formatPath } from '../../content/integrity';

export interface TextSpan {
  from: number;
  to: number;
}

export interface JsonEntry {
  /** The value: from its first character to just after its last. */
  value: TextSpan;
  /** The property name (quotes included), when the value is an object member. */
  key?: TextSpan;
  /** An object or an array. */
  container: boolean;
}

export type Bracket = '}' | ']';

/** Why the text stops being JSON where it does; the page words it in the reader's language. */
export type SyntaxReason =
  | { kind: 'control-character' }
  | { kind: 'unicode-escape' }
  | { kind: 'escape' }
  | { kind: 'unclosed-string' }
  | { kind: 'text-after-end' }
  | { kind: 'close'; bracket: Bracket }
  | { kind: 'comma-or-close'; bracket: Bracket }
  | { kind: 'property-name' }
  | { kind: 'colon' }
  | { kind: 'value' }
  | { kind: 'unclosed'; bracket: Bracket; openedAt: number };

export interface JsonSyntaxError {
  offset: number;
  reason: SyntaxReason;
}

export interface JsonScan {
  /** Every value by its JSON path (`trees[0].nodes[3].id`, `(root)` for the whole text). */
  entries: Map<string, JsonEntry>;
  error?: JsonSyntaxError;
}

type Segment = string | number;

/**
 * Values nested deeper than this are scanned but not recorded: the format is a dozen levels deep,
 * so no problem points further down, and recording every level of a pathological input would
 * cost memory in the square of its depth.
 */
const MAX_RECORDED_DEPTH = 64;

interface Frame {
  kind: 'object' | 'array';
  /** Undefined below MAX_RECORDED_DEPTH. */
  path: Segment[] | undefined;
  entry: JsonEntry;
  /** object: the key just read; array: the next index. */
  key: string;
  keySpan: TextSpan | undefined;
  index: number;
  /** What may come next. */
  expect: 'first' | 'key' | 'colon' | 'value' | 'comma';
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Reads a string starting at the quote at `start`; returns the end (after the closing quote). */
function readString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: { kind: 'control-character' } };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, reason: { kind: 'unicode-escape' } };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: i, reason: { kind: 'escape' } };
      }
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: start, reason: { kind: 'unclosed-string' } };
}

export function scanJson(text: string): JsonScan {
  const entries = new Map<string, JsonEntry>();
  const stack: Frame[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // An object, not a local: it is set in afterValue(), which control-flow analysis cannot see.
  const top = { done: false };

  const fail = (error: JsonSyntaxError): JsonScan => ({ entries, error });

  const valuePath = (): Segment[] | undefined => {
    const frame = stack.at(-1);
    if (!frame) return [];
    if (!frame.path || frame.path.length >= MAX_RECORDED_DEPTH) return undefined;
    return [...frame.path, frame.kind === 'object' ? frame.key : frame.index];
  };
  const record = (path: Segment[] | undefined, entry: JsonEntry) => {
    if (path) entries.set(formatPath(path), entry);
  };
  const afterValue = () => {
    const frame = stack.at(-1);
    if (!frame) {
      top.done = true;
      return;
    }
    if (frame.kind === 'array') frame.index += 1;
    frame.expect = 'comma';
  };
  const keySpanOfValue = (): TextSpan | undefined => {
    const frame = stack.at(-1);
    return frame?.kind === 'object' ? frame.keySpan : undefined;
  };

  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
    if (i >= text.length) break;
    const char = text[i] ?? '';
    if (top.done) return fail({ offset: i, reason: { kind: 'text-after-end' } });
    const frame = stack.at(-1);
    const expect = frame?.expect ?? 'value';

    if (frame && (char === '}' || char === ']')) {
      const closes = frame.kind === 'object' ? '}' : ']';
      const canClose = expect === 'comma' || expect === 'first';
      if (char !== closes || !canClose) {
        const wanted: SyntaxReason =
          expect === 'key'
            ? { kind: 'property-name' }
            : expect === 'colon'
              ? { kind: 'colon' }
              : { kind: 'value' };
        return fail({
          offset: i,
          reason: !canClose
            ? wanted
            : expect === 'comma'
              ? { kind: 'comma-or-close', bracket: closes }
              : { kind: 'close', bracket: closes },
        });
      }
      frame.entry.value.to = i + 1;
      stack.pop();
      i += 1;
      afterValue();
      continue;
    }
    if (frame && expect === 'comma') {
      if (char !== ',') {
        return fail({
          offset: i,
          reason: { kind: 'comma-or-close', bracket: frame.kind === 'object' ? '}' : ']' },
        });
      }
      frame.expect = frame.kind === 'object' ? 'key' : 'value';
      i += 1;
      continue;
    }
    if (frame?.kind === 'object' && (expect === 'first' || expect === 'key')) {
      if (char !== '"') return fail({ offset: i, reason: { kind: 'property-name' } });
      const end = readString(text, i);
      if (typeof end !== 'number') return fail(end);
      frame.key = JSON.parse(text.slice(i, end)) as string;
      frame.keySpan = { from: i, to: end };
      frame.expect = 'colon';
      i = end;
      continue;
    }
    if (frame?.kind === 'object' && expect === 'colon') {
      if (char !== ':') return fail({ offset: i, reason: { kind: 'colon' } });
      frame.expect = 'value';
      i += 1;
      continue;
    }

    // A value.
    const path = valuePath();
    const key = keySpanOfValue();
    if (char === '{' || char === '[') {
      const entry: JsonEntry = { value: { from: i, to: i + 1 }, container: true };
      if (key) entry.key = key;
      record(path, entry);
      stack.push({
        kind: char === '{' ? 'object' : 'array',
        path,
        entry,
        key: '',
        keySpan: undefined,
        index: 0,
        expect: 'first',
      });
      i += 1;
      continue;
    }
    let end: number | JsonSyntaxError;
    if (char === '"') {
      end = readString(text, i);
    } else {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      end = number
        ? i + number[0].length
        : literal
          ? i + literal.length
          : {
              offset: i,
              reason: { kind: 'value' },
            };
    }
    if (typeof end !== 'number') return fail(end);
    const entry: JsonEntry = { value: { from: i, to: end }, container: false };
    if (key) entry.key = key;
    record(path, entry);
    i = end;
    afterValue();
  }
  if (stack.length > 0) {
    const open = stack.at(-1);
    return fail({
      offset: text.length,
      reason: {
        kind: 'unclosed',
        bracket: open?.kind === 'object' ? '}' : ']',
        openedAt: open?.entry.value.from ?? 0,
      },
    });
  }
  if (!top.done) return fail({ offset: text.length, reason: { kind: 'value' } });
  return { entries };
}

/** Line and column (both from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < end;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}

const SEGMENT = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** `trees[0].nodes[3].id` -> its segments, or undefined when it is not a path into the file. */
export function parsePath(path: string): Segment[] | undefined {
  if (path === formatPath([])) return [];
  const segments: Segment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (!match) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

/**
 * Where a problem's path points in the text: the value itself, or the nearest enclosing value
 * that exists (a missing property is reported at the path it should have had). A container is
 * marked at its property name, or at its opening bracket, not over its whole body.
 */
export function locatePath(scan: JsonScan, path: string): TextSpan | undefined {
  const exact = scan.entries.get(path);
  if (exact) return markOf(exact);
  const segments = parsePath(path);
  if (!segments) return undefined;
  for (let length = segments.length - 1; length >= 0; length -= 1) {
    const entry = scan.entries.get(formatPath(segments.slice(0, length)));
    if (entry) return markOf(entry);
  }
  return undefined;
}

function markOf(entry: JsonEntry): TextSpan {
  if (!entry.container) return entry.value;
  return entry.key ?? { from: entry.value.from, to: entry.value.from + 1 };
}
