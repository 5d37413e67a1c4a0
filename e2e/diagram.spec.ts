import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DiagramPage, type Marks } from './diagram-page';
import { GUIDE_PATHS, QUESTION_TEXT_EN, searchFor, type GuidePath } from './guide-paths';
import { TREES } from './tree-model';
import { WizardPage } from './wizard-page';

const GUIDE_QUESTIONS = Object.keys(QUESTION_TEXT_EN);

/** The marks a walk should show after its first `answered` answers (from the guide tree's paths, e2e/guide-paths.ts). */
function expectedMarks(path: GuidePath, answered: number): Marks {
  const nodes: Record<string, string> = {};
  const taken = path.answers.slice(0, answered);
  for (const [question] of taken) nodes[question] = 'visited';
  const next = path.answers[answered];
  if (next) nodes[next[0]] = 'current';
  else nodes[path.runtime] = 'outcome';
  return { nodes, edges: taken.map(([q, a]) => `${q}=${a}`), stray: 0 };
}

test('the guide tree is drawn with every node labelled by its id', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open();
  await diagram.waitForDrawing();
  const ids = await diagram.drawing
    .locator('[data-node-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')).sort());
  expect(ids).toEqual([...GUIDE_QUESTIONS, 'runc', 'wasmedge'].sort());
  // The guide draws each outcome's scenario under it.
  await expect(diagram.drawing.locator('[data-scenario-of]')).toHaveCount(2);
  await expect(diagram.drawing).toContainText('Edge / AI / Serverless');
  await expect(diagram.drawing).toContainText('Traditional microservice');
  // Ten edges: eight answers and two outcome -> scenario lines.
  await expect(diagram.drawing.locator('[data-edge-from]')).toHaveCount(10);
});

for (const path of GUIDE_PATHS) {
  const label = path.answers.map(([q, a]) => `${q}=${a}`).join(', ');

  test(`${label}: the marks follow the walk exactly, on the same <svg>`, async ({ page }) => {
    const wizard = new WizardPage(page);
    const diagram = new DiagramPage(page);
    await wizard.open();
    await diagram.waitForDrawing();
    await diagram.tagDrawing();
    await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, 0));

    for (const [index, [, answer]] of path.answers.entries()) {
      await wizard.answer(answer === 'yes' ? 'Yes' : 'No');
      await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, index + 1));
      expect(await diagram.isTaggedDrawing(), 'answering must not re-render the diagram').toBe(
        true,
      );
    }
    await expect(wizard.result).toBeVisible();
    // The reached outcome's scenario is highlighted with it, and only that one.
    await expect(diagram.drawing.locator('[data-scenario="reached"]')).toHaveCount(1);
    await expect(diagram.drawing.locator('[data-scenario="reached"]')).toHaveAttribute(
      'data-scenario-of',
      path.runtime,
    );
  });
}

test('each guide path opened by link shows the same marks', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  for (const path of GUIDE_PATHS) {
    await wizard.open(searchFor(path));
    await diagram.waitForDrawing();
    await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, path.answers.length));
  }
});

test('the figure says where the walk stands, in words', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&lang=en');
  const figure = diagram.panel.getByRole('figure', { name: /Decision tree/ });
  await expect(figure).toBeVisible();
  await expect(figure).toHaveAccessibleDescription(
    /resource-constrained\?” No → “Do you need fast startup\?” No\. Now: “Do you need GPU acceleration\?”/,
  );
  await wizard.answer('Yes');
  await expect(figure).toHaveAccessibleDescription(/Recommendation: WasmEdge/);
});

test('clicking an answered question goes back to it, as a new history entry', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&lang=en');
  await diagram.waitForDrawing();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'gpu');

  // Only answered questions are buttons.
  const first = diagram.node('resource_constrained');
  await expect(first).toHaveAttribute('role', 'button');
  await expect(first).toHaveAccessibleName(QUESTION_TEXT_EN.resource_constrained!);
  await expect(diagram.node('gpu')).not.toHaveAttribute('role', 'button');
  await expect(diagram.node('strong_isolation')).not.toHaveAttribute('tabindex');

  await diagram.tagDrawing();
  await first.click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  expect(wizard.searchParams().get('resource_constrained')).toBeNull();
  expect(wizard.searchParams().get('fast_startup')).toBeNull();
  await expect
    .poll(() => diagram.marks())
    .toEqual({ nodes: { resource_constrained: 'current' }, edges: [], stray: 0 });
  expect(await diagram.isTaggedDrawing()).toBe(true);

  // A new history entry: the browser's Back returns to where the click was made.
  await page.goBack();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'gpu');
});

test('answered questions work from the keyboard: Enter and Space', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=en');
  await diagram.waitForDrawing();
  await expect(wizard.result).toBeVisible();

  await diagram.node('fast_startup').focus();
  await expect(diagram.node('fast_startup')).toBeFocused();
  // Focus shows the question's full text.
  await expect(diagram.panel.locator('.diagram-tooltip')).toHaveText(
    QUESTION_TEXT_EN.fast_startup!,
  );
  await page.keyboard.press('Enter');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');

  await diagram.node('resource_constrained').focus();
  await page.keyboard.press('Space');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  expect([...wizard.searchParams().keys()]).toEqual(['tree', 'lang']);
});

test('the outline view is one toggle away and carries the same marks', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  const path = GUIDE_PATHS[3]!;
  await wizard.open(searchFor(path));
  await diagram.waitForDrawing();
  await diagram.tagDrawing();
  await diagram.viewButton('Outline').click();
  await expect(diagram.outline).toBeVisible();
  await expect(diagram.drawing).toHaveCount(0);
  expect(await diagram.outlineMarks()).toEqual(expectedMarks(path, path.answers.length));
  await expect(diagram.outlineNode('wasmedge')).toContainText('recommendation');
  await expectNoAxeViolations(page);

  // Back to the drawing: the same element, not a new rendering.
  await diagram.viewButton('Diagram').click();
  await diagram.waitForDrawing();
  expect(await diagram.isTaggedDrawing()).toBe(true);
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, path.answers.length));
});

test('a built-in tree is drawn as the build drew it: no Mermaid code is loaded', async ({
  page,
}) => {
  const mermaidRequests: string[] = [];
  page.on('request', (request) => {
    // Mermaid's own chunk is `mermaid-<hash>.js`; `mermaid-config-<hash>.js` is the app's
    // configuration for it, with no Mermaid code.
    if (/\/assets\/mermaid-[\w-]{8}\.js$/.test(request.url())) mermaidRequests.push(request.url());
  });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  const path = GUIDE_PATHS[4]!;
  await wizard.open('tree=guide&resource_constrained=no&lang=en');
  await diagram.waitForDrawing();
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, 1));
  await wizard.answer('No');
  await wizard.answer('No');
  await expect(wizard.result).toBeVisible();
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, 3));
  await diagram.node('fast_startup').click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  await expect(diagram.drawing).not.toHaveAttribute('id', /-live$/);
  expect(mermaidRequests).toEqual([]);
});

for (const tree of ['guide', 'full'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`the build's drawing of ${tree} (${lang}, ${theme}) has exactly the tree's nodes and edges`, async ({
        page,
      }) => {
        const wizard = new WizardPage(page);
        const diagram = new DiagramPage(page);
        await wizard.open(`tree=${tree}&lang=${lang}&theme=${theme}`);
        await diagram.waitForDrawing();
        await expect(diagram.drawing).toHaveAttribute(
          'id',
          new RegExp(`^ra-diagram-${tree}-${lang}-${theme}-[a-z0-9]+$`),
        );
        const { edges } = TREES[tree];
        const outcomes = [...new Set(Object.values(edges).flatMap(({ yes, no }) => [yes, no]))]
          .filter((id) => !(id in edges))
          .sort();
        expect(await diagram.drawnTree()).toEqual({
          nodes: [...Object.keys(edges), ...outcomes].sort(),
          scenarios: outcomes,
          edges: Object.entries(edges)
            .flatMap(([from, { yes, no }]) => [`${from}=yes>${yes}`, `${from}=no>${no}`])
            .sort(),
        });
        expect(await diagram.clippedLabels()).toEqual([]);
      });
    }
  }
}

test("when the reader's font is wider, the tree is drawn again live and no label is cut off", async ({
  page,
}) => {
  // A wider font than the build's, for the page's labels and for Mermaid's own measuring.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent =
        'svg foreignObject div, svg foreignObject span, svg foreignObject p { font-family: "DejaVu Sans Mono", monospace !important; letter-spacing: 0.15em !important; }';
      document.head.append(style);
    });
  });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  const path = GUIDE_PATHS[1]!;
  await wizard.open(searchFor(path, 'en'));
  await expect(diagram.drawing).toHaveAttribute('id', /^ra-diagram-guide-en-light-[a-z0-9]+-live$/);
  expect(await diagram.clippedLabels()).toEqual([]);
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, path.answers.length));
  // The live drawing works as the build's does: an answered question goes back. The wider
  // drawing may be followed at a readable size, part of it out of view: Fit shows all of it.
  await fitWhole(diagram);
  await diagram.node('resource_constrained').click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, 0));
});

test('the gesture code loads only when the reader reaches for the drawing, and the view stays put', async ({
  page,
}) => {
  const gestureRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/(pan-zoom|d3-[\w-]+)-[\w-]{8}\.js$/.test(request.url())) {
      gestureRequests.push(request.url());
    }
  });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=full&lang=en');
  await diagram.waitForDrawing();
  await wizard.answer('Yes');
  await wizard.answer('Yes');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'oci_gpu');
  // Answering, following and the buttons need none of it.
  const canvas = diagram.panel.locator('.diagram-canvas');
  const scale = async () => Number(await canvas.getAttribute('data-scale'));
  await expect(canvas).not.toHaveAttribute('data-moving');
  const followed = await scale();
  await diagram.panel.getByRole('button', { name: 'Zoom in', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(scale).toBeGreaterThan(followed);
  await expect(canvas).not.toHaveAttribute('data-moving');
  expect(gestureRequests).toEqual([]);
  await expect(canvas).not.toHaveAttribute('data-gestures');

  // The pointer arrives over the drawing: the gestures load, and take over the same view.
  const transform = () => canvas.locator('svg').evaluate((svg) => svg.style.transform);
  const before = await transform();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(canvas).toHaveAttribute('data-gestures', 'ready');
  expect(gestureRequests.length).toBeGreaterThan(0);
  expect(await transform()).toBe(before);
});

test('with the drawing and Mermaid blocked, the outline shows the same state and the guide keeps working', async ({
  page,
  guards,
}) => {
  guards.allowConsoleError(/Failed to load resource/);
  let blocked = 0;
  await page.route(/\/assets\/(mermaid-[\w-]{8}|[\w-]+\.gen-[\w-]+)\.js$/, async (route) => {
    blocked += 1;
    await route.abort('internetdisconnected');
  });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  const path = GUIDE_PATHS[4]!;
  await wizard.open('tree=guide&resource_constrained=no&lang=en');

  await expect(diagram.outline).toBeVisible();
  await expect(diagram.panel.getByRole('status')).toContainText('could not be loaded');
  expect(blocked).toBeGreaterThan(0);
  await expect(diagram.viewButton('Diagram')).toBeDisabled();
  expect(await diagram.outlineMarks()).toEqual(expectedMarks(path, 1));
  await expectNoAxeViolations(page);

  // The wizard still works, and the outline follows it.
  await wizard.answer('No');
  await wizard.answer('No');
  await expect(wizard.result).toBeVisible();
  await expect.poll(() => diagram.outlineMarks()).toEqual(expectedMarks(path, 3));

  // Answered questions in the outline go back, like the drawing's nodes.
  await diagram.outlineJump('fast_startup').click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  await expect.poll(() => diagram.outlineMarks()).toEqual(expectedMarks(path, 1));
});

test('the extended tree is drawn and marked as well', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&lang=en');
  await diagram.waitForDrawing();
  await expect(diagram.drawing.locator('[data-node-id]')).toHaveCount(12);
  await expect
    .poll(() => diagram.marks())
    .toEqual({
      nodes: {
        existing_images: 'visited',
        oci_strong_isolation: 'visited',
        oci_gpu: 'visited',
        vm_boundary: 'current',
      },
      edges: ['existing_images=yes', 'oci_strong_isolation=yes', 'oci_gpu=no'],
      stray: 0,
    });
  // A shortened label still names the node in full on hover (with all of the drawing in view:
  // it is followed at a readable size).
  await fitWhole(diagram);
  await diagram.node('existing_images').hover();
  await expect(diagram.panel.locator('.diagram-tooltip')).toContainText(
    '(no rebuild to WebAssembly)?',
  );
});

test('language and theme each get their own drawing, with the same marks', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  const path = GUIDE_PATHS[1]!;
  await wizard.open(`${searchFor(path, 'zh')}&theme=dark`);
  await diagram.waitForDrawing();
  await expect(diagram.drawing).toContainText('资源受限?');
  await expect(diagram.drawing).toHaveAttribute('id', /-zh-dark-/);
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, path.answers.length));
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(diagram.drawing).toHaveAttribute('id', /-en-dark-/);
  await expect(diagram.drawing).toContainText('Is the environment resource-constrained?');
  await expect.poll(() => diagram.marks()).toEqual(expectedMarks(path, path.answers.length));
});

test('axe finds nothing with the diagram shown, mid-walk and at a result', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=guide&resource_constrained=yes&lang=en');
  await diagram.waitForDrawing();
  await expectNoAxeViolations(page);
  await wizard.answer('No');
  await expect.poll(async () => (await diagram.marks()).nodes.runc).toBe('outcome');
  await expectNoAxeViolations(page);
});

test('downloads the diagram as SVG and as PNG, marks included', async ({ page }) => {
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=no&lang=en');
  await diagram.waitForDrawing();

  const svgFile = await diagram.download('SVG');
  expect(svgFile.suggestedFilename()).toBe('decision-tree-guide-en.svg');
  const svgText = await streamText(await svgFile.createReadStream());
  expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svgText).toContain('data-node-id="strong_isolation" data-path="visited"');
  expect(svgText).toContain('Is the environment resource-constrained?');
  // The page's colour tokens are written in, so the file looks the same on its own.
  expect(svgText).toMatch(/--accent: ?#[0-9a-f]{6}/i);

  const pngFile = await diagram.download('PNG');
  expect(pngFile.suggestedFilename()).toBe('decision-tree-guide-en.png');
  const png = await streamBytes(await pngFile.createReadStream());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
  await expect(diagram.panel.getByText('cannot turn the diagram into a PNG')).toHaveCount(0);
});

test('wide screens show the question and the diagram side by side, all of it on Fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=full&existing_images=no&lang=en');
  await diagram.waitForDrawing();
  const canvas = diagram.panel.locator('.diagram-canvas');
  const question = (await wizard.question.boundingBox())!;
  const frame = (await canvas.boundingBox())!;
  expect(frame.x).toBeGreaterThan(question.x + question.width - 1);
  expect(frame.y + frame.height).toBeLessThanOrEqual(900);
  expect(question.y + question.height).toBeLessThanOrEqual(900);
  // The question being asked is in the panel; Fit brings every node into it.
  await expect(canvas).not.toHaveAttribute('data-moving');
  expect(await insidePanel(diagram.drawing.locator('[data-path="current"]'))).toBe(true);
  await fitWhole(diagram);
  const nodes = diagram.drawing.locator('g.node[data-node-id]');
  for (let index = 0; index < (await nodes.count()); index++) {
    expect(await insidePanel(nodes.nth(index))).toBe(true);
  }
});

test('on a phone the diagram follows the question at a readable size, and fits on demand', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&lang=en');
  await diagram.waitForDrawing();
  // Below the question, not beside it.
  const question = (await wizard.question.boundingBox())!;
  const panel = (await diagram.panel.boundingBox())!;
  expect(panel.y).toBeGreaterThan(question.y + question.height - 1);

  const canvas = diagram.panel.locator('.diagram-canvas');
  const scale = async () => Number(await canvas.getAttribute('data-scale'));
  await expect(diagram.panel.getByRole('button', { name: 'Follow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The question being asked is in view inside the panel.
  await expect
    .poll(() =>
      diagram.node('gpu').evaluate((node) => {
        const box = node.getBoundingClientRect();
        const frame = node.closest('.diagram-canvas')!.getBoundingClientRect();
        return box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top;
      }),
    )
    .toBe(true);
  await expect(canvas).not.toHaveAttribute('data-moving');
  const following = await scale();

  await diagram.panel.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(diagram.panel.getByRole('button', { name: 'Fit', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(scale).toBeLessThan(following);
  await expect(canvas).not.toHaveAttribute('data-moving');
  const fitted = await scale();
  await diagram.panel.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scale).toBeGreaterThan(fitted);
});

/** Fit: the whole drawing in the panel, once the view has settled. */
async function fitWhole(diagram: DiagramPage): Promise<void> {
  const fit = diagram.panel.getByRole('button', { name: 'Fit', exact: true });
  await fit.click();
  await expect(fit).toHaveAttribute('aria-pressed', 'true');
  await expect(diagram.panel.locator('.diagram-canvas')).not.toHaveAttribute('data-moving');
}

/** The element lies inside the diagram's panel, where the reader can see it. */
function insidePanel(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const frame = node.closest('.diagram-canvas')!.getBoundingClientRect();
    return (
      box.left >= frame.left - 1 &&
      box.right <= frame.right + 1 &&
      box.top >= frame.top - 1 &&
      box.bottom <= frame.bottom + 1
    );
  });
}

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamBytes(stream)).toString('utf8');
}
