// The Mermaid wrapper lives in its own chunks, outside the entry, and loads only when a drawing
// is needed that the build did not make (a team's tree, or labels that do not fit the reader's
// fonts). If a chunk cannot be fetched (offline, a redeploy removed it) the promise stays
// rejected and the diagram shows the outline: retrying an import that just failed would only
// fail again until a reload.
type Renderer = typeof import('../../lib/mermaid');

let loading: Promise<Renderer> | undefined;

export function loadDiagramRenderer(): Promise<Renderer> {
  loading ??= import('../../lib/mermaid');
  return loading;
}
