// Share links, embed code and the messages an embedded page sends to its host page.
// Pure: the share feature builds URLs from these searches, the embed feature posts these
// messages, and public/embed.js (plain JS, no build step) speaks the same protocol.
import type { Lang } from './tree';

/** Options that only make sense inside a frame; a link people share never carries them. */
export const EMBED_ONLY_KEYS: readonly string[] = ['embed', 'theme'];

export type EmbedTheme = 'auto' | 'light' | 'dark';

/**
 * The search of the link people share: the same tree, answers and language as the page, minus
 * the embed options, so a link copied inside a portal opens the full app.
 */
export function shareSearch(search: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    if (!EMBED_ONLY_KEYS.includes(key)) out[key] = value;
  }
  return out;
}

/** The search an embedded frame opens with: the shared state plus `embed=1` and the theme. */
export function embedSearch(
  search: Readonly<Record<string, string>>,
  theme: EmbedTheme,
): Record<string, string> {
  const out = shareSearch(search);
  out.embed = '1';
  // `auto` is what the app does without the parameter: leave it out of the code.
  if (theme !== 'auto') out.theme = theme;
  return out;
}

/** Enough for a question with its explanation; the script version sizes itself instead. */
export const EMBED_MIN_HEIGHT = 640;

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeHtmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export interface IframeCodeOptions {
  /** The frame's full URL, `embed=1` included. */
  src: string;
  /** The frame's accessible name. */
  title: string;
  minHeight?: number;
}

/** A plain iframe: works without script on the host page, at a fixed minimum height. */
export function iframeEmbedCode({
  src,
  title,
  minHeight = EMBED_MIN_HEIGHT,
}: IframeCodeOptions): string {
  return [
    '<iframe',
    `  src="${escapeHtmlAttribute(src)}"`,
    `  title="${escapeHtmlAttribute(title)}"`,
    '  loading="lazy"',
    '  allow="clipboard-write"',
    `  style="display: block; width: 100%; min-height: ${Math.round(minHeight)}px; border: 0;"`,
    '></iframe>',
  ].join('\n');
}

export interface ScriptCodeOptions {
  /** The URL of embed.js, next to the app's index.html. */
  scriptUrl: string;
  lang: Lang;
  treeId: string;
  theme: EmbedTheme;
  /** Answers to start from (question id -> answer id); empty to start at the first question. */
  answers: Readonly<Record<string, string>>;
}

/** The loader version: a placeholder element plus embed.js, which sizes the frame to fit. */
export function scriptEmbedCode({
  scriptUrl,
  lang,
  treeId,
  theme,
  answers,
}: ScriptCodeOptions): string {
  const attributes = [
    'data-runtime-advisor',
    `data-lang="${escapeHtmlAttribute(lang)}"`,
    `data-tree="${escapeHtmlAttribute(treeId)}"`,
  ];
  if (theme !== 'auto') attributes.push(`data-theme="${theme}"`);
  const pairs = Object.entries(answers).map(([question, answer]) => `${question}=${answer}`);
  if (pairs.length > 0) attributes.push(`data-answers="${escapeHtmlAttribute(pairs.join(','))}"`);
  return [
    `<div ${attributes.join(' ')}></div>`,
    `<script src="${escapeHtmlAttribute(scriptUrl)}" async></script>`,
  ].join('\n');
}

export const RESIZE_MESSAGE = 'runtime-advisor:resize';
export const RESULT_MESSAGE = 'runtime-advisor:result';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The document's height in CSS pixels, rounded up. */
  height: number;
}

export interface ResultMessage {
  type: typeof RESULT_MESSAGE;
  runtime: string;
  answers: Record<string, string>;
  /** The share link of the result (the full app, not the embed). */
  url: string;
}

/** A resize message for a measured height, or undefined when there is nothing sane to send. */
export function resizeMessage(height: number): ResizeMessage | undefined {
  if (!Number.isFinite(height) || height <= 0) return undefined;
  return { type: RESIZE_MESSAGE, height: Math.ceil(height) };
}

export function resultMessage(
  runtime: string,
  answers: Readonly<Record<string, string>>,
  url: string,
): ResultMessage {
  // A plain-object copy: the engine's records have a null prototype, which hosts may not expect.
  return { type: RESULT_MESSAGE, runtime, answers: { ...answers }, url };
}
