// Times, in one page and with the app's own modules, what a step costs when the diagram is only
// re-marked (what the app does) against re-rendering it with Mermaid (what it avoids).
import { annotateDiagram } from '../../src/features/diagram/annotate';
import { renderDiagram, renderDiagramUncached } from '../../src/lib/mermaid';
import { applyPathMarks } from '../../src/features/diagram/svg-marks';
import { pathMarks, type PathMarks } from '../../src/domain/diagram-path';
import { resolvePath } from '../../src/domain/engine';
import { toMermaid } from '../../src/domain/to-mermaid';
import { guideTree } from '../../src/content/guide/trees';

const diagram = toMermaid(guideTree, { lang: 'en' });
const request = { treeId: 'guide', lang: 'en', theme: 'light', source: diagram.source } as const;
const questionText = new Map(diagram.nodes.map((node) => [node.nodeId, node.text]));
const steps: PathMarks[] = [
  pathMarks(resolvePath(guideTree, { resource_constrained: 'no' })),
  pathMarks(resolvePath(guideTree, { resource_constrained: 'no', fast_startup: 'no' })),
];

function insert(svgText: string, renderId: string): SVGSVGElement {
  const host = document.getElementById('host')!;
  host.innerHTML = svgText;
  const svg = host.querySelector('svg')!;
  annotateDiagram(svg, renderId, diagram);
  return svg;
}

async function rerenderStep(index: number): Promise<number> {
  const start = performance.now();
  const { svg, renderId } = await renderDiagramUncached(request);
  const element = insert(svg, renderId);
  applyPathMarks(element, steps[index % 2]!, { questionText, hintId: 'hint' });
  return performance.now() - start;
}

/** Marks are far below the timer's resolution: time a batch and divide. */
function markStep(svg: SVGSVGElement, batch: number): number {
  const start = performance.now();
  for (let index = 0; index < batch; index++) {
    applyPathMarks(svg, steps[index % 2]!, { questionText, hintId: 'hint' });
  }
  return (performance.now() - start) / batch;
}

declare global {
  interface Window {
    diagramBench: (
      rerenders: number,
      markSamples: number,
    ) => Promise<{
      rerenderMs: number[];
      markMs: number[];
    }>;
  }
}

window.diagramBench = async (rerenders, markSamples) => {
  const first = await renderDiagram(request);
  const svg = insert(first.svg, first.renderId);
  const markMs = Array.from({ length: markSamples }, () => markStep(svg, 100));
  const rerenderMs: number[] = [];
  for (let index = 0; index < rerenders; index++) rerenderMs.push(await rerenderStep(index));
  return { rerenderMs, markMs };
};
