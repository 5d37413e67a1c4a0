import { describe, expect, it } from 'vitest';
import { createChunkReloader, isChunkLoadError, RELOAD_WINDOW_MS } from './chunk-reload';

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

function page(storage: () => Storage, clock: { now: number }) {
  let reloads = 0;
  const reloader = createChunkReloader({
    storage,
    now: () => clock.now,
    reload: () => {
      reloads += 1;
    },
  });
  return { reloader, reloads: () => reloads };
}

describe('the guarded chunk reload', () => {
  it('reloads once, then shows the error if the chunk is still missing', () => {
    const storage = new MemoryStorage();
    const clock = { now: 1_000_000 };
    const first = page(() => storage, clock);
    expect(first.reloader.handle(chunkError())).toBe(true);
    expect(first.reloads()).toBe(1);
    expect(first.reloader.reloading()).toBe(true);

    clock.now += 2_000;
    const second = page(() => storage, clock);
    expect(second.reloader.handle(chunkError())).toBe(false);
    expect(second.reloads()).toBe(0);
    expect(second.reloader.failed()).toBe(true);
  });

  it('asks for one reload per page however many chunks fail', () => {
    const storage = new MemoryStorage();
    const current = page(() => storage, { now: 5_000_000 });
    expect(current.reloader.handle(chunkError())).toBe(true);
    expect(current.reloader.handle(new Error('Unable to preload CSS for x.css'))).toBe(true);
    expect(current.reloads()).toBe(1);
  });

  it('reloads again for a failure long after the last reload (a later redeploy)', () => {
    const storage = new MemoryStorage();
    const clock = { now: 1_000_000 };
    page(() => storage, clock).reloader.handle(chunkError());
    clock.now += RELOAD_WINDOW_MS + 1;
    const later = page(() => storage, clock);
    expect(later.reloader.handle(chunkError())).toBe(true);
    expect(later.reloads()).toBe(1);
  });

  it('never reloads when the flag is from the future (clock changed)', () => {
    const storage = new MemoryStorage();
    page(() => storage, { now: 9_000_000 }).reloader.handle(chunkError());
    const earlier = page(() => storage, { now: 1_000_000 });
    expect(earlier.reloader.handle(chunkError())).toBe(false);
  });

  it('does not reload, and does not throw, when sessionStorage throws', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const current = page(denied, { now: 1 });
    expect(current.reloader.handle(chunkError())).toBe(false);
    expect(current.reloads()).toBe(0);
    expect(current.reloader.failed()).toBe(true);
  });

  it('does not reload when the flag cannot be written (storage full or read-only)', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const readOnly = new MemoryStorage();
    readOnly.setItem = () => undefined;
    expect(page(() => storage, { now: 1 }).reloader.handle(chunkError())).toBe(false);
    expect(page(() => readOnly, { now: 1 }).reloader.handle(chunkError())).toBe(false);
  });

  it("marks the router's own reload key, so there is only one reload policy", () => {
    const storage = new MemoryStorage();
    const error = chunkError();
    page(() => storage, { now: 1 }).reloader.handle(error);
    expect(storage.getItem(`tanstack_router_reload:${error.message}`)).toBe('1');
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
