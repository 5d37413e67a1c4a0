import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown';

/** CommonMark drops a backslash before any ASCII punctuation: what a renderer shows. */
function shown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('escapeMarkdown', () => {
  it('escapes markup that would format, link, embed or split a table', () => {
    expect(escapeMarkdown('**bold** _it_ `code` ~~gone~~')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~',
    );
    expect(escapeMarkdown('[click](javascript:alert(1)) ![x](y)')).toBe(
      '\\[click\\](javascript:alert(1)) !\\[x\\](y)',
    );
    expect(escapeMarkdown('<img src=x onerror=alert(1)> a | b &amp;')).toBe(
      '\\<img src=x onerror=alert(1)> a \\| b \\&amp;',
    );
  });

  it('escapes what only means something at the start of a line', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('2. item')).toBe('2\\. item');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['< 5 ms startup', 'R&D', '1-5 s', 'a > b', '100-200MB', '中文，沙盒']) {
      expect(escapeMarkdown(text)).toBe(text);
    }
  });

  it('shows any text exactly as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(shown(escapeMarkdown(text))).toBe(text);
      }),
    );
  });
});
