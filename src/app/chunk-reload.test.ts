// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { assetsOf, createChunkReloader, isChunkLoadError, RELOAD_WINDOW_MS } from './chunk-reload';

/** sessionStorage as a Map; it survives "reloads" because each page gets a new reloader. */
class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

const chunkError = () =>
  new TypeError('Failed to fetch dynamically imported module: https://x.test/assets/wizard-1.js');

const OLD = ['https://x.test/assets/index-1.js', 'https://x.test/assets/index-1.css'];
const NEW = ['https://x.test/assets/index-2.js', 'https://x.test/assets/index-2.css'];

interface Server {
  /** What index.html on the server names now; `offline` makes the request fail. */
  assets: readonly string[] | 'offline';
  online: boolean;
  requests: number;
}

function page(storage: () => Storage, clock: { now: number }, server: Server) {
  let reloads = 0;
  const reloader = createChunkReloader({
    storage,
    now: () => clock.now,
    reload: () => {
      reloads += 1;
    },
    online: () => server.online,
    loadedAssets: () => OLD,
    deployedAssets: () => {
      server.requests += 1;
      const { assets } = server;
      return assets === 'offline'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(assets);
    },
  });
  return { reloader, reloads: () => reloads };
}

const redeployed = (): Server => ({ assets: NEW, online: true, requests: 0 });

describe('the chunk reload', () => {
  it('reloads when the server has a new deployment, then shows the error if that did not help', async () => {
    const storage = new MemoryStorage();
    const clock = { now: 1_000_000 };
    const server = redeployed();
    const first = page(() => storage, clock, server);
    await expect(first.reloader.recover(chunkError())).resolves.toBe('reloading');
    expect(first.reloads()).toBe(1);
    expect(first.reloader.reloading()).toBe(true);

    clock.now += 2_000;
    const second = page(() => storage, clock, server);
    await expect(second.reloader.recover(chunkError())).resolves.toBe('same-version');
    expect(second.reloads()).toBe(0);
    expect(second.reloader.failed()).toBe(true);
  });

  it('never reloads while offline: the browser says so, or the server cannot be reached', async () => {
    const storage = new MemoryStorage();
    const flagged = { assets: NEW, online: false, requests: 0 };
    const offline = page(() => storage, { now: 1 }, flagged);
    await expect(offline.reloader.recover(chunkError())).resolves.toBe('offline');
    // navigator.onLine false: not even the check goes out.
    expect(flagged.requests).toBe(0);
    const unreachable = page(
      () => storage,
      { now: 1 },
      { assets: 'offline', online: true, requests: 0 },
    );
    await expect(unreachable.reloader.recover(chunkError())).resolves.toBe('offline');
    expect(offline.reloads() + unreachable.reloads()).toBe(0);
  });

  it('does not reload the same version: it could not bring back a file it lacks', async () => {
    const storage = new MemoryStorage();
    const same = page(
      () => storage,
      { now: 1 },
      { assets: [...OLD].reverse(), online: true, requests: 0 },
    );
    await expect(same.reloader.recover(chunkError())).resolves.toBe('same-version');
    // An answer that names no assets at all (a login or error page) proves nothing either.
    const blank = page(() => storage, { now: 1 }, { assets: [], online: true, requests: 0 });
    await expect(blank.reloader.recover(chunkError())).resolves.toBe('same-version');
    expect(same.reloads() + blank.reloads()).toBe(0);
  });

  it('only notes a failure (a preload on hover): no check, no reload', () => {
    const storage = new MemoryStorage();
    const server = redeployed();
    const current = page(() => storage, { now: 1 }, server);
    current.reloader.noteFailure(chunkError());
    expect(current.reloader.failed()).toBe(true);
    expect(server.requests).toBe(0);
    expect(current.reloads()).toBe(0);
  });

  it('asks for one reload per page however many chunks fail, sharing one check', async () => {
    const storage = new MemoryStorage();
    const server = redeployed();
    const current = page(() => storage, { now: 5_000_000 }, server);
    const results = await Promise.all([
      current.reloader.recover(chunkError()),
      current.reloader.recover(new Error('Unable to preload CSS for x.css')),
    ]);
    expect(results).toEqual(['reloading', 'reloading']);
    await expect(current.reloader.recover()).resolves.toBe('reloading');
    expect(current.reloads()).toBe(1);
    expect(server.requests).toBe(1);
  });

  it('reloads again for a failure long after the last reload (a later redeploy)', async () => {
    const storage = new MemoryStorage();
    const clock = { now: 1_000_000 };
    await page(() => storage, clock, redeployed()).reloader.recover(chunkError());
    clock.now += RELOAD_WINDOW_MS + 1;
    const later = page(() => storage, clock, redeployed());
    await expect(later.reloader.recover(chunkError())).resolves.toBe('reloading');
    expect(later.reloads()).toBe(1);
  });

  it('never reloads when the flag is from the future (clock changed)', async () => {
    const storage = new MemoryStorage();
    await page(() => storage, { now: 9_000_000 }, redeployed()).reloader.recover(chunkError());
    const earlier = page(() => storage, { now: 1_000_000 }, redeployed());
    await expect(earlier.reloader.recover(chunkError())).resolves.toBe('same-version');
  });

  it('does not reload, and does not throw, when sessionStorage throws', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const current = page(denied, { now: 1 }, redeployed());
    current.reloader.noteFailure(chunkError());
    await expect(current.reloader.recover(chunkError())).resolves.toBe('same-version');
    expect(current.reloads()).toBe(0);
    expect(current.reloader.failed()).toBe(true);
  });

  it('does not reload when the flag cannot be written (storage full or read-only)', async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const readOnly = new MemoryStorage();
    readOnly.setItem = () => undefined;
    const full = page(() => storage, { now: 1 }, redeployed());
    const fixed = page(() => readOnly, { now: 1 }, redeployed());
    await expect(full.reloader.recover(chunkError())).resolves.toBe('same-version');
    await expect(fixed.reloader.recover(chunkError())).resolves.toBe('same-version');
  });

  it("marks the router's own reload key on any failure, so there is only one reload policy", () => {
    const storage = new MemoryStorage();
    const error = chunkError();
    page(() => storage, { now: 1 }, redeployed()).reloader.noteFailure(error);
    expect(storage.getItem(`tanstack_router_reload:${error.message}`)).toBe('1');
  });
});

describe('assetsOf', () => {
  it('lists the scripts and styles of an index.html as absolute URLs', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="./favicon.svg">
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" href="./assets/jsx-B.js">
      <link rel="stylesheet" href="./assets/index-C.css">
      </head><body></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(assetsOf(doc, 'https://portal.example/tools/advisor/')).toEqual([
      'https://portal.example/tools/advisor/assets/index-A.js',
      'https://portal.example/tools/advisor/assets/jsx-B.js',
      'https://portal.example/tools/advisor/assets/index-C.css',
    ]);
  });

  it('leaves out what the start-up script adds: the entry, its preloads, the first page’s hints', () => {
    const html = `<!doctype html><html><head>
      <script src="./assets/startup-S.js"></script>
      <script type="module" src="./assets/index-A.js" data-startup-hint></script>
      <link rel="modulepreload" href="./assets/framework-F.js" data-startup-hint>
      <link rel="modulepreload" href="./assets/wizard-W.js" data-startup-hint>
      <link rel="stylesheet" href="./assets/wizard-W.css" data-startup-hint>
      <link rel="stylesheet" href="./assets/index-C.css">
      </head><body></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(assetsOf(doc, 'https://portal.example/')).toEqual([
      'https://portal.example/assets/startup-S.js',
      'https://portal.example/assets/index-C.css',
    ]);
  });
});

describe('isChunkLoadError', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://h/assets/a.js',
    'error loading dynamically imported module: http://h/assets/a.js',
    'Importing a module script failed.',
    'Unable to preload CSS for ./assets/a.css',
  ])('recognises the browsers’ wording: %s', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('does not mistake other errors for chunk failures', () => {
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError(undefined)).toBe(false);
    expect(isChunkLoadError({ message: 'Failed to fetch dynamically imported module' })).toBe(
      false,
    );
  });
});
