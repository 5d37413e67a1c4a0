// The Mermaid wrapper lives in its own chunks, outside the entry. prepare-diagram.ts starts
// loading them at start-up, once the page's own code has loaded, and the diagram awaits the
// same promise. If a chunk cannot be fetched (offline, a redeploy removed it) the diagram shows
// the outline, and a Retry asks again (browsers do not remember a failed import: once the
// connection is back, it loads).
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
    loading = import('../../lib/mermaid').catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  }
  return loading;
}
