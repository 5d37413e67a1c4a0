// A valid deep tree's links: the longest ones stay within what the app reads, and one that is
// longer (a tree with long ids and a long path) keeps its tree and the answers that fit, and
// says it was cut, instead of jumping to the guide tree at question 1.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WizardPage } from './wizard-page';

const QUESTIONS = 100;
const id = (i: number) => `q${String(i).padStart(47, '0')}`;
const YES = 'y'.repeat(48);
const text = { en: 'Q?', zh: '问？' };

/** A chain of 100 questions with 48-character ids: "yes" goes on, "no" ends. */
function deepFile(): string {
  const nodes: unknown[] = [];
  for (let i = 0; i < QUESTIONS; i += 1) {
    nodes.push({
      kind: 'question',
      id: id(i),
      text: { en: `Question ${String(i + 1)}?`, zh: `问题 ${String(i + 1)}？` },
      help: text,
      answers: [
        { id: YES, label: { en: 'Yes', zh: '是' }, next: i + 1 < QUESTIONS ? id(i + 1) : 'end_a' },
        { id: 'no', label: { en: 'No', zh: '否' }, next: 'end_b' },
      ],
    });
  }
  nodes.push({ kind: 'outcome', id: 'end_a', runtime: 'runc', label: text, scenario: text });
  nodes.push({ kind: 'outcome', id: 'end_b', runtime: 'kata', label: text, scenario: text });
  return JSON.stringify({
    trees: [{ id: 'deep', title: text, description: text, root: id(0), nodes }],
  });
}

async function serveDeep(page: Page): Promise<void> {
  const body = deepFile();
  await page.route('**/advisor.content.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

function link(answered: number): string {
  const answers = Array.from({ length: answered }, (_, i) => `${id(i)}=${YES}`).join('&');
  return `tree=deep&${answers}&lang=en`;
}

test('a link past the cap keeps its tree and the answers that fit, and says it was cut', async ({
  page,
}) => {
  test.slow();
  await serveDeep(page);
  const full = link(QUESTIONS - 1);
  expect(full.length).toBeGreaterThan(8192);
  const wizard = new WizardPage(page);
  await wizard.open(full);
  await expect(page.getByTestId('share-notice')).toContainText(
    'The link was longer than this app reads',
  );
  // Every whole answer within the cap is kept: 8,192 characters hold 83 of them.
  const kept = Math.floor((8192 - 'tree=deep'.length) / `&${id(0)}=${YES}`.length);
  await expect(wizard.question).toHaveAttribute('data-question-id', id(kept));
  await expect.poll(() => wizard.searchParams().get('tree')).toBe('deep');
  expect(wizard.searchParams().get('lang')).toBe('en');
  expect([...wizard.searchParams().keys()]).toHaveLength(kept + 2);
});

test('the issue’s deep link (60 questions answered to 42, 48-character ids) opens as it is', async ({
  page,
}) => {
  test.slow();
  await serveDeep(page);
  const wizard = new WizardPage(page);
  await wizard.open(link(42));
  await expect(wizard.question).toHaveAttribute('data-question-id', id(42));
  await expect(page.getByTestId('share-notice')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe(`#/wizard?${link(42)}`);
});
