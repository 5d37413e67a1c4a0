// The Mermaid wrapper lives in its own chunks, outside the entry. prepare-diagram.ts starts
// loading them at start-up, once the page's own code has loaded, and the diagram awaits the
// same promise. If a chunk cannot be fetched (offline, a redeploy removed it) the promise stays
// rejected and the diagram shows the outline: retrying an import that just failed would only
// fail again until a reload.
//
// The flowchart's own code and its layout engine are requested at the same moment (see
// lib/mermaid-preload.ts): Mermaid would otherwise ask for them only when the first render
// starts, two more rounds of requests later.
import { preloadFlowchartModules } from '../../lib/mermaid-preload';

type Renderer = typeof import('../../lib/mermaid');

let loading: Promise<Renderer> | undefined;

export function loadDiagramRenderer(): Promise<Renderer> {
  if (!loading) {
    void preloadFlowchartModules();
    loading = import('../../lib/mermaid');
  }
  return loading;
}
