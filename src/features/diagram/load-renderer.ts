// The Mermaid wrapper lives in its own chunks, outside the entry, and loads only when a drawing
// is needed that the build did not make (a team's tree, or labels that do not fit the reader's
// fonts). If a chunk cannot be fetched (offline, a redeploy removed it) the diagram shows the
// outline; the next diagram that asks tries the load again.
import { lazyModule } from '../../lib/lazy-module';

const rendererModule = lazyModule(() => import('../../lib/mermaid'));

export function loadDiagramRenderer(): Promise<typeof import('../../lib/mermaid')> {
  return rendererModule.load();
}
