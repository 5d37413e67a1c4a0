// The baseline's own tree -> Mermaid text, kept minimal and independent of the app's
// generator so that the floor does not move when the app's changes. Ids are whitelisted by the
// content schema; labels are quoted with Mermaid's entity escapes for quotes.
import type { Lang } from '../../src/domain/tree';

interface BaselineAnswer {
  id: string;
  label: { en: string; zh: string };
  next: string;
}
interface BaselineNode {
  kind: 'question' | 'outcome';
  id: string;
  text?: { en: string; zh: string };
  label?: { en: string; zh: string };
  answers?: BaselineAnswer[];
}
export interface BaselineTree {
  root: string;
  nodes: BaselineNode[];
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

export function treeToFlowchart(tree: BaselineTree, lang: Lang): string {
  const lines = ['flowchart TD'];
  for (const node of tree.nodes) {
    if (node.kind === 'question')
      lines.push(`  ${node.id}{${quote(node.text?.[lang] ?? node.id)}}`);
    else lines.push(`  ${node.id}[${quote(node.label?.[lang] ?? node.id)}]`);
  }
  for (const node of tree.nodes) {
    for (const answer of node.answers ?? []) {
      lines.push(`  ${node.id} -->|${quote(answer.label[lang])}| ${answer.next}`);
    }
  }
  return lines.join('\n');
}
