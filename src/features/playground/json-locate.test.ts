import { describe, expect, it } from 'vitest';
import { lineAndColumn, locatePath, parsePath, scanJson } from './json-locate';

const slice = (text: string, span: { from: number; to: number } | undefined) =>
  span ? text.slice(span.from, span.to) : undefined;

describe('scanJson', () => {
  const text =
    '{\n  "trees": [\n    { "id": "a", "nodes": [1, 2.5e3, true, null] }\n  ],\n  "odd key": "x"\n}';
  const scan = scanJson(text);

  it('records every value under the path the content checks report', () => {
    expect(scan.error).toBeUndefined();
    expect(slice(text, scan.entries.get('trees[0].id')?.value)).toBe('"a"');
    expect(slice(text, scan.entries.get('trees[0].nodes[1]')?.value)).toBe('2.5e3');
    expect(slice(text, scan.entries.get('trees[0].nodes[3]')?.value)).toBe('null');
    expect(slice(text, scan.entries.get('["odd key"]')?.value)).toBe('"x"');
    expect(slice(text, scan.entries.get('trees[0]')?.value)).toBe(
      '{ "id": "a", "nodes": [1, 2.5e3, true, null] }',
    );
  });

  it('marks a container at its property name, a missing property at its parent', () => {
    expect(slice(text, locatePath(scan, 'trees[0].nodes'))).toBe('"nodes"');
    expect(slice(text, locatePath(scan, 'trees[0].root'))).toBe('{');
    expect(slice(text, locatePath(scan, 'trees[0].nodes[7].answers[1].next'))).toBe('"nodes"');
    expect(slice(text, locatePath(scan, '(root)'))).toBe('{');
    expect(locatePath(scan, 'built-in trees[0]')).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', 8, { kind: 'property-name' }],
    ['{"a" 1}', 5, { kind: 'colon' }],
    ['[1 2]', 3, { kind: 'comma-or-close', bracket: ']' }],
    ['{"a": [1, 2}', 11, { kind: 'comma-or-close', bracket: ']' }],
    ['{"a"}', 4, { kind: 'colon' }],
    ['{"a": "line\nbreak"}', 11, { kind: 'control-character' }],
    ['{"a": "\\q"}', 7, { kind: 'escape' }],
    ['{"a": 1} x', 9, { kind: 'text-after-end' }],
    ['{"a": [1}', 8, { kind: 'comma-or-close', bracket: ']' }],
    ['{"a": [', 7, { kind: 'unclosed', bracket: ']', openedAt: 6 }],
    ['', 0, { kind: 'value' }],
  ])('finds where %j stops being JSON, and why', (input, offset, reason) => {
    const error = scanJson(input).error;
    expect(error).toEqual({ offset, reason });
    expect(() => JSON.parse(input) as unknown).toThrow();
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const input of [
      '"\\u00e9\\n"',
      '-0.5E+2',
      '[]',
      '{}',
      '\uFEFF{"a":[{}]}',
      ' [ true , false ] ',
    ]) {
      expect(scanJson(input).error, input).toBeUndefined();
    }
    for (const input of ['01', '"\\x"', '[1,]', 'tru', '{"a":1', "'a'"]) {
      expect(scanJson(input).error, input).toBeDefined();
    }
  });

  it('reads deeply nested input without overflowing the stack', () => {
    const depth = 100_000;
    const scanned = scanJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(scanned.error).toBeUndefined();
    expect(scanJson('['.repeat(depth)).error?.reason).toMatchObject({ kind: 'unclosed' });
  });
});

describe('paths and positions', () => {
  it('parses the paths formatPath writes', () => {
    expect(parsePath('trees[0].nodes[3].id')).toEqual(['trees', 0, 'nodes', 3, 'id']);
    expect(parsePath('features[1].values["kata-fc"]')).toEqual([
      'features',
      1,
      'values',
      'kata-fc',
    ]);
    expect(parsePath('(root)')).toEqual([]);
    expect(parsePath('built-in trees[0]')).toBeUndefined();
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
