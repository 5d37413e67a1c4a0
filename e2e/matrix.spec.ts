// The guide's decision matrix: cells in words as well as symbols, in both languages, and each
// scenario a preset that opens the wizard where the matrix stops deciding.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { WizardPage } from './wizard-page';

// The guide's decision matrix (决策矩阵): scenario -> [resource constrained, fast startup,
// strong isolation, GPU], runtime.
const MATRIX = {
  edge: { label: 'Edge computing', cells: ['yes', 'yes', 'yes', 'no'], runtime: 'WasmEdge' },
  ai_inference: {
    label: 'AI inference',
    cells: ['partly', 'yes', 'yes', 'yes'],
    runtime: 'WasmEdge',
  },
  serverless: { label: 'Serverless', cells: ['partly', 'yes', 'yes', 'no'], runtime: 'WasmEdge' },
  microservices: {
    label: 'Microservices',
    cells: ['no', 'partly', 'partly', 'no'],
    runtime: 'runc/containerd',
  },
} as const;
const CRITERIA = ['resource_constrained', 'fast_startup', 'strong_isolation', 'gpu'];
const WORDS = {
  en: { yes: 'yes', partly: 'partly', no: 'no' },
  zh: { yes: '是', partly: '部分', no: '否' },
};

for (const lang of ['en', 'zh'] as const) {
  test(`the matrix renders every cell in words (${lang}) and passes axe`, async ({ page }) => {
    await page.goto(`./#/matrix?lang=${lang}`);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    for (const [id, row] of Object.entries(MATRIX)) {
      const tr = table.locator(`tr[data-scenario="${id}"]`);
      for (const [index, criterion] of CRITERIA.entries()) {
        const value = row.cells[index]!;
        const cell = tr.locator(`td[data-criterion="${criterion}"]`);
        await expect(cell).toContainText(WORDS[lang][value]);
        await expect(cell.locator(`[data-support="${value}"]`)).toHaveCount(1);
      }
      await expect(tr).toContainText(row.runtime);
    }
    await expectNoAxeViolations(page);
  });
}

test('the matrix passes axe in the dark theme', async ({ page }) => {
  await page.goto('./#/matrix?lang=en&theme=dark');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('scenario presets', () => {
  const cases = [
    // Edge fixes resource constrained = yes and strong isolation = yes: straight to WasmEdge.
    {
      id: 'edge',
      answers: { resource_constrained: 'yes', strong_isolation: 'yes' },
      lands: 'result',
    },
    // AI inference and serverless mark resource constrained "partly": the first question stays open.
    { id: 'ai_inference', answers: {}, lands: 'resource_constrained' },
    { id: 'serverless', answers: {}, lands: 'resource_constrained' },
    // Microservices: resource constrained = no, then fast startup "partly" is left to the user.
    { id: 'microservices', answers: { resource_constrained: 'no' }, lands: 'fast_startup' },
  ] as const;

  for (const preset of cases) {
    test(`“${MATRIX[preset.id].label}” opens the wizard at the right place`, async ({ page }) => {
      await page.goto('./#/matrix?lang=en');
      await page
        .getByRole('link', { name: `Open “${MATRIX[preset.id].label}” in the decision guide` })
        .click();
      const wizard = new WizardPage(page);
      if (preset.lands === 'result') {
        await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
      } else {
        await expect(wizard.question).toHaveAttribute('data-question-id', preset.lands);
      }
      // Only answers on the path are in the link: nothing was dropped.
      await expect(page.getByTestId('share-notice')).toHaveCount(0);
      const params = wizard.searchParams();
      const answerKeys = [...params.keys()].filter((key) => !['tree', 'lang'].includes(key));
      expect(answerKeys).toEqual(Object.keys(preset.answers));
      for (const [question, answer] of Object.entries(preset.answers)) {
        expect(params.get(question)).toBe(answer);
      }
      expect(params.get('tree')).toBe('guide');
      expect(params.get('lang')).toBe('en');
    });
  }

  test('work from the cards at 360 px, in Chinese', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./#/matrix?lang=zh');
    await expect(page.getByRole('table')).toBeHidden();
    const card = page.locator('.matrix-card[data-scenario="microservices"]');
    await expect(card).toContainText('部分');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await card.getByRole('link', { name: '在选型决策中打开“微服务”' }).click();
    const wizard = new WizardPage(page);
    await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
    expect(wizard.searchParams().get('lang')).toBe('zh');
    await expectNoAxeViolations(page);
  });
});

test('the header links to the matrix', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Matrix' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decision matrix');
});
