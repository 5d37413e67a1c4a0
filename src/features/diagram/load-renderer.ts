// The Mermaid wrapper lives in its own chunk. main.tsx starts fetching it at start-up, in
// parallel with the first render, and the diagram awaits the same promise. If the chunk cannot
// be fetched (offline, a redeploy removed it) the promise stays rejected and the diagram shows
// the outline: retrying an import that just failed would only fail again until a reload.
type Renderer = typeof import('../../lib/mermaid');

let loading: Promise<Renderer> | undefined;

export function loadDiagramRenderer(): Promise<Renderer> {
  loading ??= import('../../lib/mermaid');
  return loading;
}
