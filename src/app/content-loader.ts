// Start-up loading of a team's content file (advisor.content.json beside index.html). One
// same-origin request, started by main.tsx before the first render. It never rejects: a missing
// file means the built-in content, and a broken one means the built-in content plus the list of
// problems for the error panel.
import {
  CUSTOM_CONTENT_FILE,
  decodeUtf8,
  FILE_ROOT_PATH as ROOT_PATH,
  MAX_CONTENT_BYTES,
  tooLarge,
} from '../content/custom-file';
import type { CustomContentProblem } from '../content/merge';
import type { Content } from '../content/schema';

/**
 * With `built-in` and `invalid`, the built-in content is in force. `missing` on a built-in load
 * names a file that was looked for and not found (or not reached): the site may have team
 * content that this page does not have, so a link to one of its trees is kept, not repaired.
 * Without it (no request, or the placeholder the build ships) the site has no content of its own.
 */
export type ContentLoad =
  | { status: 'built-in'; missing?: { url: string; reason: 'absent' | 'unreachable' } }
  | { status: 'custom'; content: Content; url: string }
  | { status: 'invalid'; url: string; problems: CustomContentProblem[] };

export const BUILT_IN_LOAD: ContentLoad = { status: 'built-in' };

/**
 * True when the site's own content may hold trees that the content in force lacks: its file
 * was broken, late, unreachable or not found. A link naming an unknown tree then waits for the
 * file (Retry) instead of being rewritten to the default tree.
 */
export function teamContentUnavailable(load: ContentLoad): boolean {
  return load.status === 'invalid' || (load.status === 'built-in' && load.missing !== undefined);
}

/** The app waits this long when the reader asks to try the file again. */
export const CONTENT_RETRY_TIMEOUT_MS = 30_000;

/** The value of VITE_CONTENT_URL that turns the request off. */
export const CONTENT_URL_NONE = 'none';

/** The app waits this long for the file before it starts with the built-in content. */
export const CONTENT_TIMEOUT_MS = 5000;

export interface ContentLoadOptions {
  /** VITE_CONTENT_URL at build time: a URL relative to the page, or `none`. */
  configuredUrl?: string | undefined;
  /** The page's base URI (document.baseURI), so that a relative URL works under any sub-path. */
  baseURI: string;
  /** The page's own origin (location.origin): only files from it are loaded. */
  origin: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}

type ResolvedUrl = { kind: 'none' } | { kind: 'url'; url: URL } | { kind: 'refused'; url: string };

export function resolveContentUrl(
  configuredUrl: string | undefined,
  baseURI: string,
  origin: string,
): ResolvedUrl {
  const configured = configuredUrl?.trim() ?? '';
  if (configured === CONTENT_URL_NONE) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(configured === '' ? CUSTOM_CONTENT_FILE : configured, baseURI);
  } catch {
    return { kind: 'refused', url: configured };
  }
  // A page opened from file:// has the opaque origin "null": nothing can be fetched safely.
  if (origin === 'null') return { kind: 'none' };
  // Content is trusted as data only because the site's own team put it there.
  if (url.origin !== origin) return { kind: 'refused', url: url.href };
  return { kind: 'url', url };
}

/** Statuses that mean "there is no file". Object stores (S3, GCS) answer 403 for missing keys. */
const ABSENT_STATUSES = new Set([403, 404, 410]);

export async function loadContent(options: ContentLoadOptions): Promise<ContentLoad> {
  const resolved = resolveContentUrl(options.configuredUrl, options.baseURI, options.origin);
  if (resolved.kind === 'none') return BUILT_IN_LOAD;
  if (resolved.kind === 'refused') {
    return invalid(resolved.url, {
      path: ROOT_PATH,
      message: `the content URL ${JSON.stringify(resolved.url)} is not on this site’s origin (${options.origin}); only same-origin files are loaded`,
    });
  }
  const url = resolved.url.href;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A race rather than trusting the abort alone: whatever hangs (the request, the body, a
  // fetch that ignores its signal), the app starts when the time is up.
  const timeout = new Promise<ContentLoad>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(invalid(url, timeoutProblem(options)));
    }, options.timeoutMs ?? CONTENT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([fetchContent(url, options.fetch, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchContent(
  url: string,
  fetchFn: typeof fetch,
  signal: AbortSignal,
): Promise<ContentLoad> {
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        signal,
        credentials: 'same-origin',
        // Revalidate, so an updated file shows on the next load (a 304 costs little).
        cache: 'no-cache',
        // A redirect could lead to another origin: treat it like a network error.
        redirect: 'error',
      });
    } catch {
      return { status: 'built-in', missing: { url, reason: 'unreachable' } };
    }
    if (ABSENT_STATUSES.has(response.status)) {
      return { status: 'built-in', missing: { url, reason: 'absent' } };
    }
    if (!response.ok) {
      return invalid(url, {
        path: ROOT_PATH,
        message: `could not be loaded: the server answered HTTP ${response.status}`,
      });
    }
    // A single-page-app host answers every unknown path with index.html: that is no file either.
    // (No `Accept: application/json` on the request, on purpose: such hosts would then answer
    // 404, which browsers log as a console error on every load of a site without a file.)
    // A host that labels the real file text/html still serves JSON, so the body decides.
    const servedAsHtml = /\btext\/html\b/i.test(response.headers.get('content-type') ?? '');
    const declared = Number(response.headers.get('content-length') ?? '');
    if (declared > MAX_CONTENT_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      return invalid(url, tooLarge(declared));
    }
    const bytes = await readCapped(response, MAX_CONTENT_BYTES);
    if (bytes === null) return invalid(url, tooLarge(0));
    let text = decodeUtf8(bytes);
    if (text === undefined) {
      // Not plainly UTF-8: the longer check names the encoding.
      const { decodeContentBytes } = await import('../content/decode-file');
      const decoded = decodeContentBytes(bytes);
      if (!decoded.ok) return invalid(url, decoded.problem);
      text = decoded.text;
    }
    if (servedAsHtml && !looksLikeJson(text)) {
      return { status: 'built-in', missing: { url, reason: 'absent' } };
    }
    if (isPlaceholder(text)) return BUILT_IN_LOAD;
    // The schema (and zod) load only when there is a file to check.
    const [{ parseCustomContentText }, { builtInContent }] = await Promise.all([
      import('../content/merge'),
      import('../content'),
    ]);
    const parsed = parseCustomContentText(text, builtInContent);
    return parsed.ok
      ? { status: 'custom', content: parsed.content, url }
      : { status: 'invalid', url, problems: parsed.problems };
  } catch (error) {
    // A failed download, or anything unforeseen: the app still starts, and says why.
    const reason = error instanceof Error ? error.message : 'unexpected error';
    return invalid(url, { path: ROOT_PATH, message: `could not be read (${reason})` });
  }
}

/**
 * The build ships an advisor.content.json that changes nothing (only `$schema`), so that a site
 * without content of its own answers 200 rather than a 404 that browsers log as a console error.
 * It is recognised without loading the schema.
 */
function isPlaceholder(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    // Only a well-formed `$schema` (a string) is the placeholder's; anything else is a file with
    // a mistake, which the schema then reports.
    const schema = (value as { $schema?: unknown }).$schema;
    if (schema !== undefined && typeof schema !== 'string') return false;
    return Object.keys(value).every((key) => key === '$schema');
  } catch {
    return false;
  }
}

/** A JSON object starts with `{` (after a byte-order mark and white space); a page with `<`. */
function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

function invalid(url: string, problem: CustomContentProblem): ContentLoad {
  return { status: 'invalid', url, problems: [problem] };
}

function timeoutProblem(options: ContentLoadOptions): CustomContentProblem {
  const seconds = (options.timeoutMs ?? CONTENT_TIMEOUT_MS) / 1000;
  return {
    path: ROOT_PATH,
    message: `did not arrive within ${String(seconds)} s; the app started with the built-in content`,
  };
}

/** The body's bytes, or null once it grows past `cap` bytes (the rest is never downloaded). */
async function readCapped(response: Response, cap: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const buffer = await response.arrayBuffer();
    return buffer.byteLength > cap ? null : new Uint8Array(buffer);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Where index.html lives. With hash routes the page's own URL says so; with path routes a page
 * like /tools/advisor/runtimes/kata does not, and the build's absolute base (`--base`) does.
 */
export function appBaseURI(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}

/**
 * The browser's load, with the build's settings: from main.tsx at start-up, and again when the
 * reader asks to retry (with a longer time-out: they chose to wait).
 */
export function startContentLoad(timeoutMs: number = CONTENT_TIMEOUT_MS): Promise<ContentLoad> {
  return loadContent({
    configuredUrl: import.meta.env.VITE_CONTENT_URL as string | undefined,
    baseURI: appBaseURI(),
    origin: window.location.origin,
    fetch: window.fetch.bind(window),
    timeoutMs,
  });
}
