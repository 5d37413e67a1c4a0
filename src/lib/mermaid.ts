// The one module that imports Mermaid. It is loaded lazily (its own chunk, requested at start-up
// by main.tsx), initialised once, and renders each (tree, language, theme) once: the SVG text is
// cached, so answering a question, switching views or coming back to the page never re-renders.
// Path marks are not Mermaid's business: annotateDiagram() labels the rendered SVG with the
// tree's ids and the diagram feature sets attributes on it, styled by the CSS below.
import mermaid, { type MermaidConfig } from 'mermaid';
import type { MermaidDiagram } from '../domain/to-mermaid';
import type { Lang } from '../domain/tree';

export type DiagramTheme = 'light' | 'dark';

export interface RenderRequest {
  /** A whitelisted tree id: part of the fixed render id. */
  treeId: string;
  lang: Lang;
  theme: DiagramTheme;
  source: string;
}

export interface RenderedDiagram {
  /** The SVG element's id, fixed per (tree, language, theme) so Mermaid's ids repeat exactly. */
  renderId: string;
  svg: string;
}

// Mirrors the colour tokens in src/styles/global.css; Mermaid computes derived colours from
// these, so they must be real colours, not var() references.
const THEME_VARIABLES: Record<DiagramTheme, Record<string, string | boolean>> = {
  light: {
    darkMode: false,
    background: '#ffffff',
    primaryColor: '#ffffff',
    primaryTextColor: '#17202b',
    primaryBorderColor: '#6b7787',
    lineColor: '#6b7787',
    secondaryColor: '#eef1f5',
    tertiaryColor: '#f5f6f8',
    edgeLabelBackground: '#ffffff',
  },
  dark: {
    darkMode: true,
    background: '#1a1f26',
    primaryColor: '#1a1f26',
    primaryTextColor: '#e8edf3',
    primaryBorderColor: '#8b97a6',
    lineColor: '#8b97a6',
    secondaryColor: '#232a33',
    tertiaryColor: '#111418',
    edgeLabelBackground: '#1a1f26',
  },
};

const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

// Scoped by Mermaid to `#<render id>`, so these beat its own theme rules. Colours come from the
// page's tokens (var()), so a mark never needs a re-render. Every mark has a non-colour cue too:
// visited is a thick solid border, current a thick dashed one, the outcome a double-weight
// border in its runtime's colour.
const DIAGRAM_CSS = `
  .node .label-container { fill: var(--surface, #fff); stroke: var(--dg-line, #6b7787); stroke-width: 1.5px; }
  .node .nodeLabel, .node .nodeLabel p { color: var(--text, #17202b); }
  .node[data-kind="scenario"] .label-container { fill: var(--surface-2, #eef1f5); stroke-dasharray: 4 3; }
  .node[data-kind="outcome"] .label-container { stroke: var(--rt, #6b7787); stroke-width: 2px; }
  .node[data-path="visited"] .label-container { fill: var(--accent-soft, #e3eefb); stroke: var(--accent, #0b5cad); stroke-width: 3px; }
  .node[data-path="current"] .label-container { fill: var(--surface, #fff); stroke: var(--accent, #0b5cad); stroke-width: 4px; stroke-dasharray: 7 4; }
  .node[data-path="outcome"] .label-container { fill: var(--surface, #fff); fill: color-mix(in srgb, var(--rt, #0b5cad) 14%, var(--surface, #fff)); stroke: var(--rt, #0b5cad); stroke-width: 5px; }
  .node[data-scenario="reached"] .label-container { stroke: var(--rt, #0b5cad); stroke-width: 2.5px; }
  .node[tabindex] { cursor: pointer; }
  .node[tabindex]:hover .label-container { stroke-width: 4.5px; }
  .node[tabindex]:focus { outline: none; }
  .node[tabindex]:focus-visible .label-container { stroke: var(--focus, #0b5cad); stroke-width: 5px; stroke-dasharray: none; }
  .flowchart-link { stroke: var(--dg-line, #6b7787); stroke-width: 1.5px; }
  .flowchart-link[data-path="visited"] { stroke: var(--accent, #0b5cad); stroke-width: 4px; }
  .path-marker path { fill: var(--accent, #0b5cad); stroke: var(--accent, #0b5cad); }
  .edgeLabel, .edgeLabel p, .labelBkg { background-color: var(--surface, #fff); color: var(--text-muted, #4a5868); }
  .edgeLabel[data-path-label="visited"] p { color: var(--accent, #0b5cad); }
`;

let initialised = false;
const cache = new Map<string, Promise<RenderedDiagram>>();

function initialise(): void {
  if (initialised) return;
  initialised = true;
  const config: MermaidConfig = {
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    look: 'classic',
    theme: 'base',
    htmlLabels: true,
    fontFamily: FONT_FAMILY,
    themeCSS: DIAGRAM_CSS,
    suppressErrorRendering: true,
    flowchart: {
      curve: 'basis',
      wrappingWidth: 170,
      nodeSpacing: 24,
      rankSpacing: 36,
      padding: 10,
      useMaxWidth: true,
    },
  };
  mermaid.initialize(config);
}

/** FNV-1a: a short, stable fingerprint of the source, so different sources never share an id. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * `ra-diagram-<tree>-<lang>-<theme>-<fingerprint>`: whitelisted ids and fixed words only, and
 * the same for the same source. Mermaid removes any element that already has the id it renders
 * to, so two different sources must never share one.
 */
export function renderIdFor(request: RenderRequest): string {
  return `ra-diagram-${request.treeId}-${request.lang}-${request.theme}-${fingerprint(request.source)}`;
}

/** The theme travels as front matter that this module writes, never from content or the URL. */
function themedSource(request: RenderRequest): string {
  const config = {
    theme: 'base',
    themeVariables: { ...THEME_VARIABLES[request.theme], fontFamily: FONT_FAMILY },
  };
  return `---\nconfig: ${JSON.stringify(config)}\n---\n${request.source}`;
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

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Labels the rendered SVG with the tree's ids. Mermaid names node groups
 * `<render id>-flowchart-<mermaid id>-<n>` and gives edge paths `data-id="<edge id>"`; the
 * generated source maps those back to tree nodes and answers. Question and outcome groups get
 * `data-node-id`; scenario boxes get `data-scenario-of` (they are not tree nodes).
 */
export function annotateDiagram(
  svg: SVGSVGElement,
  renderId: string,
  diagram: MermaidDiagram,
): void {
  const nodesByMermaidId = new Map(diagram.nodes.map((node) => [node.mermaidId, node]));
  const edgesByMermaidId = new Map(diagram.edges.map((edge) => [edge.mermaidId, edge]));
  // A second arrowhead for edges on the path, so the mark reaches the arrow's tip.
  const arrow = svg.querySelector<SVGMarkerElement>(
    `marker[id="${renderId}_flowchart-v2-pointEnd"]`,
  );
  let pathArrow: string | undefined;
  if (arrow) {
    const copy = arrow.cloneNode(true) as SVGMarkerElement;
    copy.id = `${renderId}_path-pointEnd`;
    copy.classList.add('path-marker');
    arrow.after(copy);
    pathArrow = `url(#${copy.id})`;
  }
  const nodeIdPattern = new RegExp(`^${escapeForRegExp(renderId)}-flowchart-([A-Za-z0-9_]+)-\\d+$`);

  for (const group of svg.querySelectorAll<SVGGElement>('g.node')) {
    const node = nodesByMermaidId.get(nodeIdPattern.exec(group.id)?.[1] ?? '');
    if (!node) continue;
    group.dataset.kind = node.kind;
    if (node.kind === 'scenario') group.dataset.scenarioOf = node.nodeId;
    else group.dataset.nodeId = node.nodeId;
    if (node.runtime) group.dataset.runtime = node.runtime;
  }
  for (const element of svg.querySelectorAll<SVGElement>('[data-id]')) {
    const edge = edgesByMermaidId.get(element.dataset.id ?? '');
    if (!edge) continue;
    const isLabel = element.closest('.edgeLabel') !== null;
    const target = isLabel ? (element.closest<SVGElement>('.edgeLabel') ?? element) : element;
    target.dataset.edgeKind = edge.kind;
    target.dataset[isLabel ? 'labelFrom' : 'edgeFrom'] = edge.from;
    target.dataset[isLabel ? 'labelTo' : 'edgeTo'] = edge.to;
    if (edge.answerId) target.dataset[isLabel ? 'labelAnswer' : 'edgeAnswer'] = edge.answerId;
    const plainArrow = target.getAttribute('marker-end');
    if (!isLabel && plainArrow && pathArrow) {
      target.dataset.markerOff = plainArrow;
      target.dataset.markerOn = pathArrow;
    }
  }
}
