// The page `npm run render-diagrams` opens in headless Chromium: the app's own Mermaid wrapper
// (same pinned Mermaid, same configuration) and the app's global styles, so that labels are
// measured under the same rules as a live render in the app.
import { renderDiagramUncached } from '../../src/lib/mermaid';
import type { RenderedDiagram, RenderRequest } from '../../src/lib/mermaid-config';
import '../../src/styles/global.css';

declare global {
  interface Window {
    renderDrawing: (request: RenderRequest) => Promise<RenderedDiagram>;
  }
}

window.renderDrawing = (request) => renderDiagramUncached(request);
document.body.dataset.ready = 'true';
