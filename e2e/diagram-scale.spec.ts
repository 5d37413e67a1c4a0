// The diagram at team scale: balanced trees of 127 and 200 nodes (the schema's limit) served in
// a team's content file. After every answer, pan, zoom, follow, focus/whole switch and key, the
// question being asked (or the outcome) is on screen, inside the diagram's panel, with its label
// at least 10 px tall on screen.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { balancedTree } from '../src/domain/tree-shapes';
import { DiagramPage } from './diagram-page';
import { expect, expectNoAxeViolations } from './fixtures';
import { testWithTeamContent } from './team-site';
import { WizardPage } from './wizard-page';

const SIZES = [127, 200] as const;

function scaleContent(): unknown {
  const file = JSON.parse(
    fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8'),
  ) as { trees: unknown[] };
  for (const size of SIZES) {
    file.trees.push({
      ...balancedTree(size, ['kata_fc', 'runc', 'gvisor', 'kata'], `balanced${String(size)}`),
      title: { en: `Balanced ${String(size)}`, zh: `平衡树 ${String(size)}` },
      description: { en: 'A generated balanced tree.', zh: '生成的平衡树。' },
      origin: 'custom',
    });
  }
  return file;
}

const test = testWithTeamContent(scaleContent);

/** The node being asked or reached: inside the panel, and its label's on-screen size. */
function placement(node: Locator) {
  return node.evaluate((group) => {
    const canvas = group.closest('.diagram-canvas');
    const label = group.querySelector<HTMLElement>('.nodeLabel') ?? group.querySelector('text');
    if (!canvas || !label) return { inside: false, labelPx: 0 };
    const box = group.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    const inside =
      box.left >= frame.left - 1 &&
      box.right <= frame.right + 1 &&
      box.top >= frame.top - 1 &&
      box.bottom <= frame.bottom + 1;
    // The font's size as laid out, times how much the view scales it on screen.
    const laidOut = label instanceof HTMLElement ? label.offsetHeight : 0;
    const shown = label.getBoundingClientRect().height;
    const fontPx = Number.parseFloat(getComputedStyle(label).fontSize);
    return { inside, labelPx: laidOut > 0 ? (fontPx * shown) / laidOut : 0 };
  });
}

/** The view has settled: no gesture in progress, no transition scheduled or running. */
async function settled(page: Page): Promise<void> {
  await expect(new DiagramPage(page).panel.locator('.diagram-canvas')).not.toHaveAttribute(
    'data-moving',
  );
}

async function expectCurrentInView(page: Page): Promise<void> {
  const diagram = new DiagramPage(page);
  const current = diagram.drawing.locator('[data-path="current"], [data-path="outcome"]').first();
  await expect(current).toBeVisible();
  await settled(page);
  await expect.poll(() => placement(current)).toMatchObject({ inside: true });
  expect((await placement(current)).labelPx).toBeGreaterThanOrEqual(10);
}

/** Where the drawing's point (cx, cy), in its own units, is on screen. */
function onScreen(canvas: Locator, cx: number, cy: number) {
  return canvas.locator('svg').evaluate(
    (svg, [x, y]) => {
      const box = svg.getBoundingClientRect();
      const k = box.width / Number(svg.getAttribute('width'));
      return { x: box.left + x * k, y: box.top + y * k };
    },
    [cx, cy] as const,
  );
}

/** The drawing's point, in its own units, at the screen point (px, py). */
function underPoint(canvas: Locator, px: number, py: number) {
  return canvas.locator('svg').evaluate(
    (svg, [x, y]) => {
      const box = svg.getBoundingClientRect();
      const k = box.width / Number(svg.getAttribute('width'));
      return { x: (x - box.left) / k, y: (y - box.top) / k };
    },
    [px, py] as const,
  );
}

function tool(page: Page, name: string): Locator {
  return new DiagramPage(page).panel.getByRole('button', { name, exact: true });
}

for (const size of SIZES) {
  test(`a ${String(size)}-node tree: focus view, following every answer to the outcome`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const wizard = new WizardPage(page);
    const diagram = new DiagramPage(page);
    await wizard.open(`tree=balanced${String(size)}&lang=en`);
    await diagram.waitForDrawing();
    await expect(tool(page, 'Focus')).toHaveAttribute('aria-pressed', 'true');
    await expect(tool(page, 'Follow')).toHaveAttribute('aria-pressed', 'true');
    // Folded: far fewer nodes than the tree has, and stubs that say what they hold.
    expect(await diagram.drawing.locator('g.node[data-node-id]').count()).toBeLessThan(20);
    await expect(diagram.drawing.locator('g.node[data-kind="fold"]').first()).toContainText(
      /^\+\d+ questions, \d+ outcomes$/,
    );
    await expect(diagram.panel.getByText('A folded branch: what it holds')).toBeVisible();
    await expect(diagram.panel.getByText('The scenario for a recommendation')).toBeVisible();
    await expectCurrentInView(page);

    let answers = 0;
    while ((await wizard.result.count()) === 0) {
      const id = await wizard.currentQuestionId();
      await wizard.answer(answers % 2 === 0 ? 'no' : 'yes');
      answers += 1;
      // The drawing marks the new place, and the path so far is never folded away.
      if (id) await expect(diagram.node(id)).toHaveAttribute('data-path', 'visited');
      await expectCurrentInView(page);
    }
    expect(answers).toBeGreaterThan(4);
    await expectNoAxeViolations(page);
  });
}

test('pan, zoom, keys, follow and the whole tree on the 127-node tree', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=balanced127&b0=yes&b1=no&lang=en');
  await diagram.waitForDrawing();
  await expectCurrentInView(page);
  const canvas = diagram.panel.locator('.diagram-canvas');
  const scale = async () => Number(await canvas.getAttribute('data-scale'));

  // Dragging pans by hand: following pauses. The gesture code loads as the pointer arrives.
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(canvas).toHaveAttribute('data-gestures', 'ready');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2 + 200, { steps: 8 });
  await page.mouse.up();
  await expect(tool(page, 'Follow')).toHaveAttribute('aria-pressed', 'false');
  await tool(page, 'Follow').click();
  await expect(tool(page, 'Follow')).toHaveAttribute('aria-pressed', 'true');
  await expectCurrentInView(page);

  // The wheel zooms around the pointer: the point of the drawing under the pointer (here off
  // the panel's middle, so zooming about the middle would move it) stays under it. d3-zoom
  // listens on the panel, so the pointer is moved over it first; the view is read settled,
  // before and after.
  const pointer = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.35 };
  await page.mouse.move(pointer.x, pointer.y);
  await settled(page);
  const before = await scale();
  const anchor = await underPoint(canvas, pointer.x, pointer.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(scale).toBeGreaterThan(before);
  await settled(page);
  const after = await onScreen(canvas, anchor.x, anchor.y);
  expect(Math.abs(after.x - pointer.x)).toBeLessThan(2);
  expect(Math.abs(after.y - pointer.y)).toBeLessThan(2);
  await expect(tool(page, 'Follow')).toHaveAttribute('aria-pressed', 'false');

  // The Zoom in button zooms too, from where the wheel left it.
  await settled(page);
  const wheeled = await scale();
  await tool(page, 'Zoom in').click();
  await expect.poll(scale).toBeGreaterThan(wheeled);

  // Keys, with the diagram focused: + and - zoom, arrows pan, 0 fits.
  const transform = () => canvas.locator('svg').evaluate((svg) => svg.style.transform);
  await canvas.focus();
  await settled(page);
  const zoomedIn = await scale();
  await page.keyboard.press('-');
  await expect.poll(scale).toBeLessThan(zoomedIn);
  await settled(page);
  const zoomedOut = await scale();
  await page.keyboard.press('+');
  await expect.poll(scale).toBeGreaterThan(zoomedOut);
  await settled(page);
  const moved = await transform();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(transform).not.toBe(moved);
  await page.keyboard.press('0');
  await expect(tool(page, 'Fit')).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
  // Fitted: the whole drawing inside the panel.
  const fits = await canvas.evaluate((host) => {
    const frame = host.getBoundingClientRect();
    const drawing = host.querySelector('svg')!.getBoundingClientRect();
    return (
      drawing.left >= frame.left - 1 &&
      drawing.right <= frame.right + 1 &&
      drawing.top >= frame.top - 1 &&
      drawing.bottom <= frame.bottom + 1
    );
  });
  expect(fits).toBe(true);
  // Buttons: zoom in, a pan button, then follow again.
  const fitted = await scale();
  await tool(page, 'Zoom in').click();
  await expect.poll(scale).toBeGreaterThan(fitted);
  await settled(page);
  const zoomed = await transform();
  await diagram.panel.getByRole('button', { name: 'Move left' }).click();
  await expect.poll(transform).not.toBe(zoomed);
  await tool(page, 'Follow').click();
  await expectCurrentInView(page);

  // The whole tree: every node drawn, the current one still followed, the marks the same.
  await tool(page, 'Whole tree').click();
  await expect(diagram.drawing.locator('g.node[data-node-id]')).toHaveCount(127);
  await expect(diagram.node('b0')).toHaveAttribute('data-path', 'visited');
  await expectCurrentInView(page);
  await wizard.answer('yes');
  await expectCurrentInView(page);
  await tool(page, 'Focus').click();
  await expect(diagram.drawing.locator('g.node[data-kind="fold"]').first()).toBeVisible();
  await expectCurrentInView(page);

  // The outline folds the same way.
  await diagram.panel.getByRole('button', { name: 'Outline' }).click();
  await expect(diagram.outline.locator('.outline-fold').first()).toHaveText(
    /^Folded: \d+ questions?, \d+ outcomes?$/,
  );
  await expect(diagram.outlineNode('b0')).toHaveAttribute('data-path', 'visited');
  await expectNoAxeViolations(page);
});

test('following moves in a short transition, and at once when the reader prefers reduced motion', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=balanced127&b0=yes&lang=en');
  await diagram.waitForDrawing();
  // The whole tree: one drawing throughout, so only the view moves.
  await tool(page, 'Whole tree').click();
  await expect(diagram.drawing.locator('g.node[data-node-id]')).toHaveCount(127);
  await expectCurrentInView(page);

  // The view as it stands when the new question is marked, against where it comes to rest.
  const answerAndCompare = async (answer: string) => {
    await diagram.drawing.evaluate((svg) => {
      const record = window as unknown as { viewAtMark?: string };
      delete record.viewAtMark;
      const before = svg.querySelector('[data-path="current"]');
      const observer = new MutationObserver(() => {
        const now = svg.querySelector('[data-path="current"]');
        if (!now || now === before) return;
        observer.disconnect();
        record.viewAtMark = svg.style.transform;
      });
      observer.observe(svg, { subtree: true, attributes: true, attributeFilter: ['data-path'] });
    });
    await wizard.answer(answer);
    await expectCurrentInView(page);
    const atMark = await page.evaluate(
      () => (window as unknown as { viewAtMark?: string }).viewAtMark,
    );
    expect(atMark).toBeDefined();
    return { atMark, atRest: await diagram.drawing.evaluate((svg) => svg.style.transform) };
  };

  const moving = await answerAndCompare('yes');
  expect(moving.atMark).not.toBe(moving.atRest);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const still = await answerAndCompare('no');
  expect(still.atMark).toBe(still.atRest);
});

test('a share link deep into the 200-node tree on a phone, in Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=balanced200&b0=no&b2=yes&b5=no&b12=yes&lang=zh');
  await diagram.waitForDrawing();
  await expect(diagram.node('b25')).toHaveAttribute('data-path', 'current');
  await expectCurrentInView(page);
  await expect(diagram.panel.getByText('该推荐对应的场景')).toBeVisible();
  await expect(diagram.drawing.locator('g.node[data-kind="fold"]').first()).toContainText(/^另有/);
  await expectNoAxeViolations(page);
});
