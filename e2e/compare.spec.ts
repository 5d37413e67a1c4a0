// The comparison view: every chart draws every runtime, `highlight` marks one, each table shows
// exactly the content's figures, and the figures switch changes values and sources. Expected
// values are read from the content module; what is asserted is what the page shows.
import { builtInContent } from '../src/content';
import type { PublishedFigure, Quantity } from '../src/content/schema';
import { CHART_IDS, ComparePage } from './compare-page';
import { expect, expectNoAxeViolations, test } from './fixtures';

const content = builtInContent;
const runtimeIds = content.runtimes.map((runtime) => runtime.id);
const nameOf = (id: string) => content.runtimes.find((r) => r.id === id)?.name.en ?? id;

const SUPPORT_EN = { yes: '✓ yes', partly: '⚠ partly', no: '✗ no' } as const;
const LEVEL_EN = {
  very_low: 'very low',
  low: 'low',
  medium: 'medium',
  high: 'high',
  very_high: 'very high',
} as const;

/** The table's "Value" column: the stated numbers, exactly, in the metric's base unit. */
function valueText(quantity: Quantity): string {
  if (quantity.bound === 'approx') return `about ${quantity.max}`;
  if (quantity.bound === 'lt' || quantity.min === undefined) return `up to ${quantity.max}`;
  return `${quantity.min} to ${quantity.max}`;
}

type Metric = 'cold_start' | 'memory';
const chartOf = { cold_start: 'cold-start', memory: 'memory' } as const;

function guideQuantity(runtime: string, metric: Metric): Quantity {
  const row = content.performance.find((r) => r.runtime === runtime)!;
  return metric === 'cold_start' ? row.coldStartMs : row.memoryMb;
}

/** Published figures of a metric that have a number, in the order the page numbers them. */
function charted(metric: Metric): PublishedFigure[] {
  return runtimeIds.flatMap((id) =>
    content.publishedFigures.filter(
      (f) => f.metric === metric && f.runtime === id && f.quantity !== undefined,
    ),
  );
}

function expectedRangeRows(metric: Metric, mode: 'guide' | 'published' | 'both'): string[][] {
  const numbered = charted(metric);
  return runtimeIds.flatMap((id) => {
    const rows: string[][] = [];
    if (mode !== 'published') {
      const q = guideQuantity(id, metric);
      rows.push([nameOf(id), 'Guide', q.display.en, valueText(q)]);
    }
    if (mode !== 'guide') {
      const mine = numbered.filter((f) => f.runtime === id);
      for (const figure of mine) {
        const q = figure.quantity!;
        rows.push([
          nameOf(id),
          `Published [${numbered.indexOf(figure) + 1}]`,
          q.display.en,
          valueText(q),
        ]);
      }
      if (mine.length === 0) rows.push([nameOf(id), 'Published', 'none', 'none']);
    }
    return rows;
  });
}

test('every chart draws all four runtimes, with a title, units and a source line', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.open('figures=guide&lang=en');
  await expect(compare.heading()).toHaveText('Compare the runtimes');
  expect(runtimeIds).toHaveLength(4);
  for (const id of CHART_IDS) {
    expect(await compare.drawnRuntimes(id), id).toEqual(runtimeIds);
    await expect(compare.chart(id).getByRole('heading', { level: 3 })).not.toBeEmpty();
    await expect(compare.chart(id).locator('.chart-units')).not.toBeEmpty();
    await expect(compare.chart(id).locator('.chart-sources')).toContainText('Source');
  }
  // The guide's "<10ms" is drawn as an upper bound from the axis floor, and the note says so.
  const wasmedge = compare.surface('cold-start').locator('.chart-row[data-runtime="wasmedge"]');
  await expect(wasmedge).toHaveAttribute('data-span', 'upTo');
  await expect(compare.chart('cold-start')).toContainText('axis floor (1 ms)');
  // Log axes read in units, not bare numbers.
  await expect(compare.surface('cold-start')).toContainText('10 ms');
  await expect(compare.surface('cold-start')).toContainText('1 s');
  await expect(compare.surface('memory')).toContainText('100 MB');
  await expect(compare.surface('isolation')).toContainText('of 5');
  await expectNoAxeViolations(page);
});

test("each table shows exactly the guide's figures", async ({ page }) => {
  const compare = new ComparePage(page);
  // A link that names the guide's figures keeps meaning exactly that.
  await compare.open('figures=guide&lang=en');

  for (const metric of ['cold_start', 'memory'] as const) {
    expect(await compare.tableRows(chartOf[metric]), metric).toEqual(
      expectedRangeRows(metric, 'guide'),
    );
  }

  expect(await compare.tableRows('isolation')).toEqual(
    content.performance.map((row) => [
      nameOf(row.runtime),
      String(row.isolationStars),
      `${row.isolationStars} of 5`,
    ]),
  );

  const ecosystem = content.features.find((row) => row.id === 'ecosystem')!;
  expect(await compare.tableRows('support')).toEqual(
    runtimeIds.map((id) => {
      const perf = content.performance.find((r) => r.runtime === id)!;
      const eco = ecosystem.values[id]!;
      return [
        nameOf(id),
        SUPPORT_EN[perf.gpu],
        SUPPORT_EN[perf.compatibility],
        eco.kind === 'support' ? SUPPORT_EN[eco.support] : 'not rated',
      ];
    }),
  );

  expect(await compare.tableHeader('features')).toEqual(['Feature', ...runtimeIds.map(nameOf)]);
  expect(await compare.tableRows('features')).toEqual(
    content.features.map((row) => [
      row.higherIsBetter ? row.label.en : `${row.label.en} (lower is better)`,
      ...runtimeIds.map((id) => {
        const cell = row.values[id]!;
        return cell.kind === 'support'
          ? SUPPORT_EN[cell.support]
          : `${cell.text.en} (${LEVEL_EN[cell.level]} on the scale)`;
      }),
    ]),
  );
  await expectNoAxeViolations(page);
});

test('the figures switch shows published figures with their sources', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open('figures=guide&lang=en');
  const guideLine = compare.chart('cold-start').locator('.chart-source-line');
  await expect(guideLine).toHaveText('Source: the guide, Performance comparison');
  await expect(compare.chart('cold-start').locator('.published-list')).toHaveCount(0);
  await expect(compare.figuresOption('The guide’s')).toBeChecked();

  await compare.figuresOption('Published').check();
  await expect.poll(() => compare.searchParams().get('figures')).toBe('published');
  for (const metric of ['cold_start', 'memory'] as const) {
    const id = chartOf[metric];
    expect(await compare.tableRows(id), metric).toEqual(expectedRangeRows(metric, 'published'));
    // One drawn mark per published figure with a number; the guide's source line is gone.
    await expect(compare.surface(id).locator('.chart-row:not([data-span="none"])')).toHaveCount(
      charted(metric).length,
    );
    await expect(compare.chart(id).locator('.chart-source-line')).toHaveCount(0);
    const list = compare.chart(id).locator('.published-list').first();
    for (const figure of charted(metric)) {
      const item = list.locator(`li[data-figure-id="${figure.id}"]`);
      await expect(item).toContainText(figure.statement.en);
      await expect(item).toContainText(figure.conditions.en);
      if (figure.source.kind === 'citation') {
        await expect(item.getByRole('link')).toHaveAttribute('href', figure.source.url);
        await expect(item.getByRole('link')).toContainText(figure.source.title);
        await expect(item).toContainText(`(${figure.source.date})`);
      } else if (figure.source.kind === 'inference') {
        await expect(item).toContainText(figure.source.basis.en);
      }
    }
  }
  // WasmEdge has no published number: the row says so instead of drawing one.
  await expect(
    compare.surface('cold-start').locator('.chart-row[data-runtime="wasmedge"]'),
  ).toContainText('no measurement found');
});

test("both draws the guide's figures beside the published ones; the link keeps the choice", async ({
  page,
}) => {
  test.slow();
  const compare = new ComparePage(page);
  // The comparison opens on both, with no parameter needed.
  await compare.open('lang=en');
  await expect(compare.figuresOption('Both, side by side')).toBeChecked();
  expect(compare.searchParams().has('figures')).toBe(false);
  for (const metric of ['cold_start', 'memory'] as const) {
    const id = chartOf[metric];
    expect(await compare.tableRows(id), metric).toEqual(expectedRangeRows(metric, 'both'));
    await expect(compare.chart(id).locator('.chart-source-line')).toHaveText(
      'Source: the guide, Performance comparison',
    );
    await expect(compare.chart(id)).toContainText('the guide is optimistic');
  }
  await expectNoAxeViolations(page);

  // The guide's figures alone are a choice the link keeps; back to both drops the parameter.
  await compare.figuresOption('The guide’s').check();
  await expect.poll(() => compare.searchParams().get('figures')).toBe('guide');
  expect(await compare.tableRows('cold-start')).toEqual(expectedRangeRows('cold_start', 'guide'));
  await page.reload();
  await compare.waitForCharts();
  await expect(compare.figuresOption('The guide’s')).toBeChecked();
  await compare.figuresOption('Both, side by side').check();
  await expect.poll(() => compare.searchParams().has('figures')).toBe(false);
});

test('highlight marks the named runtime in every chart and table', async ({ page }) => {
  test.slow();
  const compare = new ComparePage(page);
  for (const id of runtimeIds) {
    await compare.open(`highlight=${id}&figures=both&lang=en`);
    await expect(page.getByTestId('highlight-notice')).toContainText(nameOf(id));
    for (const chart of CHART_IDS) {
      const marked = await compare.highlightedInChart(chart);
      expect(marked.length, `${chart} marks something`).toBeGreaterThan(0);
      expect(new Set(marked), `${chart} marks only ${id}`).toEqual(new Set([id]));
      await expect(compare.surface(chart)).toContainText('highlighted');
      await compare.showTable(chart);
      const rows = compare.table(chart).locator('[data-highlighted="true"]');
      expect(
        new Set(await rows.evaluateAll((n) => n.map((e) => e.getAttribute('data-runtime')))),
      ).toEqual(new Set([id]));
    }
  }
  // "Show all equally" clears it.
  await page.getByRole('link', { name: 'Show all equally' }).click();
  await expect.poll(() => compare.searchParams().has('highlight')).toBe(false);
  await expect(page.locator('[data-highlighted="true"]')).toHaveCount(0);
});

test('unknown or hostile parameters are ignored, never an error', async ({ page }) => {
  const compare = new ComparePage(page);
  for (const search of [
    'highlight=nope&figures=all',
    'highlight=__proto__&figures=constructor',
    'highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&figures=%7B%7D',
    'highlight=kata&highlight=runc&figures=both&figures=guide',
    'highlight=WASMEDGE&figures=GUIDE',
  ]) {
    await compare.open(`${search}&lang=en`);
    await expect(page.locator('[data-highlighted="true"]')).toHaveCount(0);
    await expect(page.getByTestId('highlight-notice')).toHaveCount(0);
    await expect(compare.figuresOption('Both, side by side')).toBeChecked();
    for (const id of CHART_IDS) expect(await compare.drawnRuntimes(id)).toEqual(runtimeIds);
  }
});

test('the charts are reachable by keyboard and the arrow keys move the tooltip', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.open('figures=guide&lang=en');
  await compare.figuresOption('The guide’s').focus();
  const surface = compare.surface('cold-start');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await surface.evaluate((node) => node === document.activeElement)) break;
  }
  await expect(surface).toBeFocused();
  const names = runtimeIds.map(nameOf);
  const tooltip = compare.tooltip('cold-start');
  const shown = async () => {
    const text = (await tooltip.textContent()) ?? '';
    return names.findIndex((name) => text.startsWith(name));
  };
  // Focus may already show the first row; each key then moves one row, in reading order.
  const start = (await tooltip.isVisible()) ? await shown() : -1;
  expect(start).toBeLessThan(1);
  await page.keyboard.press('ArrowDown');
  await expect.poll(shown).toBe(start + 1);
  await page.keyboard.press('ArrowDown');
  await expect.poll(shown).toBe(start + 2);
  await page.keyboard.press('ArrowRight');
  await expect.poll(shown).toBe(start + 3);
  await page.keyboard.press('ArrowUp');
  await expect.poll(shown).toBe(start + 2);
  await expect(tooltip).toContainText('As stated');

  const grid = compare.surface('features');
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(compare.tooltip('features')).toContainText(
    new RegExp(`^(${content.features[1]!.label.en}|${content.features[2]!.label.en})`),
  );
});

test('in Chinese and dark mode, on a 360 px screen: readable, no sideways scroll, axe clean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const compare = new ComparePage(page);
  await compare.open('lang=zh&theme=dark&figures=both&highlight=gvisor');
  await expect(compare.heading()).toHaveText('运行时对比');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(compare.surface('isolation')).toContainText('4 / 5 星');
  await expect(compare.surface('support')).toContainText('✓ 是');
  for (const id of CHART_IDS) {
    expect(await compare.drawnRuntimes(id)).toEqual(runtimeIds);
    const [chartWidth, cardWidth] = await compare
      .chart(id)
      .evaluate((card) => [
        card.querySelector('svg.recharts-surface')?.getBoundingClientRect().width ?? 0,
        card.getBoundingClientRect().width,
      ]);
    expect(chartWidth).toBeLessThanOrEqual(cardWidth);
    await compare.showTable(id);
  }
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expectNoAxeViolations(page);
});

test('the main navigation leads to the comparison, in both languages', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  const compare = new ComparePage(page);
  await compare.waitForCharts();
  await expect(compare.heading()).toHaveText('Compare the runtimes');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(compare.heading()).toHaveText('运行时对比');
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '对比' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('if the chart code cannot be loaded, the tables still show every figure', async ({
  page,
  guards,
}) => {
  guards.allowConsoleError(/charts-|Failed to load resource|dynamically imported module|Lazy/i);
  await page.route('**/assets/charts-*.js', (route) => route.abort());
  await page.goto('./#/compare?figures=guide&lang=en');
  const compare = new ComparePage(page);
  for (const id of CHART_IDS) {
    await expect(compare.chart(id).getByRole('status')).toContainText(
      'The chart could not be loaded',
    );
    await expect(compare.table(id)).toBeVisible();
  }
  expect(await compare.tableRows('cold-start')).toEqual(expectedRangeRows('cold_start', 'guide'));
  expect(await compare.tableRows('features')).toHaveLength(content.features.length);
});
