// A chunk that fails to load means one of two things: the connection dropped (offline, a flaky
// network), or a redeploy replaced the files this page was built against. Only the second is
// helped by a full reload: it fetches the new index.html and its chunks, and nothing is lost,
// as the state lives in the URL. Reloading while offline replaces the app with the browser's
// error page, and reloading the same version cannot bring back a file it lacks. So the page
// reloads only once it knows there is a new deployment: the browser says it is online, and the
// index.html on the server names other assets than the ones this page was started with.
// Otherwise the part that failed says so in place, with a Retry that imports it again.
//
// The reload is also guarded by a timestamp in sessionStorage, so a chunk that stays missing
// ends in a message instead of a reload loop; if sessionStorage cannot be used (partitioned
// iframe, privacy mode), there is no guard and so no reload.

const FLAG_KEY = 'runtime-advisor:chunk-reload';

/**
 * A failure this soon after our own reload means reloading did not help. Long enough to cover a
 * slow page load, short enough that a second redeploy later in the session reloads again.
 */
export const RELOAD_WINDOW_MS = 60_000;

/**
 * TanStack Router's lazy route components reload once on their own, keyed by the error message,
 * with no time window, no check for a connection and unguarded storage access. Marking their
 * key on every chunk failure keeps a single reload policy: ours.
 */
const ROUTER_RELOAD_PREFIX = 'tanstack_router_reload:';

const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to load module script/i;

export function isChunkLoadError(error: unknown): boolean {
  try {
    const message =
      error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
    return message !== undefined && CHUNK_ERROR.test(message);
  } catch {
    return false;
  }
}

export interface ChunkReloadEnvironment {
  /** May throw, as `window.sessionStorage` does in a partitioned iframe. */
  storage: () => Storage;
  now: () => number;
  reload: () => void;
  /** False when the browser knows it is offline (`navigator.onLine`). */
  online: () => boolean;
  /** The assets this page was started with (its index.html's scripts and styles). */
  loadedAssets: () => readonly string[];
  /**
   * The assets the index.html on the server names now. Rejects when it cannot be fetched (then
   * nothing is known, and nothing reloads); resolves empty when the answer names none.
   */
  deployedAssets: () => Promise<readonly string[]>;
}

/** What became of a chunk failure: a reload under way, or why the page stays as it is. */
export type ChunkRecovery = 'reloading' | 'offline' | 'same-version';

export interface ChunkReloader {
  /**
   * A chunk failed to load: remembers it, and marks the router's own reload as done. Never
   * reloads (a preload on hover fails the same way). Synchronous, so the router sees the mark
   * before it handles the same failure.
   */
  noteFailure: (error: unknown) => void;
  /**
   * Looks for a new deployment and reloads (once, guarded) if there is one. Resolves to what
   * happened; never rejects. Calls made while one check runs share it.
   */
  recover: (error?: unknown) => Promise<ChunkRecovery>;
  /** A reload has been started by this page. */
  reloading: () => boolean;
  /** For useSyncExternalStore: called when `reloading` changes. */
  subscribe: (listener: () => void) => () => void;
  /** Some chunk failed to load on this page (the error shown may be a follow-on error). */
  failed: () => boolean;
}

/** The same set of assets, whatever the order (hosts may reorder tags when they inject CSP). */
function sameAssets(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((asset) => right.has(asset));
}

export function createChunkReloader(env: ChunkReloadEnvironment): ChunkReloader {
  let reloading = false;
  let failed = false;
  let checking: Promise<ChunkRecovery> | undefined;
  const listeners = new Set<() => void>();
  const setReloading = (value: boolean) => {
    reloading = value;
    for (const listener of listeners) listener();
  };

  const markRouterKey = (error: unknown) => {
    try {
      const message = error instanceof Error ? error.message : '';
      if (message) env.storage().setItem(ROUTER_RELOAD_PREFIX + message, '1');
    } catch {
      // No storage: the router's own reload cannot use it either.
    }
  };

  /** The guard: true when this page may reload now (and the flag for the next one is set). */
  const mayReload = (): boolean => {
    try {
      const storage = env.storage();
      const now = env.now();
      const last = Number(storage.getItem(FLAG_KEY));
      // A flag from the future (clock changed) counts as recent: never risk a loop.
      if (last > 0 && now - last < RELOAD_WINDOW_MS) return false;
      const stamp = String(now);
      storage.setItem(FLAG_KEY, stamp);
      // Without a flag that sticks, the next page could not tell that it was reloaded.
      return storage.getItem(FLAG_KEY) === stamp;
    } catch {
      return false;
    }
  };

  const isOnline = (): boolean => {
    try {
      return env.online();
    } catch {
      return true;
    }
  };

  const check = async (): Promise<ChunkRecovery> => {
    if (!isOnline()) return 'offline';
    let deployed: readonly string[];
    try {
      deployed = await env.deployedAssets();
    } catch {
      // The server could not be reached: as good as offline.
      return 'offline';
    }
    // An answer that names no assets (a login page, an error page) says nothing of a redeploy.
    if (deployed.length === 0 || sameAssets(deployed, env.loadedAssets())) return 'same-version';
    if (reloading) return 'reloading';
    if (!mayReload()) return 'same-version';
    try {
      env.reload();
    } catch {
      return 'same-version';
    }
    setReloading(true);
    return 'reloading';
  };

  return {
    noteFailure(error) {
      failed = true;
      markRouterKey(error);
    },
    recover(error) {
      failed = true;
      if (error !== undefined) markRouterKey(error);
      if (reloading) return Promise.resolve('reloading');
      checking ??= check()
        .catch((): ChunkRecovery => 'same-version')
        .finally(() => {
          checking = undefined;
        });
      return checking;
    },
    reloading: () => reloading,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    failed: () => failed,
  };
}

/** The scripts and styles an index.html names, as absolute URLs. */
export function assetsOf(doc: Document, base: string): string[] {
  const assets: string[] = [];
  // What the start-up script adds (data-startup-hint: the app's entry and its preloads, the
  // first page's hints) is not index.html's: the start-up script's own name changes with them.
  const selector = [
    'script[src]:not([data-startup-hint])',
    'link[rel="modulepreload"][href]:not([data-startup-hint])',
    'link[rel="stylesheet"][href]:not([data-startup-hint])',
  ].join(', ');
  for (const element of doc.querySelectorAll(selector)) {
    const value = element.getAttribute('src') ?? element.getAttribute('href');
    if (value === null) continue;
    try {
      assets.push(new URL(value, base).href);
    } catch {
      // An unusable URL is no evidence either way.
    }
  }
  return assets;
}

/** Where index.html lives (the build's base), so the check asks for the page's own file. */
function indexUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}

// Read once, before any lazy chunk adds its own preload links to the document.
let startAssets: string[] | undefined;

/** The page's reloader; only the browser entry point installs it (see installChunkReload). */
export const chunkReloader: ChunkReloader = createChunkReloader({
  storage: () => window.sessionStorage,
  now: () => Date.now(),
  reload: () => {
    window.location.reload();
  },
  online: () => navigator.onLine,
  loadedAssets: () => startAssets ?? assetsOf(document, document.baseURI),
  deployedAssets: async () => {
    const url = indexUrl();
    const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
    const html = await response.text();
    return assetsOf(new DOMParser().parseFromString(html, 'text/html'), response.url || url);
  },
});

/**
 * Vite dispatches `vite:preloadError` when a lazily imported chunk fails, whether it could not be
 * loaded or threw while evaluating; so do hover preloads. Only load failures are a sign of a
 * redeploy or a lost connection, and the handler only notes them: the part of the page that
 * needed the chunk says so in place, and the route's error component, or a Retry, decides
 * whether a reload would help.
 */
export function installChunkReload(target: Window = window): void {
  startAssets = assetsOf(target.document, target.document.baseURI);
  target.addEventListener('vite:preloadError', (event) => {
    if (isChunkLoadError(event.payload)) chunkReloader.noteFailure(event.payload);
  });
}
