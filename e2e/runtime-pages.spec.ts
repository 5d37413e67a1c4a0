// Every runtime page, in both languages: the guide's guidance, its figures beside published
// ones, best practices (or a plain "the guide has none"), 2025 notes, case studies, and the
// deployment section with the guide's own example.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { RUNTIME_NAMES } from './guide-paths';

const IDS = ['wasmedge', 'runc', 'kata', 'gvisor'] as const;

const HEADINGS = {
  en: [
    'When it fits, according to the guide',
    'Figures: the guide’s and published ones',
    'Best practices',
    '2025 practice',
    'Case studies',
    'Deployment',
  ],
  zh: ['指南中的适用场景', '数据：指南数据与公开数据', '最佳实践', '2025 年实践', '案例', '部署'],
};

for (const lang of ['en', 'zh'] as const) {
  for (const id of IDS) {
    test(`the ${id} page renders in ${lang} and passes axe`, async ({ page }) => {
      await page.goto(`./#/runtimes/${id}?lang=${lang}${lang === 'zh' ? '&theme=dark' : ''}`);
      const profile = page.getByTestId('runtime-profile');
      await expect(profile).toHaveAttribute('data-runtime', id);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(RUNTIME_NAMES[id]!);
      for (const heading of HEADINGS[lang]) {
        await expect(profile.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      await expect(profile.locator('section#deployment')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test('gVisor: the guide has no best practices or deployment example, and the page says so', async ({
  page,
}) => {
  await page.goto('./#/runtimes/gvisor?lang=en');
  const profile = page.getByTestId('runtime-profile');
  await expect(profile).toContainText('The guide has no best practices for gVisor.');
  await expect(profile.locator('#deployment')).toContainText(
    'The guide has no deployment example for gVisor.',
  );
  // No example of the guide's; the current sets (published material, with sources) follow.
  await expect(
    profile.locator('#deployment').locator('[data-testid="snippet"][data-origin="guide"]'),
  ).toHaveCount(0);
  await expect(
    profile
      .locator('#deployment')
      .locator('[data-testid="snippet"][data-origin="current"]')
      .first(),
  ).toBeVisible();
  // Published practice fills the gap, labelled as not the guide's, each with its citation.
  const practices = profile.locator('#best-practices');
  await expect(practices).toContainText('Published practice (not from the guide)');
  await expect(
    practices.getByRole('link', { name: /gVisor documentation/ }).first(),
  ).toHaveAttribute('href', /^https:\/\/gvisor\.dev\/docs\/user_guide\//);
  // The guide's "no GPU" and the published nvproxy support, side by side.
  const gpu = profile.locator('[data-metric="gpu"]');
  await expect(gpu.locator('.figure-guide')).toContainText('no');
  await expect(gpu.locator('.figure[data-relation="disagrees"]')).toContainText('nvproxy');

  await page.goto('./#/runtimes/gvisor?lang=zh');
  await expect(profile).toContainText('指南中没有 gVisor 的最佳实践。');
  await expect(profile.locator('#deployment')).toContainText('指南中没有 gVisor 的部署示例。');
});

test('the guide’s start-up figures are shown as the guide’s, with the measurements that disagree', async ({
  page,
}) => {
  await page.goto('./#/runtimes/kata?lang=en');
  const coldStart = page.locator('[data-metric="cold_start"]');
  await expect(coldStart.locator('.figure-guide')).toContainText('5-15s');
  await expect(coldStart.locator('.figure[data-relation="disagrees"]').first()).toContainText(
    'Disagrees with the guide',
  );
  await expect(coldStart).toContainText('1.25 s');

  await page.goto('./#/runtimes/runc?lang=en');
  await expect(page.locator('[data-metric="cold_start"] .figure-guide')).toContainText('1-5s');
  await expect(page.locator('[data-metric="cold_start"]')).toContainText('0.21 s');

  // Our own reasoning is labelled as inference, never as a published figure.
  await page.goto('./#/runtimes/wasmedge?lang=en');
  const isolation = page.locator('[data-metric="isolation"]');
  await expect(isolation.locator('.figure-guide')).toContainText('5 of 5 stars');
  await expect(isolation.locator('.figure[data-source-kind="inference"]')).toContainText(
    'Our inference',
  );
  // WasmEdge 0.14.1, which the guide calls the latest, is outdated.
  await expect(page.locator('#practice-2025')).toContainText('WasmEdge 0.14.1 is outdated');
});

test.describe('the guide’s deployment example', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('is shown verbatim, labelled as the guide’s, with what is outdated, and copies exactly', async ({
    page,
  }) => {
    await page.goto('./#/runtimes/kata?lang=en');
    const deployment = page.locator('#deployment');
    const snippet = deployment.locator('[data-testid="snippet"][data-origin="guide"]');
    await expect(snippet).toHaveCount(1);
    // The working set comes first; the guide's example follows under its "outdated" heading,
    // folded, with no Copy button in sight until it is opened.
    const current = deployment
      .locator('[data-testid="snippet"]:not([data-origin="guide"])')
      .first();
    await expect(current).toBeVisible();
    const outdated = deployment.getByRole('heading', {
      name: 'The guide’s own example (outdated)',
    });
    await expect(outdated).toBeVisible();
    expect(
      await current.evaluate(
        (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
        await outdated.elementHandle(),
      ),
    ).toBe(true);
    await expect(snippet).toBeHidden();
    await expect(snippet.getByRole('button', { name: 'Copy' })).toBeHidden();
    await deployment
      .locator('summary', { hasText: 'Kata Containers deployment example (from the guide, 2025)' })
      .click();
    await expect(snippet).toBeVisible();
    // The note on what is outdated is above the code.
    const note = snippet.locator('.snippet-note');
    expect(
      await note.evaluate(
        (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
        await snippet.locator('pre').elementHandle(),
      ),
    ).toBe(true);
    await expect(snippet).toContainText('From the guide (2025)');
    await expect(snippet).toContainText(
      'sudo apt-get install -y kata-runtime kata-proxy kata-shim',
    );
    await expect(snippet).toContainText('Kata 1.x');
    await expect(page.locator('#deployment')).toContainText('containerd-shim-kata-v2');
    const code = await snippet.locator('pre').innerText();
    await snippet.getByRole('button', { name: 'Copy' }).click();
    await expect(snippet.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(code.split('\n')[0]).toBe('# Install Kata Containers');
  });
});

test('the runtimes index lists the four runtimes and opens each page', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Runtimes' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runtimes');
  for (const id of IDS) {
    await expect(
      page.getByRole('link', { name: `Open the ${RUNTIME_NAMES[id]} page` }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Open the gVisor page' }).click();
  await expect(page.getByTestId('runtime-profile')).toHaveAttribute('data-runtime', 'gvisor');
});

test('an unknown runtime id says so and lists the known ones', async ({ page }) => {
  await page.goto('./#/runtimes/firecracker?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No runtime “firecracker”');
  await expect(page.getByRole('link', { name: 'Open the WasmEdge page' })).toBeVisible();
});

test('a runtime page is readable at 360 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./#/runtimes/runc?lang=zh');
  await expect(page.getByTestId('runtime-profile')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
