// The platform plan: built from four results (one per runtime), edited, shared by link and
// restored in a fresh browser, its deployment bundle, and a damaged link.
import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PlanPage } from './plan-page';
import { HOST_ORIGIN } from './servers';

// One result per runtime, on our extended tree (product.md's edges).
const RESULTS = [
  {
    name: 'edge functions',
    runtime: 'wasmedge',
    search: 'tree=full&existing_images=no&resource_constrained=yes&strong_isolation=yes&lang=en',
  },
  {
    name: 'legacy api',
    runtime: 'runc',
    search: 'tree=full&existing_images=yes&oci_strong_isolation=no&lang=en',
  },
  {
    name: 'inference',
    runtime: 'kata',
    search: 'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=yes&lang=en',
  },
  {
    name: 'tenant jobs',
    runtime: 'gvisor',
    search:
      'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=no&lang=en',
  },
] as const;

async function buildPlan(page: import('@playwright/test').Page): Promise<PlanPage> {
  for (const result of RESULTS) await PlanPage.addResult(page, result.search, result.name);
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Plan/ });
  await expect(nav).toHaveAccessibleName('Plan : 4 workloads');
  await nav.click();
  const plan = new PlanPage(page);
  await expect(plan.workloads).toHaveCount(RESULTS.length);
  return plan;
}

test('a plan built from four results, one per runtime', async ({ page }) => {
  // Four results, the plan page and an axe scan of a long page: more than the default.
  test.slow();
  const plan = await buildPlan(page);
  expect(await plan.workloadNames()).toEqual(RESULTS.map((result) => result.name));
  expect(await plan.workloadRuntimes()).toEqual(RESULTS.map((result) => result.runtime));
  expect(await plan.runtimeSet()).toEqual(['wasmedge', 'runc', 'kata', 'gvisor']);
  // Each workload links to its full result.
  await plan.workloads.nth(2).getByRole('link', { name: 'Full result for “inference”' }).click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-runtime', 'kata');
  await page.goBack();
  await expect(plan.workloads).toHaveCount(4);
  // The combination's notes and the consolidation come from data, in words.
  await expect(plan.root.getByTestId('plan-notes')).toContainText('kata-qemu-nvidia-gpu');
  await expect(plan.root.getByTestId('plan-notes')).toContainText('containerd-shim-wasmedge-v1');
  await expect(plan.root.getByTestId('plan-consolidation')).toContainText(/4 runtimes -> \d/);
  // The chart draws one bar per runtime.
  await expect(plan.root.locator('.plan-chart-surface svg rect.plan-bar')).toHaveCount(4);
  await expectNoAxeViolations(page);
});

test('editing: rename, reorder, duplicate, remove, change answers, add in place and from a preset', async ({
  page,
}) => {
  test.slow();
  const plan = await buildPlan(page);

  await plan.workloads.first().getByLabel('Name of workload 1').fill('edge fns');
  await plan.workloads.first().getByLabel('Name of workload 1').press('Enter');
  await expect(plan.workloads.first()).toHaveAttribute('data-name', 'edge fns');
  expect(plan.planValues()[0]).toMatch(/\.edge fns$/);

  await plan.root.getByRole('button', { name: 'Move “edge fns” down' }).click();
  expect(await plan.workloadRuntimes()).toEqual(['runc', 'wasmedge', 'kata', 'gvisor']);

  await plan.root.getByRole('button', { name: 'Duplicate “inference”' }).click();
  expect(await plan.workloadNames()).toEqual([
    'legacy api',
    'edge fns',
    'inference',
    'inference (2)',
    'tenant jobs',
  ]);

  await plan.root.getByRole('button', { name: 'Remove “legacy api” from the plan' }).click();
  expect(await plan.runtimeSet()).toEqual(['wasmedge', 'kata', 'gvisor']);

  // Change answers: the walk opens with them; Back to plan leaves without a change.
  await plan.root.getByRole('button', { name: 'Change the answers of “inference (2)”' }).click();
  const walk = page.getByTestId('plan-walk');
  await expect(walk).toContainText('These answers lead to Kata Containers');
  await walk.getByRole('button', { name: 'Back to plan' }).click();
  expect(await plan.workloadRuntimes()).toEqual(['wasmedge', 'kata', 'kata', 'gvisor']);

  await plan.root.getByRole('button', { name: 'Change the answers of “inference (2)”' }).click();
  await walk
    .getByRole('button', { name: /^Change the answer to “Does it need GPU access\?”/ })
    .click();
  await walk.getByTestId('plan-walk-question').getByRole('button', { name: 'No' }).click();
  await walk.getByTestId('plan-walk-question').getByRole('button', { name: 'No' }).click();
  await expect(walk).toContainText('These answers lead to gVisor');
  await walk.getByRole('button', { name: 'Save answers' }).click();
  expect(await plan.workloadRuntimes()).toEqual(['wasmedge', 'kata', 'gvisor', 'gvisor']);
  await expect(plan.workloads.nth(2)).toHaveAttribute('data-name', 'inference (2)');

  // Walk a tree in place.
  await plan.root.getByLabel('Decision tree').selectOption('guide');
  await plan.root.getByRole('button', { name: 'Walk a decision tree' }).click();
  await walk.getByTestId('plan-walk-question').getByRole('button', { name: 'No' }).click();
  await walk.getByTestId('plan-walk-question').getByRole('button', { name: 'No' }).click();
  await walk.getByTestId('plan-walk-question').getByRole('button', { name: 'No' }).click();
  await walk.getByLabel('Name in the plan').fill('batch');
  await walk.getByRole('button', { name: 'Add to plan' }).click();
  await expect(plan.workloads).toHaveCount(5);
  await expect(plan.workloads.nth(4)).toHaveAttribute('data-runtime', 'runc');

  // From a matrix scenario preset: the edge scenario fixes every answer.
  await plan.root.getByLabel('Matrix scenario').selectOption({ index: 0 });
  await plan.root.getByRole('button', { name: 'Start from a matrix scenario' }).click();
  await expect(walk.getByRole('button', { name: 'Add to plan' })).toBeVisible();
  await walk.getByRole('button', { name: 'Add to plan' }).click();
  await expect(plan.workloads).toHaveCount(6);
  expect(await plan.runtimeSet()).toEqual(['wasmedge', 'runc', 'kata', 'gvisor']);
  await expectNoAxeViolations(page);
});

test('the link restores the plan exactly in a fresh browser', async ({ page, browser }) => {
  const plan = await buildPlan(page);
  await plan.workloads.nth(3).getByLabel('Name of workload 4').fill('租户作业 / batch');
  await plan.workloads.nth(3).getByLabel('Name of workload 4').press('Enter');
  await expect(plan.workloads.nth(3)).toHaveAttribute('data-name', '租户作业 / batch');
  const names = await plan.workloadNames();
  const url = page.url();

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(url);
    const restored = new PlanPage(other);
    await expect(restored.workloads).toHaveCount(4);
    expect(await restored.workloadNames()).toEqual(names);
    expect(await restored.workloadRuntimes()).toEqual(RESULTS.map((result) => result.runtime));
    // The plan is now that browser's working plan too: its header counts it.
    await expect(other.getByTestId('plan-nav')).toHaveAttribute('data-count', '4');
  } finally {
    await fresh.close();
  }
});

test('the deployment bundle: one file set for the plan, copied or downloaded as a zip', async ({
  page,
}) => {
  const plan = await buildPlan(page);
  const bundle = plan.root.getByTestId('plan-bundle');
  await bundle.getByRole('radio', { name: 'K3s' }).check();
  await expect(page).toHaveURL(/target=k3s/);
  const files = await plan.snippets.evaluateAll((blocks) =>
    blocks.map((block) => block.getAttribute('data-filename')),
  );
  expect(files).toEqual(
    expect.arrayContaining([
      'prepare-nodes.sh',
      'runtimeclasses.yaml',
      'workloads.yaml',
      'apply.sh',
    ]),
  );
  const pods = await plan.snippets
    .filter({ has: page.locator('[data-filename="workloads.yaml"]') })
    .or(page.locator('[data-filename="workloads.yaml"]'))
    .locator('pre')
    .innerText();
  expect(pods.match(/^kind: Pod$/gm)).toHaveLength(4);
  expect(pods).toContain('runtimeClassName: kata-qemu-nvidia-gpu');

  const downloading = page.waitForEvent('download');
  await bundle.getByRole('button', { name: 'Download as zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('runtime-plan-k3s.zip');
  const path = await download.path();
  const zipped = unzipSync(new Uint8Array(fs.readFileSync(path)));
  expect(Object.keys(zipped).sort()).toEqual(
    files.map((file) => `runtime-plan-k3s/${file ?? ''}`).sort(),
  );
  expect(strFromU8(zipped['runtime-plan-k3s/workloads.yaml'] ?? new Uint8Array())).toContain(
    'name: inference',
  );
});

test('a damaged plan link drops only what is invalid and says what', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.open(
    [
      'w=full.yes-no.legacy%20api',
      'w=garbage',
      'w=nosuchtree.yes.x',
      'w=full.yes-maybe.broken',
      'w=guide.no-yes.*%25%25',
      'lang=en',
    ].join('&'),
  );
  await expect(plan.workloads).toHaveCount(2);
  expect(await plan.workloadRuntimes()).toEqual(['runc', 'wasmedge']);
  const notice = plan.root.getByTestId('plan-notice');
  await expect(notice.getByRole('listitem')).toHaveCount(4);
  await expect(notice).toContainText('Workload 2 (“garbage”) could not be read.');
  await expect(notice).toContainText('Workload 3 names a decision tree that does not exist');
  await expect(notice).toContainText('Workload 4 “broken”: its answers do not lead to a result.');
  await expect(notice).toContainText('Workload 5: its name could not be read');
  // The address now holds what could be read.
  await expect.poll(() => plan.planValues().length).toBe(2);
});

test('the plan works when storage throws, and in Chinese and dark mode', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await PlanPage.addResult(page, RESULTS[2].search, 'gpu svc');
  await page.goto(`./#/plan?lang=zh&theme=dark`);
  const plan = new PlanPage(page);
  await expect(plan.workloads).toHaveCount(1);
  await expect(plan.root.getByRole('heading', { name: '平台规划' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('embedded', () => {
  test.use({ allowedOrigins: [HOST_ORIGIN] });

  test('the host hears runtime-advisor:plan when the plan changes, and the plan works in the frame', async ({
    page,
  }) => {
    test.slow();
    await page.goto(`${HOST_ORIGIN}/embed.html`);
    await page.evaluate(() => {
      const element = document.createElement('div');
      element.id = 'planned';
      element.dataset.runtimeAdvisor = '';
      element.dataset.lang = 'en';
      element.dataset.answers = 'resource_constrained=yes,strong_isolation=no';
      const events: unknown[] = [];
      (window as unknown as { planEvents: unknown[] }).planEvents = events;
      element.addEventListener('runtime-advisor:plan', (event) => {
        events.push((event as CustomEvent).detail);
      });
      document.querySelector('main')?.prepend(element);
      (window as unknown as { RuntimeAdvisor: { mount: () => void } }).RuntimeAdvisor.mount();
    });
    const frame = page.frameLocator('#planned iframe');
    const result = frame.getByTestId('result');
    await expect(result).toHaveAttribute('data-runtime', 'runc');
    await result.getByLabel('Name in the plan').fill('portal api');
    await result.getByRole('button', { name: 'Add to plan' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { planEvents: unknown[] }).planEvents))
      .toEqual([
        expect.objectContaining({
          workloads: [
            {
              name: 'portal api',
              tree: 'guide',
              runtime: 'runc',
              answers: { resource_constrained: 'yes', strong_isolation: 'no' },
            },
          ],
          runtimes: ['runc'],
          url: expect.stringMatching(/#\/plan\?w=guide\.yes-no\.portal/),
        }),
      ]);
    // The plan opens inside the frame, in embed mode (no header).
    await result.getByRole('link', { name: 'Open the plan' }).click();
    await expect(frame.getByTestId('plan-workload')).toHaveCount(1);
    await expect(frame.getByRole('banner')).toHaveCount(0);
  });
});
