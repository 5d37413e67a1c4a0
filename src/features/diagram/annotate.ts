// Labels a Mermaid drawing with the tree's ids, whether Mermaid drew it in this browser or at
// build time (the SVG is the same either way). No Mermaid import: a built-in tree's drawing is
// annotated without loading Mermaid at all.
import type { MermaidDiagram } from '../../domain/to-mermaid';

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Labels the rendered SVG with the tree's ids. Mermaid names node groups
 * `<render id>-flowchart-<mermaid id>-<n>` and gives edge paths `data-id="<edge id>"`; the
 * generated source maps those back to tree nodes and answers. Question and outcome groups get
 * `data-node-id`; scenario boxes get `data-scenario-of` and folded branches `data-fold-of` (they
 * are not tree nodes).
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
    else if (node.kind === 'fold') group.dataset.foldOf = node.nodeId;
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
