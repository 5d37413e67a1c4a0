// A page object for the comparison view: tests speak of charts, tables and the figures switch.
import { expect, type Locator, type Page } from '@playwright/test';

export const CHART_IDS = ['cold-start', 'memory', 'isolation', 'support', 'features'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export class ComparePage {
  constructor(readonly page: Page) {}

  async open(search = 'lang=en'): Promise<void> {
    await this.page.goto(`./#/compare?${search}`);
    await this.waitForCharts();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  chart(id: ChartId): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  /** The chart's drawing: Recharts' focusable SVG surface. */
  surface(id: ChartId): Locator {
    return this.chart(id).locator('svg.recharts-surface');
  }

  async waitForCharts(): Promise<void> {
    for (const id of CHART_IDS) {
      await expect(this.surface(id)).toBeVisible();
    }
  }

  /** The runtime ids the chart draws (bars, cells or labels), in document order, once each. */
  async drawnRuntimes(id: ChartId): Promise<string[]> {
    const ids = await this.surface(id)
      .locator('[data-runtime]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-runtime') ?? ''));
    return [...new Set(ids.filter((value) => value !== ''))];
  }

  /** Runtime ids of everything in the chart marked as highlighted. */
  async highlightedInChart(id: ChartId): Promise<string[]> {
    return this.surface(id)
      .locator('[data-highlighted="true"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-runtime') ?? ''));
  }

  tableToggle(id: ChartId): Locator {
    return this.chart(id).getByRole('button', { name: /table|数据表/i });
  }

  table(id: ChartId): Locator {
    return this.chart(id).getByRole('table');
  }

  async showTable(id: ChartId): Promise<Locator> {
    if (!(await this.table(id).isVisible())) await this.tableToggle(id).click();
    await expect(this.table(id)).toBeVisible();
    return this.table(id);
  }

  /** Body rows as arrays of cell texts (header cell first), whitespace collapsed. */
  async tableRows(id: ChartId): Promise<string[][]> {
    const table = await this.showTable(id);
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) =>
            cell.textContent.replace(/\s+/g, ' ').trim(),
          ),
        ),
      );
  }

  async tableHeader(id: ChartId): Promise<string[]> {
    const table = await this.showTable(id);
    return table
      .locator('thead th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent.trim()));
  }

  figuresOption(name: string | RegExp): Locator {
    return this.page.getByTestId('figures-switch').getByRole('radio', { name });
  }

  searchParams(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  }

  tooltip(id: ChartId): Locator {
    return this.chart(id).locator('.chart-tooltip');
  }
}
