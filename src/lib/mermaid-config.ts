// Everything that decides what Mermaid draws, apart from Mermaid itself: its configuration, the
// theme and the render id. Plain data with no Mermaid import, because three parties must agree
// on it exactly: the live renderer (lib/mermaid.ts), `npm run render-diagrams`, which draws the
// built-in trees with it at build time, and the unit test that recomputes each drawing's input
// hash without a browser (a drawing made with other inputs than these is out of date).
import type { Lang } from '../domain/tree';

export type DiagramTheme = 'light' | 'dark';

export interface RenderRequest {
  /** A whitelisted tree id: part of the fixed render id. */
  treeId: string;
  lang: Lang;
  theme: DiagramTheme;
  source: string;
  /**
   * Drawn in the reader's browser because the build's drawing of the same source did not fit
   * the reader's fonts. It gets its own render id: Mermaid removes any element that already has
   * the id it renders to, and the build's drawing is still on the page while this one renders.
   */
  remeasured?: boolean;
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

export const FONT_FAMILY =
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

/** What lib/mermaid.ts passes to mermaid.initialize() (typed as MermaidConfig there). */
export const MERMAID_CONFIG = {
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
} as const;

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
 * `ra-diagram-<tree>-<lang>-<theme>-<fingerprint>[-live]`: whitelisted ids and fixed words only,
 * and the same for the same source. Mermaid removes any element that already has the id it
 * renders to, so two different sources must never share one.
 */
export function renderIdFor(request: RenderRequest): string {
  const id = `ra-diagram-${request.treeId}-${request.lang}-${request.theme}-${fingerprint(request.source)}`;
  return request.remeasured ? `${id}-live` : id;
}

/** The theme travels as front matter that this module writes, never from content or the URL. */
export function themedSource(request: RenderRequest): string {
  const config = {
    theme: 'base',
    themeVariables: { ...THEME_VARIABLES[request.theme], fontFamily: FONT_FAMILY },
  };
  return `---\nconfig: ${JSON.stringify(config)}\n---\n${request.source}`;
}

/**
 * Everything a drawing depends on, as one text: the Mermaid version, its configuration, the
 * flowchart source with its theme, and the render id (Mermaid's element ids derive from it).
 * The build's drawings record a hash of this text; when it changes, they are out of date.
 */
export function drawingInputs(request: RenderRequest, mermaidVersion: string): string {
  return JSON.stringify({
    mermaid: mermaidVersion,
    config: MERMAID_CONFIG,
    renderId: renderIdFor(request),
    source: themedSource(request),
  });
}
