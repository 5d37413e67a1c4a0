// The path marks on the rendered SVG: attributes only, never a re-render. The SVG was labelled
// with the tree's ids by annotateDiagram() (annotate.ts); this sets `data-path` on the
// path's nodes and edges and makes answered questions keyboard buttons.
import type { PathMarks } from '../../domain/diagram-path';

export interface NodeAccessibility {
  /** Full question text by node id: the button's accessible name. */
  questionText: ReadonlyMap<string, string>;
  /** Id of the element that says what activating a node does. */
  hintId: string;
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

export function applyPathMarks(
  svg: SVGSVGElement,
  marks: PathMarks,
  accessibility: NodeAccessibility,
): void {
  const taken = new Set(marks.edges.map((edge) => `${edge.from}\n${edge.answerId}`));

  for (const node of svg.querySelectorAll<SVGGElement>('g[data-node-id]')) {
    const id = node.dataset.nodeId ?? '';
    const mark = marks.nodes.get(id);
    setAttribute(node, 'data-path', mark);
    const button = mark === 'visited' && node.dataset.kind === 'question';
    setAttribute(node, 'tabindex', button ? '0' : undefined);
    setAttribute(node, 'role', button ? 'button' : undefined);
    setAttribute(node, 'aria-label', button ? accessibility.questionText.get(id) : undefined);
    setAttribute(node, 'aria-describedby', button ? accessibility.hintId : undefined);
  }
  for (const edge of svg.querySelectorAll<SVGElement>('[data-edge-from]')) {
    const on = taken.has(`${edge.dataset.edgeFrom ?? ''}\n${edge.dataset.edgeAnswer ?? ''}`);
    setAttribute(edge, 'data-path', on ? 'visited' : undefined);
    const arrow = on ? edge.dataset.markerOn : edge.dataset.markerOff;
    if (arrow) setAttribute(edge, 'marker-end', arrow);
  }
  for (const label of svg.querySelectorAll<SVGElement>('[data-label-from]')) {
    const on = taken.has(`${label.dataset.labelFrom ?? ''}\n${label.dataset.labelAnswer ?? ''}`);
    setAttribute(label, 'data-path-label', on ? 'visited' : undefined);
  }
  for (const scenario of svg.querySelectorAll<SVGGElement>('g[data-scenario-of]')) {
    const reached = marks.outcome !== undefined && scenario.dataset.scenarioOf === marks.outcome;
    setAttribute(scenario, 'data-scenario', reached ? 'reached' : undefined);
  }
}
