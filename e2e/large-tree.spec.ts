// A team's content file with a tree as large as the schema allows, shaped as a ladder (every
// answer of each of its 198 questions leads to the next: 2^198 paths through 200 nodes). Its
// results, and the built-in guide's (whose why-not looks for routes through every tree), must
// show: every derivation behind a result is polynomial in the tree's size.
import fs from 'node:fs';
import path from 'node:path';
import { ladderTree } from '../src/domain/tree-shapes';
import { expect } from './fixtures';
import { testWithTeamContent } from './team-site';
import { WizardPage } from './wizard-page';

const QUESTIONS = 198;

/** The shipped example file with the ladder added; its yes outcome uses the file's own runtime. */
function ladderContent(): unknown {
  const file = JSON.parse(
    fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8'),
  ) as { trees: unknown[] };
  const ladder = ladderTree(QUESTIONS, { yes: 'kata_fc', no: 'runc' }, 'ladder');
  file.trees.push({
    ...ladder,
    title: { en: 'Ladder', zh: '梯子' },
    description: {
      en: 'Every answer leads to the next question.',
      zh: '每个回答都通向下一个问题。',
    },
    origin: 'custom',
  });
  return file;
}

const test = testWithTeamContent(ladderContent);

test.describe('a 200-node ladder tree', () => {
  test('its result shows, with the file’s runtime', async ({ page }) => {
    const answers = Array.from({ length: QUESTIONS }, (_, i) => `q${String(i)}=yes`).join('&');
    const wizard = new WizardPage(page);
    await wizard.open(`tree=ladder&${answers}&lang=en`);
    await expect(page.getByTestId('content-errors')).toHaveCount(0);
    await expect(wizard.result).toHaveAttribute('data-runtime', 'kata_fc');
    await expect(wizard.resultHeading()).toContainText('Kata Containers + Firecracker');
  });

  test('a result of the guide’s tree shows beside it', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
    await expect(wizard.resultHeading()).toBeVisible();
  });
});
