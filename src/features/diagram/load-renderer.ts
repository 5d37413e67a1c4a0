// The Mermaid wrapper lives in its own chunks. index.html lists them as modulepreload (see
// scripts/vite-preload-diagram.ts), so the browser fetches them while it parses the page;
// main.tsx imports them right after the first render is scheduled, and the diagram awaits the
// same promise. If a chunk cannot be fetched (offline, a redeploy removed it) the promise stays
// rejected and the diagram shows the outline: retrying an import that just failed would only
// fail again until a reload.
type Renderer = typeof import('../../lib/mermaid');

let loading: Promise<Renderer> | undefined;

export function loadDiagramRenderer(): Promise<Renderer> {
  loading ??= import('../../lib/mermaid');
  return loading;
}
