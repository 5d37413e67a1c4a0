// Team content: the tree switcher, and the production build served the way a portal serves it,
// with a team's advisor.content.json beside index.html (valid, broken, or full of markup).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from '../bench/lib/serve.mjs';
import { expect, expectNoAxeViolations, test as base } from './fixtures';
import { QUESTION_TEXT_EN } from './guide-paths';
import { DiagramPage } from './diagram-page';
import { WizardPage } from './wizard-page';

const EXAMPLE_FILE = path.resolve('examples', 'custom-content.json');

// ---------------------------------------------------------------- the switcher (vite preview)

const test = base;

test.describe('tree switcher', () => {
  test('names each tree and where it comes from, and switching keeps the shared answers', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=yes&lang=en');
    const switcher = page.getByTestId('tree-switcher');
    const guide = switcher.getByRole('button', { name: /^The guide’s decision tree/ });
    const full = switcher.getByRole('button', { name: /^Extended tree/ });
    await expect(guide).toHaveAttribute('aria-pressed', 'true');
    await expect(guide).toContainText('From the guide');
    await expect(full).toHaveAttribute('aria-pressed', 'false');
    await expect(full).toContainText('Extension of the guide');
    await expectNoAxeViolations(page);

    // The extended tree asks the guide's questions below "existing images: no", so the answer
    // carries over with the way in, and the walk resumes at the same question.
    await full.click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    expect([...wizard.searchParams().entries()]).toEqual([
      ['tree', 'full'],
      ['existing_images', 'no'],
      ['resource_constrained', 'yes'],
      ['lang', 'en'],
    ]);
    await expect(page.getByTestId('share-notice')).toHaveCount(0);
    await expect(full).toHaveAttribute('aria-pressed', 'true');

    // Switching is a navigation: Back returns to the other tree with its answers.
    await page.goBack();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    expect(wizard.searchParams().get('tree')).toBe('guide');

    await guide.click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    expect(wizard.searchParams().get('resource_constrained')).toBe('yes');
  });

  test('from a result, switching trees restarts at the new tree’s first question', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=full&existing_images=yes&oci_strong_isolation=no&lang=zh');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
    const switcher = page.getByTestId('tree-switcher');
    await expect(switcher).toContainText('出自指南');
    await switcher.getByRole('button', { name: /^指南的决策树/ }).click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    expect([...wizard.searchParams().keys()]).toEqual(['tree', 'lang']);
    expect(wizard.searchParams().get('lang')).toBe('zh');
    await expectNoAxeViolations(page);
  });
});

// ---------------------------------------------------------------- the build, served with a file

interface Site {
  url: string;
}

/**
 * The build copied into `dir` with `content` (a JSON value or raw text) as advisor.content.json,
 * replacing the placeholder the build ships; without `content`, with no such file at all.
 */
function deploy(root: string, dir: string, content?: unknown): void {
  const target = path.join(root, dir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(path.resolve('dist'), target, { recursive: true });
  const file = path.join(target, 'advisor.content.json');
  if (content === undefined) {
    fs.rmSync(file);
    return;
  }
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

type Json = Record<string, unknown>;
interface NodeJson {
  id: string;
  kind: string;
  runtime?: string;
  text?: { en: string; zh: string };
  label?: { en: string; zh: string };
  answers?: { id: string; label: { en: string; zh: string }; next: string }[];
}

function example(): Json & { trees: { title: { en: string; zh: string }; nodes: NodeJson[] }[] } {
  return JSON.parse(fs.readFileSync(EXAMPLE_FILE, 'utf8')) as ReturnType<typeof example>;
}

function node(file: ReturnType<typeof example>, id: string): NodeJson {
  const found = file.trees[0]?.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the example has no node ${id}`);
  return found;
}

/** Three mistakes the integrity checks must name: a cycle, a dangling edge, an unknown runtime. */
function brokenFile(): Json {
  const file = example();
  const perRequest = node(file, 'per_request');
  perRequest.answers![0]!.next = 'customer_code';
  perRequest.answers![1]!.next = 'nowhere';
  node(file, 'acme_runc').runtime = 'firecracker';
  return file;
}

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const MERMAID = 'A"] --> X[pwn %%{init: {"securityLevel":"loose"}}%% click A call alert()';

function markupFile(): Json {
  const file = example();
  node(file, 'customer_code').text = { en: MARKUP, zh: MARKUP };
  node(file, 'customer_code').answers![0]!.label = { en: `Yes ${MERMAID}`, zh: `是 ${MERMAID}` };
  node(file, 'acme_kata_gpu').label = { en: MERMAID, zh: MERMAID };
  file.trees[0]!.title = { en: `<b>Acme</b> ${MERMAID}`, zh: `<b>Acme</b> ${MERMAID}` };
  return file;
}

const served = base.extend<object, { site: Site }>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-sites-'));
      // A portal sub-path, to check that the file is found beside index.html wherever that is.
      deploy(root, 'portal/tools/advisor', fs.readFileSync(EXAMPLE_FILE, 'utf8'));
      deploy(root, 'broken', brokenFile());
      deploy(root, 'markup', markupFile());
      deploy(root, 'not-json', '{ "trees": [ ');
      deploy(root, 'plain');
      const site = await serveStatic(root, 0);
      await use({ url: site.url });
      await site.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // Served from the static server's own origin: the guards judge "foreign" requests against it.
  baseURL: async ({ site }, use) => {
    await use(site.url);
  },
});

const ACME_FIRST_QUESTION = 'Does the workload run code supplied by customers or other tenants?';

served.describe('the build with a team’s content file', () => {
  served(
    'uses the file: its tree is the default, marked custom, and leads to Firecracker',
    async ({ page }) => {
      await page.goto('portal/tools/advisor/#/wizard?lang=en');
      const wizard = new WizardPage(page);
      await expect(wizard.question).toHaveAttribute('data-question-id', 'customer_code');
      await expect(wizard.questionHeading()).toHaveText(ACME_FIRST_QUESTION);
      await expect.poll(() => wizard.searchParams().get('tree')).toBe('acme_platform');
      await expect(page.getByTestId('content-errors')).toHaveCount(0);

      const switcher = page.getByTestId('tree-switcher');
      await expect(switcher.getByRole('button')).toHaveCount(3);
      const acme = switcher.getByRole('button', { name: /^Acme platform: approved runtimes/ });
      await expect(acme).toHaveAttribute('aria-pressed', 'true');
      await expect(acme).toContainText('Custom, from this site');
      await expectNoAxeViolations(page);

      await wizard.answer('Yes');
      await expect(wizard.question).toHaveAttribute('data-question-id', 'needs_gpu');
      await wizard.answer('No');
      await expect(wizard.question).toHaveAttribute('data-question-id', 'per_request');
      await wizard.answer('Yes');
      await expect(wizard.result).toHaveAttribute('data-runtime', 'kata_fc');
      await expect(wizard.resultHeading()).toContainText('Kata Containers + Firecracker');
      await expectNoAxeViolations(page);

      // The built-in trees are still there.
      await switcher.getByRole('button', { name: /^Extended tree/ }).click();
      await expect(wizard.question).toHaveAttribute('data-question-id', 'existing_images');
    },
  );

  served(
    'the team’s tree is drawn by Mermaid in the reader’s browser, with the same marks',
    async ({ page }) => {
      const mermaidRequests: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/mermaid-[\w-]{8}\.js$/.test(request.url()))
          mermaidRequests.push(request.url());
      });
      await page.goto('portal/tools/advisor/#/wizard?tree=acme_platform&customer_code=yes&lang=en');
      const wizard = new WizardPage(page);
      const diagram = new DiagramPage(page);
      await expect(wizard.question).toHaveAttribute('data-question-id', 'needs_gpu');
      await diagram.waitForDrawing();
      // The build draws only the built-in trees: this one is drawn live, under its own id.
      await expect(diagram.drawing).toHaveAttribute('id', /^ra-diagram-acme_platform-en-light-/);
      await expect(diagram.node('customer_code')).toHaveAttribute('data-path', 'visited');
      await expect(diagram.node('needs_gpu')).toHaveAttribute('data-path', 'current');
      expect(mermaidRequests.length).toBeGreaterThan(0);
      await diagram.node('customer_code').click();
      await expect(wizard.question).toHaveAttribute('data-question-id', 'customer_code');
    },
  );

  served(
    'a link to the custom tree waits for the file instead of dropping the tree',
    async ({ page }) => {
      // A slow file: a page that decoded the link before the file arrived would fall back to the
      // guide tree, drop the answers and rewrite the URL.
      await page.route('**/advisor.content.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await route.continue();
      });
      const link =
        'portal/tools/advisor/#/wizard?tree=acme_platform&customer_code=no&handles_personal_data=yes&lang=zh';
      await page.goto(link);
      const wizard = new WizardPage(page);
      await expect(wizard.result).toHaveAttribute('data-runtime', 'gvisor');
      await expect(wizard.resultHeading()).toContainText('gVisor');
      await expect(wizard.result).toContainText('是否处理个人数据或支付数据？');
      await expect(page.getByTestId('share-notice')).toHaveCount(0);
      expect(page.url()).toContain(link);
    },
  );

  served(
    'with a broken file, the panel lists each problem and the built-in content works',
    async ({ page }) => {
      await page.goto('broken/#/wizard?lang=en');
      const panel = page.getByTestId('content-errors');
      await expect(panel).toBeVisible();
      await expect(panel).toContainText('This site’s content file could not be used');
      await expect(panel).toContainText('/broken/advisor.content.json');
      const problems = panel.getByTestId('content-problem');
      const nodes = example().trees[0]!.nodes.map((n) => n.id);
      const perRequest = nodes.indexOf('per_request');
      const runc = nodes.indexOf('acme_runc');
      await expect(problems.filter({ hasText: 'answers form a cycle' })).toContainText(
        `trees[0].nodes[${perRequest}].answers[0].next`,
      );
      await expect(problems.filter({ hasText: 'answers form a cycle' })).toContainText(
        'Node per_request',
      );
      await expect(problems.filter({ hasText: 'leads to "nowhere"' })).toContainText(
        `trees[0].nodes[${perRequest}].answers[1].next`,
      );
      await expect(problems.filter({ hasText: 'unknown runtime "firecracker"' })).toContainText(
        `trees[0].nodes[${runc}].runtime`,
      );
      await expect(problems.filter({ hasText: 'unknown runtime "firecracker"' })).toContainText(
        'Node acme_runc',
      );
      await expect(panel.getByRole('link', { name: 'the JSON Schema' })).toHaveAttribute(
        'href',
        /\/broken\/content\.schema\.json$/,
      );
      await expectNoAxeViolations(page);

      // The built-in content keeps working: the guide's tree, walked to a result.
      const wizard = new WizardPage(page);
      await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
      await expect(wizard.questionHeading()).toHaveText(QUESTION_TEXT_EN.resource_constrained!);
      await expect(page.getByTestId('tree-switcher').getByRole('button')).toHaveCount(2);
      await wizard.answer('Yes');
      await wizard.answer('No');
      await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');

      // Dismissed, it stays away while the user walks on.
      await panel.getByRole('button', { name: 'Dismiss the list of content problems' }).click();
      await expect(panel).toHaveCount(0);
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
      await expect(panel).toHaveCount(0);
    },
  );

  served(
    'the error panel speaks Chinese too, and invalid JSON is one clear problem',
    async ({ page }) => {
      await page.goto('not-json/#/wizard?lang=zh');
      const panel = page.getByTestId('content-errors');
      await expect(panel).toContainText('无法使用本站的内容文件');
      await expect(panel.getByTestId('content-problem')).toHaveCount(1);
      await expect(panel.getByTestId('content-problem')).toContainText('(root)');
      await expect(panel.getByTestId('content-problem')).toContainText('is not valid JSON');
      await expect(new WizardPage(page).questionHeading()).toContainText('资源受限');
      await expectNoAxeViolations(page);
    },
  );

  served(
    'markup and Mermaid syntax in custom text show as text, and no script runs',
    async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await page.goto('markup/#/wizard?lang=en');
      const wizard = new WizardPage(page);
      await expect(page.getByTestId('content-errors')).toHaveCount(0);
      await expect(wizard.questionHeading()).toHaveText(MARKUP);
      await expect(
        wizard.question.getByRole('button', { name: `Yes ${MERMAID}`, exact: true }),
      ).toBeVisible();
      await expect(page.getByTestId('tree-switcher')).toContainText(`<b>Acme</b> ${MERMAID}`);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(page.locator('#main script')).toHaveCount(0);

      await wizard.answer('Yes');
      await wizard.answer('Yes');
      await expect(wizard.result).toHaveAttribute('data-runtime', 'kata');
      await expect(wizard.result).toContainText(MERMAID);
      await expect(wizard.result).toContainText(MARKUP);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toBe(0);
    },
  );

  served(
    'without a file (a real 404), the built-in content is used and nothing is said',
    async ({ page, guards }) => {
      // The browser itself logs the 404 of the probe; the app adds nothing.
      guards.allowConsoleError(/status of 404/);
      await page.goto('plain/#/wizard?lang=en');
      const wizard = new WizardPage(page);
      await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
      await expect(page.getByTestId('content-errors')).toHaveCount(0);
      await expect(page.getByTestId('tree-switcher').getByRole('button')).toHaveCount(2);
    },
  );
});
