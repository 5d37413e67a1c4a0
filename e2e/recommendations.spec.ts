// The result explains itself: why not each other runtime, what each other answer would do,
// the guide's 2025 recommendation, and a decision record that downloads and copies.
import fs from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { RUNTIME_NAMES } from './guide-paths';
import { allPaths, OUTCOMES, QUESTION_TEXT, walk, type Answer } from './tree-model';
import { WizardPage } from './wizard-page';

function searchOf(treeId: string, path: [string, Answer][], lang = 'en'): string {
  const answers = path.map(([q, a]) => `${q}=${a}`).join('&');
  return `tree=${treeId}&${answers}&lang=${lang}`;
}

for (const treeId of ['guide', 'full'] as const) {
  for (const path of allPaths(treeId)) {
    const label = path.map(([q, a]) => `${q}=${a}`).join(', ');
    const answers = Object.fromEntries(path) as Record<string, Answer>;
    const reached = walk(treeId, answers).where;
    if (reached.kind !== 'outcome') throw new Error(`path ${label} does not end in an outcome`);
    const runtime = reached.runtime;

    test(`${treeId}: ${label} explains why not the others and what would change it`, async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open(searchOf(treeId, path));
      await expect(wizard.result).toHaveAttribute('data-runtime', runtime);

      // Why not: one card for each of the three other runtimes, each with reasons.
      await wizard.openSection('why-not');
      const cards = wizard.result.getByTestId('why-not').locator('.why-not-card');
      const others = OUTCOMES.filter((id) => id !== runtime);
      await expect(cards).toHaveCount(3);
      for (const id of others) {
        const card = cards.and(page.locator(`[data-runtime="${id}"]`));
        await expect(card.getByRole('heading', { level: 4 })).toContainText(RUNTIME_NAMES[id]!);
        expect(await card.locator('.reasons > li').count(), id).toBeGreaterThan(0);
      }

      // What if: every answered question has a link to the other answer's state, which
      // opens exactly where the guide's tree says it leads.
      const resultUrl = page.url();
      const whatIf = wizard.result.getByTestId('what-if');
      for (const [questionId, given] of path) {
        const other: Answer = given === 'yes' ? 'no' : 'yes';
        const expected = walk(treeId, { ...answers, [questionId]: other }).where;
        await wizard.openSection('what-if');
        const item = whatIf.locator(`li[data-question-id="${questionId}"]`);
        await expect(item).toHaveCount(1);
        await expect(item).toContainText(QUESTION_TEXT[questionId]!);
        await item.getByRole('link').click();
        await expect(page.getByTestId('share-notice')).toHaveCount(0);
        expect(wizard.searchParams().get(questionId)).toBe(other);
        if (expected.kind === 'outcome') {
          await expect(wizard.result).toHaveAttribute('data-runtime', expected.runtime);
        } else {
          await expect(wizard.question).toHaveAttribute('data-question-id', expected.id);
        }
        await page.goto(resultUrl);
        await expect(wizard.result).toHaveAttribute('data-runtime', runtime);
      }
    });
  }
}

test('a result that calls for strong isolation shows Kata first and gVisor second', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en');
  const recommendations = wizard.result.getByTestId('recommendations');
  const strong = recommendations.locator('li[data-scenario="strong_isolation"]');
  await expect(strong).toContainText('Strong isolation');
  await expect(strong.locator('div', { hasText: 'First choice' })).toContainText('Kata Containers');
  await expect(strong.locator('div', { hasText: 'Second choice' })).toContainText('gVisor');
  // The guide's edge-computing recommendation names WasmEdge 0.14.1, which is outdated.
  await expect(recommendations).toContainText('WasmEdge 0.14.1 is outdated');
  // The matching case study and the guide's best practices for WasmEdge.
  await expect(wizard.result).toContainText('Case 1: edge computing runtime selection');
  await expect(wizard.result).toContainText('Module optimisation');
  await expectNoAxeViolations(page);

  // No strong-isolation recommendation where the answers do not ask for it.
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=en');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  await expect(wizard.result.locator('li[data-scenario="strong_isolation"]')).toHaveCount(0);
  await expect(wizard.result.getByTestId('recommendations')).toContainText(
    'no entry for this scenario',
  );
});

test('a gVisor result says plainly that the guide has no best practices, and shows published ones', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open(
    'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=no&lang=en',
  );
  await expect(wizard.result).toHaveAttribute('data-runtime', 'gvisor');
  await expect(wizard.result).toContainText('The guide has no best practices for gVisor.');
  await wizard.openSection('practices');
  const citation = wizard.result.getByRole('link', {
    name: /gVisor documentation: Production guide/,
  });
  await expect(citation.first()).toHaveAttribute(
    'href',
    'https://gvisor.dev/docs/user_guide/production/',
  );
  // The guide's "no GPU" for gVisor is shown beside the published nvproxy support.
  await expect(wizard.result.getByTestId('why')).toBeVisible();
  await expect(wizard.result).toContainText('nvproxy');
  await expectNoAxeViolations(page);
});

test('links from a result open the runtime page and reach the other runtimes’ pages', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=yes&lang=en');
  await wizard.result.getByRole('link', { name: 'WasmEdge: runtime page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('WasmEdge');
  await page.goBack();
  await wizard.openSection('why-not');
  await wizard.result.getByRole('link', { name: 'About Kata Containers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kata Containers');
  expect(new URL(page.url()).hash).toContain('lang=en');
});

test.describe('decision record', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('downloads as Markdown with the answers, the decision, the options and the link, and copies the same text', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
    const shareUrl = page.url();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      wizard.result.getByRole('button', { name: 'Download decision record' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^decision-record-wasmedge-\d{4}-\d{2}-\d{2}\.md$/,
    );
    const file = await download.path();
    const text = await fs.readFile(file, 'utf8');

    expect(text.split('\n')[0]).toBe('# Decision record: use WasmEdge as the container runtime');
    expect(text).toMatch(/^- Status: proposed$/m);
    expect(text).toMatch(/^- Date: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toContain(`| ${QUESTION_TEXT.resource_constrained} | No |`);
    expect(text).toContain(`| ${QUESTION_TEXT.fast_startup} | No |`);
    expect(text).toContain(`| ${QUESTION_TEXT.gpu} | Yes |`);
    for (const heading of [
      '## Context and problem statement',
      '## Decision drivers',
      '## Considered options',
      '## Decision outcome',
      '### Consequences',
      '## Why not the other options',
      '### runc/containerd',
      '### Kata Containers',
      '### gVisor',
      '## Sources',
      '## Share link',
    ]) {
      expect(text, heading).toContain(`\n${heading}\n`);
    }
    expect(text).toContain('Chosen option: **WasmEdge**');
    // The guide's "no" for gVisor GPU, with the published nvproxy figure beside it.
    expect(text).toContain('gVisor runs GPU workloads through nvproxy');
    expect(text).toContain('https://gvisor.dev/docs/user_guide/gpu/');
    expect(text.trimEnd().endsWith(`<${shareUrl}>`)).toBe(true);

    await wizard.result.getByRole('button', { name: 'Copy decision record' }).click();
    await expect(wizard.result.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(text);
  });

  test('is written in Chinese on a Chinese page', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=no&lang=zh');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      wizard.result.getByRole('button', { name: '下载决策记录' }).click(),
    ]);
    const text = await fs.readFile(await download.path(), 'utf8');
    expect(text.split('\n')[0]).toBe('# 决策记录：采用 runc/containerd 作为容器运行时');
    expect(text).toContain('| 资源受限? | 是 |');
    expect(text).toContain('| 需要强隔离? | 否 |');
    expect(text).toContain(`<${page.url()}>`);
  });
});

test('the result reads in Chinese and passes axe in the dark theme', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=yes&lang=zh&theme=dark');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  await expect(wizard.result.getByTestId('why-not')).toContainText('为何不选其他运行时');
  await expect(wizard.result.getByTestId('what-if')).toContainText('怎样会改变结果');
  await expect(wizard.result.locator('.why-not-card')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('a guide-tree result its own 2025 practice disputes says so first and opens the extended tree', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  const dispute = wizard.result.getByTestId('result-dispute');
  await expect(dispute).toContainText('names Kata Containers first for Strong isolation');
  // The strong-isolation answer carries over; the extended tree then asks about a GPU.
  await dispute.getByRole('link', { name: 'See this in the extended tree' }).click();
  await expect(page).toHaveURL(/tree=full/);
  await expect(page).toHaveURL(/oci_strong_isolation=yes/);
  await expect(wizard.questionHeading()).toContainText('Does it need GPU access?');
});

test('an undisputed guide-tree result has no dispute note', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=yes&lang=en');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  await expect(wizard.result.getByTestId('why-not')).toBeVisible();
  await expect(wizard.result.getByTestId('result-dispute')).toHaveCount(0);
});

test('on a GPU result, gVisor is ruled out by the guide’s rating with nvproxy named, and the VM-boundary need reads a published row', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=yes&lang=en');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'kata');
  const gvisor = wizard.result.locator('.why-not-card[data-runtime="gvisor"]');
  await expect(gvisor).toHaveAttribute('data-verdict', 'disputed');
  await expect(gvisor).toContainText('published sources disagree');
  await expect(gvisor).toContainText('nvproxy');

  await wizard.open(
    'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=yes&lang=en',
  );
  const wasmedge = wizard.result.locator('.why-not-card[data-runtime="wasmedge"]');
  await expect(wasmedge).toHaveAttribute('data-verdict', 'ruled_out');
  await expect(wasmedge).toContainText('Hardware-virtualisation (VM) boundary');
  await expect(wasmedge).not.toContainText('Meets “Is a hardware-virtualisation');
});
