import { test } from '@playwright/test';
const W = ['w=full.no-yes-yes.edge%20functions','w=full.yes-no.legacy%20api','w=full.yes-yes-yes.inference','w=full.yes-yes-no-no.tenant%20jobs'].join('&');
for (const [width, lang, theme] of [[390, 'en', 'light'], [390, 'zh', 'dark'], [1440, 'zh', 'dark']] as const) {
  test(`sections ${width} ${lang} ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./#/plan?${W}&lang=${lang}&theme=${theme}`);
    await page.getByTestId('plan-workload').first().waitFor();
    await page.locator('.plan-chart-surface svg').first().waitFor();
    const sections = page.locator('.plan-page > section');
    const n = await sections.count();
    for (let i = 0; i < n; i++) await sections.nth(i).screenshot({ path: `/tmp/shots/s-${width}-${lang}-${theme}-${i}.png` });
    await page.screenshot({ path: `/tmp/shots/top-${width}-${lang}-${theme}.png` });
  });
}
test('result add', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#/wizard?tree=full&existing_images=yes&oci_strong_isolation=no&lang=en');
  const r = page.getByTestId('result');
  await r.getByRole('button', { name: 'Add to plan' }).click();
  await r.locator('.add-to-plan').screenshot({ path: '/tmp/shots/result-add.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/wizard?tree=full&existing_images=yes&oci_strong_isolation=no&lang=zh&theme=dark');
  await page.getByTestId('result').locator('.add-to-plan').screenshot({ path: '/tmp/shots/result-add-zh.png' });
  await page.screenshot({ path: '/tmp/shots/header-390.png' });
});
