import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './serve-static.mjs';

let outer: string;
let dir: string;
let origin: string;
let close: () => void;

beforeAll(async () => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-'));
  dir = path.join(outer, 'site');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<script src="http://app.test/embed.js"></script>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(path.join(outer, 'secret.txt'), 'secret');
  const server = createStaticServer({
    dir,
    prefix: '/portal/tools/advisor',
    replace: [['http://app.test/', 'http://127.0.0.1:9/']],
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => {
  close();
  fs.rmSync(outer, { recursive: true, force: true });
});

const get = (url: string) => fetch(`${origin}${url}`, { redirect: 'manual' });

describe('serve-static', () => {
  it('serves the directory under the prefix, index.html for the directory itself', async () => {
    const index = await get('/portal/tools/advisor/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    // HTML gets the --replace rewrite; other files are served byte for byte.
    expect(await index.text()).toBe('<script src="http://127.0.0.1:9/embed.js"></script>');
    const script = await get('/portal/tools/advisor/assets/app.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toBe('export {};');
  });

  it('redirects the prefix without its slash, so relative asset URLs resolve', async () => {
    const response = await get('/portal/tools/advisor');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/portal/tools/advisor/');
  });

  it('answers 404 outside the prefix and for missing files, and never leaves the directory', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await get('/index.html')).status).toBe(404);
    expect((await get('/portal/tools/advisor/missing.js')).status).toBe(404);
    expect((await get('/portal/tools/advisor/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/portal/tools/advisor/..%2fsecret.txt')).status).toBe(404);
    expect((await get('/portal/tools/advisor/%00')).status).toBe(400);
    expect((await get('/portal/tools/advisor/%E0%A4%A')).status).toBe(400);
  });
});
