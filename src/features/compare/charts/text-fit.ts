// Text measuring and wrapping for labels drawn in SVG, which does not wrap text by itself: long
// runtime and feature names, Chinese as well as English, have to fit the rows and cells.

const CJK = /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/;
let measureContext: CanvasRenderingContext2D | null | undefined;
let measureFamily = 'sans-serif';

/** Text width in the page's own font (measured on a canvas); an estimate where there is none. */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  if (measureContext === undefined) {
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (typeof document !== 'undefined') {
      measureFamily = getComputedStyle(document.body).fontFamily || measureFamily;
    }
  }
  if (measureContext) {
    measureContext.font = `${bold ? 700 : 400} ${fontSize}px ${measureFamily}`;
    return measureContext.measureText(text).width;
  }
  let width = 0;
  for (const char of text) width += CJK.test(char) ? 1 : 0.6;
  return width * fontSize * (bold ? 1.08 : 1);
}

/** Words, each Chinese character a word of its own, '/' ending a word; spacing kept. */
function tokens(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let space = false;
  for (const match of text.matchAll(
    /\s+|[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF/]*\/?/g,
  )) {
    const piece = match[0];
    if (piece === '') continue;
    if (/^\s+$/.test(piece)) {
      space = true;
      continue;
    }
    out.push({ text: piece, space });
    space = false;
  }
  return out;
}

/**
 * Wraps text into at most `maxLines` lines of `maxWidth`, breaking at spaces, after '/' and
 * between Chinese characters. What still does not fit ends in an ellipsis; the full text is in
 * the tooltip and the table.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  bold = false,
): string[] {
  const lines: string[] = [];
  let current = '';
  for (const token of tokens(text)) {
    const candidate = current === '' ? token.text : current + (token.space ? ' ' : '') + token.text;
    if (current === '' || textWidth(candidate, fontSize, bold) <= maxWidth) {
      current = candidate;
    } else {
      lines.push(current);
      current = token.text;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1] ?? ''}…`;
  }
  return lines.map((line) => fit(line, maxWidth, fontSize, bold));
}

function fit(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  if (textWidth(line, fontSize, bold) <= maxWidth) return line;
  let cut = line.replace(/…$/, '');
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
