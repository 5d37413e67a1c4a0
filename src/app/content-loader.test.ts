import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { MAX_CONTENT_BYTES } from '../content/merge';
import {
  loadContent,
  readContentFile,
  readLocalContentFile,
  resolveContentUrl,
  teamContentUnavailable,
  type ContentLoad,
} from './content-loader';

const EXAMPLE = fs.readFileSync(
  new URL('../../examples/custom-content.json', import.meta.url),
  'utf8',
);

const PAGE = 'https://portal.example/tools/advisor/index.html';
const ORIGIN = 'https://portal.example';
const FILE_URL = 'https://portal.example/tools/advisor/advisor.content.json';

type FetchCall = [url: string, init: RequestInit | undefined];

function fakeFetch(respond: (url: string) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push([url, init]);
    return Promise.resolve(respond(url));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

function json(body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

async function load(
  respond: (url: string) => Response | Promise<Response>,
  extra: { configuredUrl?: string; timeoutMs?: number } = {},
): Promise<{ result: ContentLoad; calls: FetchCall[] }> {
  const { fetch, calls } = fakeFetch(respond);
  const result = await loadContent({ baseURI: PAGE, origin: ORIGIN, fetch, ...extra });
  return { result, calls };
}

describe('resolveContentUrl', () => {
  it('looks beside index.html, under any sub-path', () => {
    expect(resolveContentUrl(undefined, PAGE, ORIGIN)).toEqual({
      kind: 'url',
      url: new URL('https://portal.example/tools/advisor/advisor.content.json'),
    });
    expect(resolveContentUrl('', 'https://portal.example/a/b/', ORIGIN)).toEqual({
      kind: 'url',
      url: new URL('https://portal.example/a/b/advisor.content.json'),
    });
  });

  it('takes a configured URL relative to the page, or an absolute path on the same origin', () => {
    expect(resolveContentUrl('content/team.json', PAGE, ORIGIN)).toMatchObject({
      kind: 'url',
      url: new URL('https://portal.example/tools/advisor/content/team.json'),
    });
    expect(resolveContentUrl('/shared/advisor.json', PAGE, ORIGIN)).toMatchObject({
      kind: 'url',
      url: new URL('https://portal.example/shared/advisor.json'),
    });
  });

  it('refuses other origins and other schemes', () => {
    for (const configured of [
      'https://evil.example/advisor.content.json',
      '//evil.example/advisor.content.json',
      'http://portal.example/advisor.content.json',
      'javascript:alert(1)',
      'data:application/json,{}',
    ]) {
      expect(resolveContentUrl(configured, PAGE, ORIGIN).kind).toBe('refused');
    }
  });

  it('can be turned off, and is off for pages opened from a file', () => {
    expect(resolveContentUrl('none', PAGE, ORIGIN)).toEqual({ kind: 'none' });
    expect(resolveContentUrl(undefined, 'file:///tmp/dist/index.html', 'null')).toEqual({
      kind: 'none',
    });
  });
});

describe('loadContent', () => {
  it('merges a valid file over the built-in content', async () => {
    const { result, calls } = await load(() => json(EXAMPLE));
    expect(result.status).toBe('custom');
    expect(result.status === 'custom' && result.content.defaultTree).toBe('acme_platform');
    expect(calls).toHaveLength(1);
    const [url, init] = calls[0] ?? [];
    expect(url).toBe('https://portal.example/tools/advisor/advisor.content.json');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.redirect).toBe('error');
  });

  it('treats the placeholder the build ships (only $schema) as no custom content', async () => {
    const placeholder = fs.readFileSync(
      new URL('../../public/advisor.content.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(placeholder)).toEqual({ $schema: './content.schema.json' });
    for (const text of [placeholder, '{}', '\uFEFF{"$schema": "x"}']) {
      const { result } = await load(() => json(text));
      expect(result).toEqual({ status: 'built-in' });
      expect(teamContentUnavailable(result)).toBe(false);
    }
    // Anything more is a file to check.
    const { result } = await load(() => json('{"$schema": "x", "defaultTree": "full"}'));
    expect(result.status).toBe('custom');
  });

  it('treats a missing file as no custom content, silently, and remembers it was looked for', async () => {
    for (const status of [404, 403, 410]) {
      const { result } = await load(() => new Response('not found', { status }));
      expect(result).toEqual({ status: 'built-in', missing: { url: FILE_URL, reason: 'absent' } });
      expect(teamContentUnavailable(result)).toBe(true);
    }
  });

  it('treats a network error as no custom content, silently, and remembers it', async () => {
    const { result } = await load(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(result).toEqual({
      status: 'built-in',
      missing: { url: FILE_URL, reason: 'unreachable' },
    });
    expect(teamContentUnavailable(result)).toBe(true);
  });

  it('treats a host’s index.html fallback as no custom content', async () => {
    const { result } = await load(
      () =>
        new Response('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect(result).toEqual({ status: 'built-in', missing: { url: FILE_URL, reason: 'absent' } });
  });

  it('reads the real file even when the server labels it text/html', async () => {
    const { result } = await load(
      () => new Response(EXAMPLE, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    expect(result.status).toBe('custom');
  });

  it('names the encoding of a file that is not UTF-8', async () => {
    const utf16le = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(new TextEncoder().encode('{}'), (b) => [b, 0]).flat(),
    ]);
    const utf16be = new Uint8Array([
      0xfe,
      0xff,
      ...Array.from(new TextEncoder().encode('{}'), (b) => [0, b]).flat(),
    ]);
    const noBom = new Uint8Array(Array.from(new TextEncoder().encode('{ }'), (b) => [b, 0]).flat());
    const cases: [Uint8Array<ArrayBuffer>, RegExp][] = [
      [utf16le, /^is encoded as UTF-16LE \(it starts with a UTF-16LE byte-order mark\)/],
      [utf16be, /^is encoded as UTF-16BE \(it starts with a UTF-16BE byte-order mark\)/],
      [noBom, /^is encoded as UTF-16LE \(every other byte is 0\)/],
      // "é" in Latin-1, inside an otherwise valid file: no silent U+FFFD.
      [
        new Uint8Array([0x7b, 0x22, 0x61, 0xe9, 0x22, 0x7d]),
        /^is not valid UTF-8 \(first bad byte at offset 3\)/,
      ],
    ];
    for (const [bytes, message] of cases) {
      const { result } = await load(() => new Response(bytes));
      expect(result.status).toBe('invalid');
      expect(result.status === 'invalid' && result.problems[0]?.message).toMatch(message);
    }
  });

  it('reports a malformed $schema instead of taking the file for the placeholder', async () => {
    for (const text of ['{"$schema": [["x"]]}', '{"$schema": 5}', '{"$schema": null}']) {
      const { result } = await load(() => json(text));
      expect(result.status).toBe('invalid');
      expect(result.status === 'invalid' && result.problems[0]?.path).toBe('$schema');
    }
  });

  it('reports a server error', async () => {
    const { result } = await load(() => new Response('oops', { status: 500 }));
    expect(result.status === 'invalid' && result.problems).toEqual([
      { path: '(root)', message: 'could not be loaded: the server answered HTTP 500' },
    ]);
  });

  it('reports invalid JSON and keeps the built-in content', async () => {
    const { result } = await load(() => json('{"trees": ['));
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.problems[0]?.message).toMatch(
      /^is not valid JSON/,
    );
  });

  it('reports every schema and integrity problem by path and node', async () => {
    const broken = JSON.parse(EXAMPLE) as {
      trees: { nodes: { id: string; runtime?: string; text?: { zh?: string } }[] }[];
    };
    const nodes = broken.trees[0]?.nodes ?? [];
    const index = nodes.findIndex((node) => node.runtime === 'kata_fc');
    const outcome = nodes[index];
    if (outcome) outcome.runtime = 'firecracker';
    const { result } = await load(() => json(JSON.stringify(broken)));
    expect(result.status === 'invalid' && result.problems).toEqual([
      {
        path: `trees[0].nodes[${index}].runtime`,
        nodeId: 'acme_kata_fc',
        message:
          'unknown runtime "firecracker" (known runtimes: wasmedge, runc, kata, gvisor, kata_fc)',
      },
    ]);
  });

  it('refuses a file that says it is over the size cap, without reading it', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error('the body must not be read');
      },
    });
    const { result } = await load(
      () =>
        new Response(body, {
          headers: { 'content-length': String(MAX_CONTENT_BYTES + 1) },
        }),
    );
    expect(result.status === 'invalid' && result.problems[0]?.message).toMatch(
      /^is larger than 1 MB/,
    );
  });

  it('stops reading a file that grows past the size cap', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const { result } = await load(() => new Response(endless));
    expect(result.status === 'invalid' && result.problems[0]?.message).toMatch(
      /^is larger than 1 MB/,
    );
    expect(pulled * chunk.byteLength).toBeLessThan(MAX_CONTENT_BYTES + 4 * chunk.byteLength);
  });

  it('refuses a configured URL on another origin without requesting it', async () => {
    const { result, calls } = await load(() => json('{}'), {
      configuredUrl: 'https://cdn.example/advisor.content.json',
    });
    expect(calls).toEqual([]);
    expect(result.status === 'invalid' && result.problems[0]?.message).toContain(
      'is not on this site’s origin',
    );
  });

  it('makes no request when turned off', async () => {
    const { result, calls } = await load(() => json('{}'), { configuredUrl: 'none' });
    expect(calls).toEqual([]);
    expect(result.status).toBe('built-in');
  });

  it('gives up on a request that hangs, and says so', async () => {
    const { result } = await load(
      () =>
        new Promise<Response>(() => {
          // never settles
        }),
      { timeoutMs: 20 },
    );
    // The fake fetch ignores the abort signal, like a stuck server; the loader must not wait.
    expect(result.status === 'invalid' && result.problems).toEqual([
      {
        path: '(root)',
        message: 'did not arrive within 0.02 s; the app started with the built-in content',
      },
    ]);
  });
});

describe('readContentFile (the playground’s “this site’s file”)', () => {
  const read = (respond: (url: string) => Response, extra: { configuredUrl?: string } = {}) =>
    readContentFile({ baseURI: PAGE, origin: ORIGIN, fetch: fakeFetch(respond).fetch, ...extra });

  it('gives the text of the file the app loads, unparsed, the placeholder included', async () => {
    expect(await read(() => json(EXAMPLE))).toEqual({
      status: 'text',
      url: 'https://portal.example/tools/advisor/advisor.content.json',
      text: EXAMPLE,
    });
    const placeholder = '{ "$schema": "./content.schema.json" }';
    expect(await read(() => json(placeholder))).toMatchObject({ text: placeholder });
  });

  it('says there is no file as the start-up load does', async () => {
    expect(await read(() => new Response('', { status: 404 }))).toMatchObject({
      status: 'absent',
      missing: { reason: 'absent' },
    });
    expect(
      await read(
        () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      ),
    ).toMatchObject({ status: 'absent', missing: { reason: 'absent' } });
    expect(await read(() => json('{}'), { configuredUrl: 'none' })).toEqual({ status: 'absent' });
  });

  it('reports what the start-up load reports, without parsing', async () => {
    const failed = await read(() => new Response('', { status: 500 }));
    expect(failed.status === 'problem' && failed.problem.message).toMatch(/HTTP 500/);
    const big = await read(() => json('{}', { 'content-length': String(MAX_CONTENT_BYTES + 1) }));
    expect(big.status === 'problem' && big.problem.message).toMatch(/^is larger than 1 MB/);
    const broken = await read(() => json('{ not json'));
    expect(broken).toMatchObject({ status: 'text', text: '{ not json' });
  });
});

describe('readLocalContentFile (a file opened or dropped in the playground)', () => {
  it('reads the text, without a byte order mark', async () => {
    const file = new File(['\uFEFF{"trees": []}'], 'team.json');
    expect(await readLocalContentFile(file)).toEqual({
      status: 'text',
      url: 'team.json',
      text: '{"trees": []}',
    });
  });

  it('refuses a file over the size cap unread', async () => {
    const file = new File([new Uint8Array(MAX_CONTENT_BYTES + 1)], 'huge.json');
    const spy = vi.spyOn(file, 'arrayBuffer');
    const result = await readLocalContentFile(file);
    expect(result.status === 'problem' && result.problem.message).toMatch(/^is larger than 1 MB/);
    expect(spy).not.toHaveBeenCalled();
  });
});
