// A chunk that fails to load usually means a redeploy replaced the files this page was built
// against (or the network dropped). One reload fetches the new index.html and its chunks, and
// nothing is lost: the state lives in the URL. The reload is guarded by a timestamp in
// sessionStorage, so a chunk that stays missing ends in a message instead of a reload loop; if
// sessionStorage cannot be used (partitioned iframe, privacy mode), there is no guard and so no
// reload: the error component says what happened instead.

const FLAG_KEY = 'runtime-advisor:chunk-reload';

/**
 * A failure this soon after our own reload means reloading did not help. Long enough to cover a
 * slow page load, short enough that a second redeploy later in the session reloads again.
 */
export const RELOAD_WINDOW_MS = 60_000;

/**
 * TanStack Router's lazy route components reload once on their own, keyed by the error message,
 * with no time window and with unguarded storage access. Marking their key whenever we decide
 * keeps a single reload policy: ours.
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
}

export interface ChunkReloader {
  /**
   * Handles a chunk that failed to load. Returns true when a reload is under way (show a quiet
   * loading state), false when the page must show the error. Never throws.
   */
  handle: (error: unknown) => boolean;
  /** A reload has been started by this page. */
  reloading: () => boolean;
  /** For useSyncExternalStore: called when `reloading` changes. */
  subscribe: (listener: () => void) => () => void;
  /** Some chunk failed to load on this page (the error shown may be a follow-on error). */
  failed: () => boolean;
}

export function createChunkReloader(env: ChunkReloadEnvironment): ChunkReloader {
  let reloading = false;
  let failed = false;
  const listeners = new Set<() => void>();
  const setReloading = (value: boolean) => {
    reloading = value;
    for (const listener of listeners) listener();
  };

  const decide = (error: unknown): boolean => {
    try {
      const storage = env.storage();
      const message = error instanceof Error ? error.message : '';
      if (message) storage.setItem(ROUTER_RELOAD_PREFIX + message, '1');
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

  return {
    handle(error) {
      failed = true;
      if (reloading) return true;
      if (!decide(error)) return false;
      try {
        env.reload();
      } catch {
        return false;
      }
      setReloading(true);
      return true;
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

/** The page's reloader; only the browser entry point installs it (see installChunkReload). */
export const chunkReloader: ChunkReloader = createChunkReloader({
  storage: () => window.sessionStorage,
  now: () => Date.now(),
  reload: () => {
    window.location.reload();
  },
});

/**
 * Vite dispatches `vite:preloadError` when a lazily imported chunk fails, whether it could not be
 * loaded or threw while evaluating. Only load failures are a sign of a redeploy; a chunk that
 * throws is a bug that a reload cannot fix. Either way the error also reaches the route, whose
 * error component shows a quiet "loading the latest version" line or what went wrong.
 */
export function installChunkReload(target: Window = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    if (isChunkLoadError(event.payload)) chunkReloader.handle(event.payload);
  });
}
