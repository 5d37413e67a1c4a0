// Why a content file's bytes are not UTF-8 text, in words that name the encoding. Loaded only
// when custom-file.ts's quick check fails. A decoder that replaced bad bytes with U+FFFD would let
// a file saved in another encoding through with its text silently changed, and a UTF-16 file
// would only get a JSON parser's "Unexpected token".
import { FILE_ROOT_PATH, type FileProblem } from './custom-file';

/**
 * The file's bytes as text, or a problem that names the encoding. The format is UTF-8 (with or
 * without a byte-order mark); a decoder that replaced bad bytes with U+FFFD would let a file
 * saved in another encoding through with its text silently changed, and a UTF-16 file would
 * only get a JSON parser's "Unexpected token".
 */
export function decodeContentBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  const utf16 = utf16Kind(bytes);
  if (utf16 !== undefined) {
    const how = utf16.bom
      ? `it starts with a ${utf16.name} byte-order mark`
      : 'every other byte is 0';
    return {
      ok: false,
      problem: {
        path: FILE_ROOT_PATH,
        message: `is encoded as ${utf16.name} (${how}); save it as UTF-8`,
      },
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: {
        path: FILE_ROOT_PATH,
        message: `is not valid UTF-8 (first bad byte at offset ${String(firstInvalidUtf8(bytes))}); save it as UTF-8`,
      },
    };
  }
}

/**
 * UTF-16 by its byte-order mark, or without one by its first character: JSON starts with an
 * ASCII character (`{`, white space), which UTF-16 writes next to a zero byte.
 */
function utf16Kind(bytes: Uint8Array): { name: 'UTF-16LE' | 'UTF-16BE'; bom: boolean } | undefined {
  const [first, second] = [bytes[0], bytes[1]];
  if (first === 0xff && second === 0xfe) return { name: 'UTF-16LE', bom: true };
  if (first === 0xfe && second === 0xff) return { name: 'UTF-16BE', bom: true };
  if (first === undefined || second === undefined) return undefined;
  if (first !== 0 && first < 0x80 && second === 0) return { name: 'UTF-16LE', bom: false };
  if (first === 0 && second !== 0 && second < 0x80) return { name: 'UTF-16BE', bom: false };
  return undefined;
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    // Each lead byte: how many continuation bytes, and the allowed range of the first one
    // (which excludes overlong forms, surrogates and code points past U+10FFFF).
    let count: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) count = 0;
    else if (lead >= 0xc2 && lead <= 0xdf) count = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      count = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      count = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= count; k += 1) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += count + 1;
  }
  return bytes.length;
}
