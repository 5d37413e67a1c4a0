// The one module that imports Mermaid. It is loaded lazily (its own chunk), and only when a
// drawing is needed that the build did not make: a team's tree, or labels that did not fit the
// reader's fonts (src/features/diagram/drawings). Initialised once, it renders each (tree,
// language, theme) once: the SVG text is cached, so answering a question, switching views or
// coming back to the page never re-renders. Path marks are not Mermaid's business: the diagram
// feature labels a drawing (live or built) with the tree's ids (features/diagram/annotate.ts)
// and sets attributes on it, styled by the CSS in mermaid-config.ts.
import mermaid, { type MermaidConfig } from 'mermaid';
import {
  MERMAID_CONFIG,
  renderIdFor,
  themedSource,
  type RenderedDiagram,
  type RenderRequest,
} from './mermaid-config';

export {
  renderIdFor,
  type DiagramTheme,
  type RenderedDiagram,
  type RenderRequest,
} from './mermaid-config';

let initialised = false;
const cache = new Map<string, Promise<RenderedDiagram>>();

function initialise(): void {
  if (initialised) return;
  initialised = true;
  const config: MermaidConfig = MERMAID_CONFIG;
  mermaid.initialize(config);
}

/** Renders once per (tree, language, theme) and source; later calls get the cached result. */
export function renderDiagram(request: RenderRequest): Promise<RenderedDiagram> {
  const renderId = renderIdFor(request);
  const cached = cache.get(renderId);
  if (cached) return cached;
  const rendering = renderDiagramUncached(request);
  // A failed render is not kept: the next request may try again.
  rendering.catch(() => cache.delete(renderId));
  cache.set(renderId, rendering);
  return rendering;
}

/** Renders without the cache: the benchmark's "re-render for one step" comparison uses it. */
export async function renderDiagramUncached(request: RenderRequest): Promise<RenderedDiagram> {
  initialise();
  const renderId = renderIdFor(request);
  const { svg } = await mermaid.render(renderId, themedSource(request));
  return { renderId, svg };
}
