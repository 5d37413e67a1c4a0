// Code that only an interaction or a scroll needs arrives through import(). Every such import
// goes through this one helper, so each module is requested once however many places ask for
// it, and a failed request (offline, a redeploy removed the chunk) is forgotten: the next ask
// tries again instead of repeating the old failure until a reload.

/** A module that loads once, on first use; a failed load may be tried again later. */
export interface LazyModule<M> {
  load: () => Promise<M>;
  /** The module if it has loaded already, so a view that mounts again renders at once. */
  loaded: () => M | undefined;
}

export function lazyModule<M>(importModule: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load: () => {
      pending ??= importModule().then(
        (ready) => {
          module = ready;
          return ready;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => module,
  };
}
