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

/**
 * The content file's text, as the start-up load reads it: same origin only, no redirects, the
 * size cap, the time limit, the encoding checked. A file looked for and not found (or a host's
 * index.html fallback) is `absent`, with the reason; no request at all is `absent` without one.
 * The playground's "this site's file" reads it the same way.
 */
export type ContentFileRead =
  | { status: 'absent'; missing?: { url: string; reason: 'absent' | 'unreachable' } }
  | { status: 'text'; url: string; text: string }
  | { status: 'problem'; url: string; problem: CustomContentProblem };

export async function readContentFile(options: ContentLoadOptions): Promise<ContentFileRead> {
  return withTimeout<ContentFileRead>(options, readResolved, {
    absent: { status: 'absent' },
    problem: (url, problem) => ({ status: 'problem', url, problem }),
  });
}

export async function loadContent(options: ContentLoadOptions): Promise<ContentLoad> {
  return withTimeout<ContentLoad>(
    options,
    async (url, fetchFn, signal) => toLoad(await readResolved(url, fetchFn, signal)),
    { absent: BUILT_IN_LOAD, problem: invalid },
  );
}

/**
 * Resolves the URL and runs `work` against a time limit. A race rather than trusting the abort
 * alone: whatever hangs (the request, the body, a fetch that ignores its signal), the caller
 * gets an answer when the time is up.
 */
async function withTimeout<T>(
  options: ContentLoadOptions,
  work: (url: string, fetchFn: typeof fetch, signal: AbortSignal) => Promise<T>,
  answers: { absent: T; problem: (url: string, problem: CustomContentProblem) => T },
): Promise<T> {
  const { absent, problem } = answers;
  const resolved = resolveContentUrl(options.configuredUrl, options.baseURI, options.origin);
  if (resolved.kind === 'none') return absent;
  if (resolved.kind === 'refused') {
    return problem(resolved.url, {
      path: ROOT_PATH,
      message: `the content URL ${JSON.stringify(resolved.url)} is not on this site’s origin (${options.origin}); only same-origin files are loaded`,
    });
  }
  const url = resolved.url.href;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(problem(url, timeoutProblem(options)));
    }, options.timeoutMs ?? CONTENT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work(url, options.fetch, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Bytes as text: UTF-8, or a problem that names the encoding it found instead. */
async function decodeBytes(
  bytes: Uint8Array,
): Promise<{ ok: true; text: string } | { ok: false; problem: CustomContentProblem }> {
  const text = decodeUtf8(bytes);
  if (text !== undefined) return { ok: true, text };
  // Not plainly UTF-8: the longer check names the encoding.
  const { decodeContentBytes } = await import('../content/decode-file');
  return decodeContentBytes(bytes);
}

/**
 * A file the user opened or dropped (the playground): the same size cap, refused unread, and
 * the same decoding as the site's file. `url` is the file's name.
 */
export async function readLocalContentFile(file: File): Promise<ContentFileRead> {
  if (file.size > MAX_CONTENT_BYTES) {
    return { status: 'problem', url: file.name, problem: tooLarge(file.size) };
  }
  try {
    const decoded = await decodeBytes(new Uint8Array(await file.arrayBuffer()));
    return decoded.ok
      ? { status: 'text', url: file.name, text: decoded.text }
      : { status: 'problem', url: file.name, problem: decoded.problem };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unexpected error';
    return {
      status: 'problem',
      url: file.name,
      problem: { path: ROOT_PATH, message: `could not be read (${reason})` },
    };
  }
}

async function readResolved(
  url: string,
  fetchFn: typeof fetch,
  signal: AbortSignal,
): Promise<ContentFileRead> {
  const problem = (message: string): ContentFileRead => ({
    status: 'problem',
    url,
    problem: { path: ROOT_PATH, message },
  });
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
      return { status: 'absent', missing: { url, reason: 'unreachable' } };
    }
    if (ABSENT_STATUSES.has(response.status)) {
      return { status: 'absent', missing: { url, reason: 'absent' } };
    }
    if (!response.ok) {
      return problem(`could not be loaded: the server answered HTTP ${response.status}`);
    }
    // A single-page-app host answers every unknown path with index.html: that is no file either.
    // (No `Accept: application/json` on the request, on purpose: such hosts would then answer
    // 404, which browsers log as a console error on every load of a site without a file.)
    // A host that labels the real file text/html still serves JSON, so the body decides.
    const servedAsHtml = /\btext\/html\b/i.test(response.headers.get('content-type') ?? '');
    const declared = Number(response.headers.get('content-length') ?? '');
    if (declared > MAX_CONTENT_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'problem', url, problem: tooLarge(declared) };
    }
    const bytes = await readCapped(response, MAX_CONTENT_BYTES);
    if (bytes === null) return { status: 'problem', url, problem: tooLarge(0) };
    const decoded = await decodeBytes(bytes);
    if (!decoded.ok) return { status: 'problem', url, problem: decoded.problem };
    if (servedAsHtml && !looksLikeJson(decoded.text)) {
      return { status: 'absent', missing: { url, reason: 'absent' } };
    }
    return { status: 'text', url, text: decoded.text };
  } catch (error) {
    // A failed download, or anything unforeseen: the app still starts, and says why.
    const reason = error instanceof Error ? error.message : 'unexpected error';
    return problem(`could not be read (${reason})`);
  }
}

async function toLoad(read: ContentFileRead): Promise<ContentLoad> {
  if (read.status === 'absent') {
    return read.missing ? { status: 'built-in', missing: read.missing } : BUILT_IN_LOAD;
  }
  if (read.status === 'problem') return invalid(read.url, read.problem);
  const { url, text } = read;
  if (isPlaceholder(text)) return BUILT_IN_LOAD;
  try {
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
    const reason = error instanceof Error ? error.message : 'unexpected error';
    return invalid(url, { path: ROOT_PATH, message: `could not be read (${reason})` });
  }
}

/**
 * The build ships an advisor.content.json that changes nothing (only `$schema`), so that a site
 * without content of its own answers 200 rather than a 404 that browsers log as a console error.
 * It is recognised without loading the schema.
 */
export function isPlaceholder(text: string): boolean {
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
