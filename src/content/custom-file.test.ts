import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countProblems, decodeUtf8 } from './custom-file';
import { decodeContentBytes, firstInvalidUtf8 } from './decode-file';

describe('decodeContentBytes', () => {
  it('decodes UTF-8, with or without a byte-order mark', () => {
    const text = '{"label": "ﬂ°¶ß 沙盒"}';
    const bytes = new TextEncoder().encode(text);
    expect(decodeContentBytes(bytes)).toEqual({ ok: true, text });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    // TextDecoder drops the mark, as JSON.parse needs.
    expect(decodeContentBytes(withBom)).toEqual({ ok: true, text });
  });

  it('the quick check passes plain UTF-8 and leaves everything else to the full check', () => {
    expect(decodeUtf8(new TextEncoder().encode('{"a": "沙盒"}'))).toBe('{"a": "沙盒"}');
    for (const bytes of [
      [0xff, 0xfe, 0x7b, 0],
      [0xfe, 0xff, 0, 0x7b],
      [0x7b, 0, 0x7d, 0],
      [0x7b, 0xe9, 0x7d],
    ]) {
      const input = new Uint8Array(bytes);
      expect(decodeUtf8(input)).toBeUndefined();
      expect(decodeContentBytes(input).ok).toBe(false);
    }
  });

  it('finds the first bad byte exactly where the strict decoder fails', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(at === bytes.length).toBe(valid);
        // The prefix before it decodes, so the offset is where the problem starts.
        expect(() =>
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at)),
        ).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countProblems', () => {
  it('counts the entry that stands for the rest as that many', () => {
    expect(countProblems([{}, {}, { omitted: 400 }])).toBe(402);
    expect(countProblems([])).toBe(0);
  });
});
