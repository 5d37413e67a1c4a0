// The floor's diagram: Mermaid imported lazily, the guide's tree drawn with it, and each node
// given the same `data-node-id` hook the app's diagram carries, so the benchmark detects
// "diagram drawn" the same way on every page. Shared by the baseline and the router floor.
import { useEffect, useRef, useState } from 'react';
import { guideTree } from '../../src/content/guide/trees';
import { treeToFlowchart } from './flowchart';

const RENDER_ID = 'baseline-diagram';

function markNodes(container: HTMLElement, nodeIds: string[]): void {
  for (const group of container.querySelectorAll<SVGGElement>('g.node')) {
    const match = new RegExp(`^${RENDER_ID}-flowchart-([a-z0-9_]+)-\\d+$`).exec(group.id);
    const id = match?.[1];
    if (id && nodeIds.includes(id)) group.setAttribute('data-node-id', id);
  }
}

export function Diagram() {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void import('mermaid')
      .then(async ({ default: mermaid }) => {
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
        const { svg } = await mermaid.render(RENDER_ID, treeToFlowchart(guideTree, 'en'));
        const container = ref.current;
        if (cancelled || !container) return;
        container.innerHTML = svg;
        markNodes(
          container,
          guideTree.nodes.map((node) => node.id),
        );
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <div ref={ref} data-testid="decision-diagram">
      {failed ? 'Mermaid failed to load.' : null}
    </div>
  );
}
