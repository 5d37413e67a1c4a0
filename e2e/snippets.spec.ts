import fs from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { SnippetsSection } from './snippets-page';
import { WizardPage } from './wizard-page';

// Result pages reached by share link (the paths are the guide tree's, e2e/guide-paths.ts).
const RESULT = {
  wasmedge: 'tree=guide&resource_constrained=yes&strong_isolation=yes',
  runc: 'tree=guide&resource_constrained=no&fast_startup=no&gpu=no',
  kata: 'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=yes',
  gvisor: 'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=no',
} as const;

async function openResult(
  page: import('@playwright/test').Page,
  runtime: keyof typeof RESULT,
  extra = 'lang=en',
): Promise<SnippetsSection> {
  const wizard = new WizardPage(page);
  await wizard.open(`${RESULT[runtime]}&${extra}`);
  await expect(wizard.result).toHaveAttribute('data-runtime', runtime);
  const snippets = new SnippetsSection(page);
  await snippets.reveal();
  await expect(snippets.section).toHaveAttribute('data-runtime', runtime);
  return snippets;
}

test('the result page shows the chosen runtime’s set, by target, with the guide’s example', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open(`${RESULT.kata}&lang=en`);
  // Questions show no snippets; the result does.
  await wizard.open('tree=full&lang=en');
  await expect(wizard.question).toBeVisible();
  await expect(page.getByTestId('snippet')).toHaveCount(0);

  const snippets = await openResult(page, 'kata');
  await expect(snippets.section.getByRole('heading', { level: 2 })).toContainText(
    'Deploy Kata Containers',
  );
  await expect(snippets.tabs).toHaveText([
    'Kubernetes · containerd 2.x',
    'Kubernetes · containerd 1.x',
    'K3s',
    'containerd (ctr)',
  ]);
  await expect(snippets.tab('Kubernetes · containerd 2.x')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Every block is a snippet with a Copy button, a Download button and a source.
  const count = await snippets.blocks.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) {
    const block = snippets.blocks.nth(i);
    await expect(snippets.copyButton(block)).toBeVisible();
    await expect(snippets.downloadButton(block)).toBeVisible();
    await expect(block.locator('.source-citation')).toBeVisible();
  }
  // The current Kata set installs 4.1.0 with kata-deploy, not Kata 1.x packages.
  const install = snippets.block('kata_c2_install');
  expect(await snippets.codeText(install)).toContain('export VERSION=4.1.0');
  await expect(install).toContainText('Kata Containers (kata-deploy chart) 4.1.0');
  // The GPU variant states its limits and is labelled as not verified.
  const gpu = snippets.block('kata_c2_gpu_pod');
  await expect(gpu).toContainText('kata-qemu-nvidia-gpu');
  await expect(gpu).toContainText('Limits:');
  await expect(gpu).toContainText('Not verified');

  // The guide's example, verbatim and labelled, with what is outdated and a way back.
  const guide = snippets.block('guide_kata');
  await expect(guide).toContainText('From the guide (2025)');
  await expect(guide).toContainText('Why not to use it as is');
  expect(await snippets.codeText(guide)).toContain(
    'sudo apt-get install -y kata-runtime kata-proxy kata-shim',
  );
  await guide.getByRole('button', { name: 'Go to the current set' }).click();
  await expect(snippets.section.getByRole('heading', { level: 2 })).toBeFocused();

  await expectNoAxeViolations(page);
});

test('the snippets load when the reader opens their fold, in the space kept for them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const requested: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (file.endsWith('.js')) requested.push(file);
  });
  // Hold the snippets' code until the placeholder has been seen.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/runtime-snippets-*.js', async (route) => {
    await released;
    await route.continue();
  });
  const wizard = new WizardPage(page);
  await wizard.open(`${RESULT.runc}&lang=en`);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  const snippets = new SnippetsSection(page);
  // Folded: nothing of the snippets is shown or fetched until the reader asks for them.
  await expect(snippets.fold).not.toHaveAttribute('open');
  await expect(snippets.pending).toBeHidden();
  await expect(snippets.section).toHaveCount(0);
  expect(requested.filter((file) => file.startsWith('runtime-snippets-'))).toEqual([]);

  await snippets.fold.locator(':scope > summary').click();
  // Open: a placeholder that keeps the space and says it is loading.
  await expect(snippets.pending).toBeVisible();
  await expect(snippets.pending).toHaveAttribute('aria-busy', 'true');
  await expect(snippets.pending.getByRole('status')).toHaveText('Loading this section…');
  expect((await snippets.pending.boundingBox())!.height).toBeGreaterThan(300);
  await expectNoAxeViolations(page);

  release();
  await expect(snippets.section).toBeVisible();
  await expect(snippets.pending).toHaveCount(0);
  expect(requested.filter((file) => file.startsWith('runtime-snippets-'))).toHaveLength(1);
  await expect(snippets.blocks.first()).toBeVisible();
});

test('a link that names a tab shows the snippets without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wizard = new WizardPage(page);
  await wizard.open(`${RESULT.wasmedge}&lang=en&target=k3s`);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  const snippets = new SnippetsSection(page);
  // Loaded at once, wherever it is on the page.
  await expect(snippets.section).toBeAttached();
  await expect(snippets.tab('K3s')).toHaveAttribute('aria-selected', 'true');
  await expect(snippets.panel()).toHaveAttribute('data-target', 'k3s');
});

test('Copy puts exactly the block’s text on the clipboard, and says so', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const snippets = await openResult(page, 'gvisor');
  for (const id of ['gvisor_c2_configure', 'gvisor_c2_runtimeclass', 'gvisor_c2_install']) {
    const block = snippets.block(id);
    const expected = await snippets.codeText(block);
    expect(expected.length).toBeGreaterThan(20);
    const button = snippets.copyButton(block);
    await button.click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(block.getByText('Copied to the clipboard.')).toBeAttached();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(expected);
  }
});

test('Copy all puts every block of the set on the clipboard, in order', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const snippets = await openResult(page, 'runc');
  const steps = snippets.panel().locator('.snippet-group').first();
  const texts: string[] = [];
  const blocks = steps.getByTestId('snippet');
  for (let i = 0; i < (await blocks.count()); i++) {
    texts.push(await snippets.codeText(blocks.nth(i)));
  }
  expect(texts.length).toBeGreaterThan(3);
  await steps.getByRole('button', { name: 'Copy all', exact: true }).click();
  await expect(steps.getByRole('button', { name: 'Copied' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  let from = 0;
  for (const text of texts) {
    const at = clipboard.indexOf(text, from);
    expect(at, text.slice(0, 40)).toBeGreaterThanOrEqual(from);
    from = at + text.length;
  }
});

for (const [how, script] of [
  [
    'denied',
    () => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () =>
          Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    },
  ],
  [
    'missing',
    () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      // `'clipboard' in navigator` stays true: the write itself must fail honestly.
    },
  ],
] as const) {
  test(`with the clipboard ${how}, the text is selected for a manual copy and nothing says “Copied”`, async ({
    page,
  }) => {
    await page.addInitScript(script);
    const snippets = await openResult(page, 'wasmedge');
    const block = snippets.block('wasmedge_c2_install');
    const expected = await snippets.codeText(block);
    await snippets.copyButton(block).click();

    const field = block.getByRole('textbox', { name: 'Text to copy' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(expected);
    await expect(field).toBeFocused();
    const selection = await field.evaluate((el: HTMLTextAreaElement) => [
      el.selectionStart,
      el.selectionEnd,
      el.value.length,
    ]);
    expect(selection).toEqual([0, expected.length, expected.length]);
    await expect(block).toContainText('press Ctrl+C');
    // Never a false success: not on the button, not in a live region, nowhere on the page.
    await expect(snippets.copyButton(block)).toBeVisible();
    await expect(page.getByText(/Copied/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test('Download saves the block’s text under a name that says what it is', async ({ page }) => {
  const snippets = await openResult(page, 'gvisor');
  for (const [id, name] of [
    ['gvisor_c2_install', 'gvisor-k8s_containerd2-install.sh'],
    ['gvisor_c2_pod', 'gvisor-k8s_containerd2-pod.yaml'],
    ['gvisor_c2_configure', 'gvisor-k8s_containerd2-configure.toml'],
  ] as const) {
    const block = snippets.block(id);
    const expected = await snippets.codeText(block);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      snippets.downloadButton(block).click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
    const path = await download.path();
    expect(await fs.readFile(path, 'utf8')).toBe(expected);
  }
});

test('the target tab is kept in the URL, survives a reload and works by keyboard', async ({
  page,
}) => {
  const snippets = await openResult(page, 'wasmedge');
  await expect(snippets.panel()).toHaveAttribute('data-target', 'k8s_containerd2');
  const historyLength = await page.evaluate(() => history.length);

  await snippets.selectTarget('K3s');
  await expect(snippets.panel()).toHaveAttribute('data-target', 'k3s');
  await expect.poll(() => snippets.searchParams().get('target')).toBe('k3s');
  // The K3s set uses the class K3s creates, "wasmedge", and puts the shim where K3s looks.
  const install = snippets.block('wasmedge_k3s_install');
  expect(await snippets.codeText(install)).toContain(
    'sudo install containerd-shim-wasmedge-v1 /usr/bin/',
  );
  // The wizard keeps the tab in its canonical link, after its own parameters.
  const keys = [...snippets.searchParams().keys()];
  expect(keys).toEqual(['tree', 'resource_constrained', 'strong_isolation', 'lang', 'target']);
  // Switching tabs does not add history entries.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.reload();
  await expect(snippets.tab('K3s')).toHaveAttribute('aria-selected', 'true');
  await expect(snippets.panel()).toHaveAttribute('data-target', 'k3s');
  await expect(page.getByTestId('share-notice')).toHaveCount(0);

  // Arrow keys move between tabs and select them; the URL follows.
  await snippets.tab('K3s').focus();
  await page.keyboard.press('ArrowRight');
  await expect(snippets.tab('containerd (ctr)')).toBeFocused();
  await expect(snippets.tab('containerd (ctr)')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => snippets.searchParams().get('target')).toBe('ctr');
  await page.keyboard.press('Home');
  await expect(snippets.tab('Kubernetes · containerd 2.x')).toBeFocused();
  await expect.poll(() => snippets.searchParams().get('target')).toBe('k8s_containerd2');

  // An unknown target in a link falls back to the first tab.
  const wizard = new WizardPage(page);
  await wizard.open(`${RESULT.wasmedge}&lang=en&target=nope`);
  await expect(snippets.panel()).toHaveAttribute('data-target', 'k8s_containerd2');
});

test('code is highlighted once highlight.js loads, with the text unchanged', async ({ page }) => {
  const snippets = await openResult(page, 'gvisor');
  const block = snippets.block('gvisor_c2_configure');
  // Highlighting loads when a block comes near the viewport, as a reader scrolls to it.
  await block.scrollIntoViewIfNeeded();
  await expect(block.locator('pre')).toHaveAttribute('data-highlight', 'done');
  await expect(block.locator('pre code span[class^="hljs-"]').first()).toBeAttached();
  const text = await snippets.codeText(block);
  expect(text).toContain("[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runsc]");
  expect(text.startsWith('# /etc/containerd/config.toml')).toBe(true);
});

test('without the highlighter chunk the code shows as plain text and still copies', async ({
  page,
  guards,
}) => {
  guards.allowConsoleError(/Failed to load resource|Failed to fetch dynamically imported module/);
  await page.route(/\/assets\/(core|bash|yaml|ini)-[\w-]+\.js$/, (route) => route.abort());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const wizard = new WizardPage(page);
  await wizard.open(`${RESULT.runc}&lang=en`);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  const snippets = new SnippetsSection(page);
  const block = snippets.block('runc_c2_install');
  // The failed chunk may cost one guarded reload (a redeploy looks the same); the reader then
  // scrolls back to the snippets and the block. The load has failed (not merely not happened yet), text is plain.
  await expect(async () => {
    await snippets.reveal();
    await block.scrollIntoViewIfNeeded({ timeout: 1500 });
    await expect(block.locator('pre')).toHaveAttribute('data-highlight', 'failed', {
      timeout: 1500,
    });
  }).toPass({ timeout: 15_000 });
  await expect(block.locator('pre code')).toContainText('RUNC_VERSION=1.5.1');
  await expect(block.locator('pre code span')).toHaveCount(0);
  await snippets.copyButton(block).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await snippets.codeText(block),
  );
});

test('at 360px the page never scrolls sideways; long lines scroll inside their block', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const snippets = await openResult(page, 'runc');
  const block = snippets.block('runc_c2_install');
  await expect(block).toBeVisible();
  const page360 = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(page360).toBeLessThanOrEqual(360);
  const [scrollWidth, clientWidth] = await block
    .locator('pre')
    .evaluate((pre) => [pre.scrollWidth, pre.clientWidth]);
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await expectNoAxeViolations(page);
});

test('in Chinese and in dark mode: labels in Chinese, commands unchanged, axe clean', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const snippets = await openResult(page, 'gvisor', 'lang=zh&theme=dark');
  await expect(snippets.section.getByRole('heading', { level: 2 })).toContainText('部署 gVisor');
  await expect(snippets.section.getByRole('tablist', { name: '部署目标' })).toBeVisible();
  await expect(snippets.section).toContainText('指南没有 gVisor 的部署示例。');
  const block = snippets.block('gvisor_c2_runtimeclass');
  const text = await snippets.codeText(block);
  expect(text).toContain('handler: runsc');
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  await block.getByRole('button', { name: '复制', exact: true }).click();
  await expect(block.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await expect(snippets.downloadButton(block)).toHaveCount(0);
  await expect(block.getByRole('button', { name: /^下载 / })).toBeVisible();
  await expectNoAxeViolations(page);
});
