// Every path of the `full` tree (our extension of the guide), by clicking and by link. The
// expected outcomes come from the tree's edges as designed, written here independently of the content.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { GUIDE_PATHS, QUESTION_TEXT_EN, RUNTIME_NAMES } from './guide-paths';
import { WizardPage } from './wizard-page';

type Step = [questionId: string, answerId: 'yes' | 'no'];
interface FullPath {
  answers: Step[];
  runtime: 'wasmedge' | 'runc' | 'kata' | 'gvisor';
}

const FULL_QUESTION_TEXT_EN: Record<string, string> = {
  ...QUESTION_TEXT_EN,
  existing_images:
    'Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?',
  oci_strong_isolation:
    'Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?',
  oci_gpu: 'Does it need GPU access?',
  vm_boundary: 'Is a hardware-virtualisation (VM) boundary required?',
};

// existing_images no -> the guide's tree, unchanged; yes -> oci_strong_isolation;
// oci_strong_isolation no -> runc, yes -> oci_gpu; oci_gpu yes -> kata, no -> vm_boundary;
// vm_boundary yes -> kata, no -> gvisor.
const FULL_PATHS: FullPath[] = [
  {
    answers: [
      ['existing_images', 'yes'],
      ['oci_strong_isolation', 'no'],
    ],
    runtime: 'runc',
  },
  {
    answers: [
      ['existing_images', 'yes'],
      ['oci_strong_isolation', 'yes'],
      ['oci_gpu', 'yes'],
    ],
    runtime: 'kata',
  },
  {
    answers: [
      ['existing_images', 'yes'],
      ['oci_strong_isolation', 'yes'],
      ['oci_gpu', 'no'],
      ['vm_boundary', 'yes'],
    ],
    runtime: 'kata',
  },
  {
    answers: [
      ['existing_images', 'yes'],
      ['oci_strong_isolation', 'yes'],
      ['oci_gpu', 'no'],
      ['vm_boundary', 'no'],
    ],
    runtime: 'gvisor',
  },
  ...GUIDE_PATHS.map((path): FullPath => ({
    answers: [['existing_images', 'no'], ...path.answers],
    runtime: path.runtime,
  })),
];

function linkFor(path: FullPath, lang: 'en' | 'zh' = 'en'): string {
  const answers = path.answers.map(([question, answer]) => `${question}=${answer}`).join('&');
  return `tree=full&${answers}&lang=${lang}`;
}

test('the full tree reaches all four runtimes', () => {
  expect(new Set(FULL_PATHS.map((path) => path.runtime))).toEqual(
    new Set(['wasmedge', 'runc', 'kata', 'gvisor']),
  );
});

for (const path of FULL_PATHS) {
  const label = path.answers.map(([q, a]) => `${q}=${a}`).join(', ');

  test(`full tree: clicking ${label} recommends ${path.runtime}`, async ({ page, browser }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=full&lang=en');
    for (const [index, [questionId, answerId]] of path.answers.entries()) {
      await expect(wizard.question).toHaveAttribute('data-question-id', questionId);
      await expect(wizard.questionHeading()).toHaveText(FULL_QUESTION_TEXT_EN[questionId]!);
      await expect(wizard.question).toContainText(`Question ${index + 1}`);
      await wizard.answer(answerId === 'yes' ? 'Yes' : 'No');
    }
    await expect(wizard.result).toHaveAttribute('data-runtime', path.runtime);
    await expect(wizard.resultHeading()).toContainText(RUNTIME_NAMES[path.runtime]!);
    const params = wizard.searchParams();
    expect([...params.keys()]).toEqual(['tree', ...path.answers.map(([q]) => q), 'lang']);
    expect(params.get('tree')).toBe('full');
    for (const [questionId, answerId] of path.answers) {
      expect(params.get(questionId)).toBe(answerId);
    }

    // The URL is the share link: a fresh browser shows the same result, unchanged.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    const restored = new WizardPage(other);
    await expect(restored.result).toHaveAttribute('data-runtime', path.runtime);
    await expect(restored.resultHeading()).toHaveText(
      (await wizard.resultHeading().textContent())!,
    );
    expect(other.url()).toBe(page.url());
    await fresh.close();
  });
}

test('every full-tree path opened by link shows its result, with nothing dropped', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  for (const path of FULL_PATHS) {
    await wizard.open(linkFor(path));
    await expect(wizard.result).toHaveAttribute('data-runtime', path.runtime);
    await expect(wizard.resultHeading()).toContainText(RUNTIME_NAMES[path.runtime]!);
    await expect(page.getByTestId('share-notice')).toHaveCount(0);
    expect(wizard.searchParams().toString()).toBe(linkFor(path));
  }
});

test('the full tree says it extends the guide, in both languages, and is accessible', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=full&lang=en');
  const current = page.getByTestId('tree-switcher').getByRole('button', { pressed: true });
  await expect(current).toContainText('Extension of the guide');
  await expectNoAxeViolations(page);

  await wizard.open(linkFor(FULL_PATHS[3]!, 'zh'));
  await expect(wizard.resultHeading()).toContainText('gVisor');
  await expect(current).toContainText('指南的扩展');
  await expectNoAxeViolations(page);
});

test('a full-tree answer that is not on the path is dropped with a notice', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=full&existing_images=yes&oci_strong_isolation=no&gpu=yes&lang=en');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  await expect(page.getByTestId('share-notice')).toContainText('Do you need GPU acceleration?');
  await expect.poll(() => wizard.searchParams().has('gpu')).toBe(false);
});
