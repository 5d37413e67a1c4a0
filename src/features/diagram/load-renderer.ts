// The Mermaid wrapper lives in its own chunks, outside the entry. prepare-diagram.ts starts
// loading them at start-up, once the page's own code has loaded, and the diagram awaits the
// same load. If a chunk cannot be fetched (offline, a redeploy removed it) the diagram shows
// the outline; the next diagram that asks tries the load again.
import { lazyModule } from '../../lib/lazy-module';

const rendererModule = lazyModule(() => import('../../lib/mermaid'));

export function loadDiagramRenderer(): Promise<typeof import('../../lib/mermaid')> {
  return rendererModule.load();
}
