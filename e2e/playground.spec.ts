// The content playground (#/playground): a team writes its content file, sees every problem at
// its JSON path, and previews the file through the app's own wizard and diagram.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const EXAMPLE_TEXT = fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8');

interface Localized {
  en: string;
  zh: string;
}
interface TreeNode {
  kind: 'question' | 'outcome';
  id: string;
  text?: Localized;
  help?: Localized;
  label?: Localized;
  scenario?: Localized;
  runtime?: string;
  answers?: { id: string; label: Localized; next: string }[];
}
interface ContentFile {
  defaultTree?: string;
  trees: {
    id: string;
    title: Localized;
    description: Localized;
    root: string;
    nodes: TreeNode[];
  }[];
  [key: string]: unknown;
}

const example = (): ContentFile => JSON.parse(EXAMPLE_TEXT) as ContentFile;
const asText = (file: unknown) => `${JSON.stringify(file, null, 2)}\n`;

class Playground {
  readonly input: Locator;
  readonly status: Locator;
  readonly errors: Locator;
  readonly preview: Locator;
  readonly diagram: Locator;
  readonly question: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('content-input');
    this.status = page.getByTestId('content-status');
    this.errors = page.getByTestId('content-error');
    this.preview = page.getByTestId('playground-preview');
    this.diagram = this.preview.getByTestId('decision-diagram');
    this.question = this.preview.getByTestId('question');
    this.result = this.preview.getByTestId('result');
  }

  async open(lang: 'en' | 'zh' = 'en'): Promise<void> {
    await this.page.goto(`./#/playground?lang=${lang}`);
    await expect(this.input).toBeVisible();
  }

  /** Replaces the editor's text the way a user pastes: select all, then Ctrl+V. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  async expectValid(): Promise<void> {
    await expect(this.status).toHaveText(/^Valid/);
    await expect(this.errors).toHaveCount(0);
  }

  error(jsonPath: string): Locator {
    return this.page.locator(`[data-testid="content-error"][data-path="${jsonPath}"]`);
  }

  async answer(label: string): Promise<void> {
    await this.question.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  }
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('paste the example and preview it: switcher, wizard, diagram, result', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  await page.getByRole('button', { name: 'Empty skeleton' }).click();
  await playground.expectValid();

  await playground.paste(EXAMPLE_TEXT);
  await playground.expectValid();
  const switcher = playground.preview.getByTestId('tree-switcher');
  const acme = switcher.getByRole('button', { name: /^Acme platform: approved runtimes/ });
  await expect(acme).toHaveAttribute('aria-pressed', 'true');
  await expect(switcher.getByRole('button', { name: /^The guide’s decision tree/ })).toBeVisible();
  await expect(playground.question.getByRole('heading', { level: 2 })).toHaveText(
    'Does the workload run code supplied by customers or other tenants?',
  );
  await expect(playground.diagram.locator('[data-node-id="customer_code"]')).toHaveAttribute(
    'data-path',
    'current',
  );

  await playground.answer('Yes');
  await playground.answer('No');
  await playground.answer('Yes');
  await expect(playground.result).toHaveAttribute('data-runtime', 'kata_fc');
  await expect(playground.result.getByRole('heading', { level: 2 })).toContainText(
    'Kata Containers + Firecracker',
  );
  await expect(playground.diagram.locator('[data-node-id="acme_kata_fc"]')).toHaveAttribute(
    'data-path',
    'outcome',
  );
  // The result's snippets come from the file too, folded as on the wizard's result.
  await playground.preview.locator('details#deploy > summary').click();
  await expect(playground.preview.getByTestId('snippet').first()).toBeVisible();

  // "Change" on the result walks back inside the preview, not to the site's wizard.
  await playground.result
    .getByRole('link', { name: /^Change/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/playground/);
  await expect(playground.question.getByRole('heading', { level: 2 })).toHaveText(
    'Does the workload run code supplied by customers or other tenants?',
  );

  // The draft outlives a reload.
  await page.reload();
  await expect(playground.input).toContainText('acme_platform');
  await playground.expectValid();
});

test('an edit keeps the walk where its path still exists, and says what it dropped', async ({
  page,
}) => {
  const playground = new Playground(page);
  await playground.open();
  await playground.paste(EXAMPLE_TEXT);
  await playground.expectValid();
  await playground.answer('Yes');
  await playground.answer('No');
  await expect(playground.question).toHaveAttribute('data-question-id', 'per_request');

  // Relabel a question on the path: the walk stays where it was.
  const relabelled = example();
  const gpu = relabelled.trees[0]!.nodes.find((node) => node.id === 'needs_gpu')!;
  gpu.text = { en: 'Does it need a GPU at all?', zh: '是否需要 GPU？' };
  await playground.paste(asText(relabelled));
  await playground.expectValid();
  await expect(playground.question).toHaveAttribute('data-question-id', 'per_request');
  await expect(playground.preview.getByText('Does it need a GPU at all?').first()).toBeVisible();

  // Remove a question on the path: the walk keeps the steps that still exist, and says so.
  const cut = example();
  const nodes = cut.trees[0]!.nodes;
  nodes.find((node) => node.id === 'customer_code')!.answers![0]!.next = 'acme_kata_gpu';
  const removed = ['needs_gpu', 'per_request', 'acme_kata_fc'];
  cut.trees[0]!.nodes = nodes.filter((node) => !removed.includes(node.id));
  await playground.paste(asText(cut));
  await playground.expectValid();
  await expect(page.getByTestId('walk-notice')).toContainText('the last step that still exists');
  await expect(playground.result).toHaveAttribute('data-runtime', 'kata');

  // Remove the tree itself: the preview shows the default tree and says so.
  const other = example();
  other.trees[0]!.id = 'acme_renamed';
  other.defaultTree = 'acme_renamed';
  await playground.paste(asText(other));
  await playground.expectValid();
  await expect(page.getByTestId('walk-notice')).toContainText('“acme_platform” is no longer');
  // The walk's answers carry over to the tree shown instead, as a share link's would.
  await expect(
    playground.preview.getByRole('button', { name: /^Acme platform: approved runtimes/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(playground.question).toHaveAttribute('data-question-id', 'needs_gpu');
});

test('three ways to break the file: each problem at its path, underlined, and a click away', async ({
  page,
}) => {
  const playground = new Playground(page);
  await playground.open();

  // 1. Invalid JSON: says where.
  const noComma = EXAMPLE_TEXT.replace(
    '"defaultTree": "acme_platform",',
    '"defaultTree": "acme_platform"',
  );
  await playground.paste(noComma);
  const syntax = playground.error('(root)');
  await expect(syntax).toHaveCount(1);
  await expect(syntax).toContainText('Line 4, column 3');
  await expect(syntax).toContainText('Invalid JSON at line 4, column 3: expected “,” or “}”');
  await expect(syntax).toContainText('not valid JSON');
  await expect(page.getByText('The preview shows the last valid version')).toBeVisible();

  // 2. A schema problem (a missing translation) and 3. integrity problems (an unknown runtime,
  // an answer that leads nowhere), in one file.
  const broken = example();
  const nodes = broken.trees[0]!.nodes;
  const question = nodes.findIndex((node) => node.id === 'needs_gpu');
  const outcome = nodes.findIndex((node) => node.id === 'acme_runc');
  nodes[question]!.text = { en: 'Does it need a GPU?' } as Localized;
  await playground.paste(asText(broken));
  const missing = playground.error(`trees[0].nodes[${question}].text.zh`);
  await expect(missing).toHaveCount(1);
  await expect(missing).toContainText('node needs_gpu');

  const broken2 = example();
  const nodes2 = broken2.trees[0]!.nodes;
  nodes2[outcome]!.runtime = 'firecracker';
  nodes2[question]!.answers![0]!.next = 'nowhere';
  await playground.paste(asText(broken2));
  const runtime = playground.error(`trees[0].nodes[${outcome}].runtime`);
  const dangling = playground.error(`trees[0].nodes[${question}].answers[0].next`);
  await expect(runtime).toContainText('unknown runtime "firecracker"');
  await expect(runtime).toContainText('node acme_runc');
  await expect(dangling).toContainText('"nowhere"');

  // Selecting a problem puts the cursor on it, where it is underlined.
  await runtime.click();
  await expect(playground.input).toBeFocused();
  await expect(page.locator('.cm-activeLine')).toContainText('"runtime": "firecracker"');
  await expect(page.locator('.cm-activeLine .cm-lintRange-error')).toHaveText('"firecracker"');
  await dangling.click();
  await expect(page.locator('.cm-activeLine')).toContainText('"next": "nowhere"');

  // The node limit: a tree of more than 200 nodes.
  const big = example();
  const tree = big.trees[0]!;
  for (let i = tree.nodes.length; i <= 200; i += 1) {
    tree.nodes.push({
      kind: 'outcome',
      id: `extra_${String(i)}`,
      label: { en: 'Extra', zh: '额外' },
      scenario: { en: 'Extra', zh: '额外' },
      runtime: 'runc',
    });
  }
  await playground.paste(asText(big));
  await expect(playground.error('trees[0].nodes')).toHaveCount(1);

  // Fixed: valid again, and the preview follows.
  await playground.paste(EXAMPLE_TEXT);
  await playground.expectValid();
  await expect(page.getByText('The preview shows the last valid version')).toHaveCount(0);
});

test('markup and Mermaid syntax in every text field are shown as text', async ({ page }) => {
  const hostile =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> A-->B; click A call alert() ]]) %%{init: {"theme":"dark"}}%%';
  const file = example();
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        key,
        (key === 'en' || key === 'zh') && typeof inner === 'string'
          ? `${hostile} ${inner}`
          : visit(inner),
      ]);
      return Object.fromEntries(entries);
    }
    return value;
  };
  const playground = new Playground(page);
  await playground.open();
  await playground.paste(asText(visit(file)));
  await playground.expectValid();

  const heading = playground.question.getByRole('heading', { level: 2 });
  await expect(heading).toContainText('<img src=x onerror=');
  await expect(heading).toContainText('A-->B; click A call alert()');
  await expect(playground.diagram.locator('svg [data-node-id="customer_code"]')).toContainText(
    '<script>',
  );
  await playground.answer(`${hostile} Yes`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await expect(playground.question).toHaveAttribute('data-question-id', 'needs_gpu');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);

  // Markup in a broken file is quoted as text in the problem list.
  await playground.paste('{"trees": [<b>bold</b>]}');
  await expect(playground.error('(root)')).toContainText('[<b>bold</b');
  await expect(page.locator('[data-testid="content-error"] b')).toHaveCount(0);
});

test('oversized, deeply nested and unreadable input get a clear message', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();

  const huge = JSON.stringify({ trees: [], padding: 'x'.repeat(1024 * 1024) });
  await playground.paste(huge);
  await expect(playground.error('(root)')).toContainText('larger than 1 MB');

  await playground.paste(`{"trees": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
  await expect(playground.error('trees[0]')).toHaveCount(1);

  // A file too large to open is refused unread; the editor keeps its text.
  await playground.paste(EXAMPLE_TEXT);
  await playground.expectValid();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(1024 * 1024 + 10, 32),
  });
  await expect(page.getByTestId('playground-message')).toContainText(
    'huge.json could not be opened: is larger than 1 MB',
  );
  await playground.expectValid();

  // An opened file replaces the text and is checked.
  await page.locator('input[type="file"]').setInputFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"trees": 1}'),
  });
  await expect(page.getByTestId('playground-message')).toContainText('Opened team.json');
  await expect(playground.error('trees')).toHaveCount(1);
});

test('starts from this site’s file, a dropped file, a copy of a built-in tree', async ({
  page,
}) => {
  const playground = new Playground(page);
  const message = page.getByTestId('playground-message');
  await playground.open();

  // vite preview serves the placeholder dist/ ships: no content of the site's own.
  await page.getByRole('button', { name: 'This site’s file' }).click();
  await expect(message).toContainText('This site has no content file of its own');
  await expect(playground.input).toContainText('acme_platform');

  // A site with a file of its own: the same request the app makes at start-up.
  const own = example();
  own.trees[0]!.title = { en: 'Our site tree', zh: '本站决策树' };
  await page.route('**/advisor.content.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: asText(own) }),
  );
  await page.getByRole('button', { name: 'This site’s file' }).click();
  await expect(message).toContainText('Loaded this site’s content file');
  await playground.expectValid();
  await expect(playground.preview.getByRole('button', { name: /^Our site tree/ })).toBeVisible();

  // A file dropped on the editor replaces the text rather than being inserted into it.
  await playground.input.evaluate((element, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    element.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, '{"trees": []}');
  await expect(message).toContainText('Opened dropped.json');
  await expect(playground.input).toHaveText('{"trees": []}');
  await playground.expectValid();

  // A copy of a built-in tree: a tree of the file's own, beside the original.
  await page.getByRole('combobox', { name: 'Built-in tree to copy' }).selectOption('full');
  await page.getByRole('button', { name: 'Copy tree' }).click();
  await playground.expectValid();
  await expect(playground.preview.getByRole('button', { name: /\(copy\)/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(playground.question).toHaveAttribute('data-question-id', 'existing_images');

  // Undo in the editor brings the previous text back.
  await playground.input.click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(playground.input).toHaveText('{"trees": []}');
});

test('download and copy give the text as written', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  const text = EXAMPLE_TEXT.replace('Acme platform: approved', 'Acme: approved');
  await playground.paste(text);
  await playground.expectValid();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download advisor.content.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('advisor.content.json');
  const saved = await download.path();
  expect(fs.readFileSync(saved, 'utf8')).toBe(text);

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: /^Copy the file/ }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  // Where the file goes: beside index.html, on this very site.
  await page.getByText('How to deploy', { exact: true }).click();
  await expect(page.getByText(/^http:\/\/127\.0\.0\.1:\d+\/advisor\.content\.json$/)).toBeVisible();
});

test('a 200-node tree previews and the page keeps answering', async ({ page }) => {
  // Drawing 200 nodes takes Mermaid a while on a busy machine: more time, no timing asserted.
  test.slow();
  // A chain of 99 questions, each with its own outcome, and two more outcomes: 200 nodes.
  const nodes: TreeNode[] = [];
  const label = (en: string) => ({ en, zh: en });
  for (let i = 0; i < 99; i += 1) {
    nodes.push({
      kind: 'question',
      id: `q${String(i)}`,
      text: label(`Question ${String(i)}?`),
      help: label(`Help ${String(i)}`),
      answers: [
        { id: 'yes', label: label('Yes'), next: `o${String(i)}` },
        { id: 'no', label: label('No'), next: i === 98 ? 'o_last' : `q${String(i + 1)}` },
        ...(i === 0 ? [{ id: 'skip', label: label('Skip'), next: 'o_skip' }] : []),
      ],
    });
    nodes.push({
      kind: 'outcome',
      id: `o${String(i)}`,
      label: label(`Outcome ${String(i)}`),
      scenario: label(`Scenario ${String(i)}`),
      runtime: i % 2 === 0 ? 'runc' : 'gvisor',
    });
  }
  for (const id of ['o_last', 'o_skip']) {
    nodes.push({ kind: 'outcome', id, label: label(id), scenario: label(id), runtime: 'kata' });
  }
  expect(nodes).toHaveLength(200);
  const file = {
    defaultTree: 'long_chain',
    trees: [
      {
        id: 'long_chain',
        title: label('Long chain'),
        description: label('200 nodes'),
        root: 'q0',
        nodes,
      },
    ],
  };

  const playground = new Playground(page);
  await playground.open();
  await playground.paste(asText(file));
  await playground.expectValid();
  // Over 40 nodes: the preview's diagram opens on the focus view, the rest folded into stubs.
  await expect(playground.diagram.locator('g.node[data-kind="fold"]').first()).toBeVisible();
  const focused = await playground.diagram.locator('[data-node-id]').count();
  expect(focused).toBeGreaterThan(0);
  expect(focused).toBeLessThan(200);

  for (let i = 0; i < 5; i += 1) await playground.answer('No');
  await expect(playground.question).toHaveAttribute('data-question-id', 'q5');
  await expect(playground.diagram.locator('[data-node-id="q5"]')).toHaveAttribute(
    'data-path',
    'current',
  );
  // The whole tree on request: all 200 nodes, with the same marks.
  await playground.preview.getByRole('button', { name: 'Whole tree', exact: true }).click();
  await expect(playground.diagram.locator('[data-node-id]')).toHaveCount(200);
  await expect(playground.diagram.locator('[data-node-id="q5"]')).toHaveAttribute(
    'data-path',
    'current',
  );

  // Typing still works: break the file and mend it, and the walk is where it was.
  await playground.input.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('x');
  await expect(playground.errors).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await playground.expectValid();
  await expect(playground.question).toHaveAttribute('data-question-id', 'q5');
});

test('keyboard: Tab indents, Escape then Tab leaves the editor; axe clean in both languages', async ({
  page,
}) => {
  const playground = new Playground(page);
  await playground.open();
  await playground.expectValid();
  await playground.input.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Tab');
  await expect(playground.input).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(playground.input).not.toBeFocused();
  await expectNoAxeViolations(page);

  // Chinese, dark, with problems listed and underlined.
  await page.goto('./#/playground?lang=zh&theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('内容试验场');
  await expect(playground.status).toHaveText(/^有效/);
  await playground.paste(EXAMPLE_TEXT.replace('"runtime": "runc"', '"runtime": "nope"'));
  await expect(playground.errors).toHaveCount(1);
  await expect(playground.errors).toContainText('第');
  await playground.errors.click();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
});

test('completion and hover come from the content schema', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  await playground.input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('{"trees": [{"nodes": [{"kind": ');
  await page.keyboard.press('Control+Space');
  const options = page.locator('.cm-tooltip-autocomplete li');
  await expect(options).toHaveText(['"outcome"', '"question"']);
  // A click, not the arrow keys: CodeMirror ignores keys pressed right after the list opens.
  await options.filter({ hasText: '"question"' }).click();
  await expect(page.locator('.cm-activeLine')).toContainText('"kind": "question"');
  await playground.input.press('End');
  await page.keyboard.insertText(', ');
  await page.keyboard.press('Control+Space');
  // A question node's properties, not an outcome's.
  await expect(options.filter({ hasText: '"answers"' })).toHaveCount(1);
  await expect(options.filter({ hasText: '"runtime"' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  const key = page.locator('.cm-content').getByText('"trees"');
  await key.hover();
  await expect(page.locator('.cm-tooltip-hover')).toContainText(
    'trees: Decision trees to add, or to replace by id.',
  );
});

test('works when the browser refuses storage, and says the draft is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  const playground = new Playground(page);
  await playground.open();
  await playground.expectValid();
  await playground.paste(EXAMPLE_TEXT.replace('Acme platform: approved', 'Acme: approved'));
  await playground.expectValid();
  await expect(page.getByText('This browser does not let the page keep your draft')).toBeVisible();
  await expect(playground.preview.getByRole('button', { name: /^Acme: approved/ })).toBeVisible();
});

test('the footer links to the playground; the main navigation does not', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /playground/i }),
  ).toHaveCount(0);
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /^Content playground/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Content playground');
});
