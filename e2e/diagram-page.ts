// A page object for the decision diagram: what is drawn, what is marked, and the user's ways
// to act on it (node buttons, view toggle, zoom, downloads).
import { expect, type Locator, type Page } from '@playwright/test';

export interface Marks {
  /** `data-path` by `data-node-id`, for every marked tree node. */
  nodes: Record<string, string>;
  /** `<from>=<answer>` for every edge marked `visited`. */
  edges: string[];
  /** Elements with `data-path` that are neither a tree node nor an edge (should be none). */
  stray: number;
}

export class DiagramPage {
  readonly panel: Locator;
  readonly drawing: Locator;
  readonly outline: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('decision-diagram');
    this.drawing = this.panel.locator('svg:has([data-node-id])');
    this.outline = this.panel.locator('.diagram-outline');
  }

  node(id: string): Locator {
    return this.drawing.locator(`[data-node-id="${id}"]`);
  }

  outlineNode(id: string): Locator {
    return this.outline.locator(`[data-node-id="${id}"][data-path]`);
  }

  /** The button that goes back to an answered question, in the outline. */
  outlineJump(id: string): Locator {
    return this.outline.locator(`[data-node-id="${id}"][data-path="visited"] > .outline-jump`);
  }

  async waitForDrawing(): Promise<void> {
    await expect(this.drawing).toBeVisible();
  }

  /** The marks on the drawing, read from the DOM. */
  async marks(): Promise<Marks> {
    return this.drawing.evaluate((svg) => {
      const nodes: Record<string, string> = {};
      const edges: string[] = [];
      let stray = 0;
      for (const element of svg.querySelectorAll<SVGElement>('[data-path]')) {
        const { nodeId, edgeFrom, edgeAnswer, path } = element.dataset;
        if (nodeId) nodes[nodeId] = path ?? '';
        else if (edgeFrom && path === 'visited') edges.push(`${edgeFrom}=${edgeAnswer ?? ''}`);
        else stray += 1;
      }
      return { nodes, edges, stray };
    });
  }

  /** The same marks, read from the outline view. */
  async outlineMarks(): Promise<Marks> {
    return this.outline.evaluate((list) => {
      const nodes: Record<string, string> = {};
      const edges: string[] = [];
      let stray = 0;
      for (const element of list.querySelectorAll<HTMLElement>('[data-path]')) {
        const { nodeId, answerId, path } = element.dataset;
        const question = element.parentElement?.closest<HTMLElement>('[data-node-id]');
        if (nodeId) nodes[nodeId] = path ?? '';
        else if (answerId && question) edges.push(`${question.dataset.nodeId ?? ''}=${answerId}`);
        else stray += 1;
      }
      return { nodes, edges, stray };
    });
  }

  /**
   * Labels whose text is larger than the box drawn around it (cut off at the box's edge), by
   * their text. Compared on screen, with one pixel of slack for rounding.
   */
  async clippedLabels(): Promise<string[]> {
    return this.drawing.evaluate((svg) => {
      const clipped: string[] = [];
      for (const box of svg.querySelectorAll<SVGForeignObjectElement>('foreignObject')) {
        const content = box.firstElementChild;
        const text = (content?.textContent ?? '').trim();
        if (!content || text === '') continue;
        const outer = box.getBoundingClientRect();
        const inner = content.getBoundingClientRect();
        const slack = outer.width / Math.max(box.width.baseVal.value, 1);
        if (inner.width > outer.width + slack || inner.height > outer.height + slack) {
          clipped.push(text);
        }
      }
      return clipped;
    });
  }

  /**
   * The drawing's tree, as its annotations say: node ids, scenario boxes, and each answer edge
   * as `<from>=<answer>><to>`.
   */
  async drawnTree(): Promise<{ nodes: string[]; scenarios: string[]; edges: string[] }> {
    return this.drawing.evaluate((svg) => {
      const data = (selector: string, read: (element: SVGElement) => string) =>
        [...svg.querySelectorAll<SVGElement>(selector)].map(read).sort();
      return {
        nodes: data('[data-node-id]', (element) => element.dataset.nodeId ?? ''),
        scenarios: data('[data-scenario-of]', (element) => element.dataset.scenarioOf ?? ''),
        edges: data(
          '[data-edge-from][data-edge-answer]',
          ({ dataset }) =>
            `${dataset.edgeFrom ?? ''}=${dataset.edgeAnswer ?? ''}>${dataset.edgeTo ?? ''}`,
        ),
      };
    });
  }

  /** Remembers the drawing's <svg> element, to check later that it is still the same one. */
  async tagDrawing(): Promise<void> {
    await this.drawing.evaluate((svg) => {
      (window as unknown as { __taggedDiagram?: Element }).__taggedDiagram = svg;
    });
  }

  async isTaggedDrawing(): Promise<boolean> {
    return this.drawing.evaluate(
      (svg) => (window as unknown as { __taggedDiagram?: Element }).__taggedDiagram === svg,
    );
  }

  viewButton(name: 'Diagram' | 'Outline'): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  async download(format: 'SVG' | 'PNG') {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.panel.getByRole('button', { name: `Download the diagram as ${format}` }).click(),
    ]);
    return download;
  }
}
