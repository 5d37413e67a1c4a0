// Labels are drawn exactly as written, also characters that Mermaid uses internally (ﬂ ° ¶ ß
// carry its entities through its parser), in the drawing and in the exported SVG file.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { expect, test } from './fixtures';
import { DiagramPage } from './diagram-page';
import { WizardPage } from './wizard-page';

const EXAMPLE = fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8');
const LABEL = 'Does ﬂ°¶ß, ﬂ°°60¶ß or &amp; show as written?';

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('labels with Mermaid’s own placeholder characters are drawn and exported as written', async ({
  page,
}) => {
  const file = JSON.parse(EXAMPLE) as {
    trees: { nodes: { id: string; text?: { en: string; zh: string } }[] }[];
  };
  const question = file.trees[0]?.nodes.find((node) => node.id === 'customer_code');
  if (!question) throw new Error('the example has no customer_code question');
  question.text = { en: LABEL, zh: LABEL };
  await page.route('**/advisor.content.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }),
  );
  const wizard = new WizardPage(page);
  const diagram = new DiagramPage(page);
  await wizard.open('tree=acme_platform&lang=en');
  await diagram.waitForDrawing();
  await expect(diagram.node('customer_code')).toHaveText(LABEL);

  const svg = await text(await (await diagram.download('SVG')).createReadStream());
  expect(svg).toContain('Does ﬂ<span></span>°¶<span></span>ß');
  // The file is well-formed XML whose text is the label.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return 'parser error';
    return doc.querySelector('[data-node-id="customer_code"]')?.textContent ?? 'no node';
  }, svg);
  expect(parsed).toBe(LABEL);
});
