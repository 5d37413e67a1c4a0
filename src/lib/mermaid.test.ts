// @vitest-environment jsdom
// Mermaid's own parser reads the generated source: hostile labels must come out as the literal
// text, with the same nodes and edges, no classes, no click handlers and no configuration.
import { describe, expect, it } from 'vitest';
// The wrapper is the only module that renders with Mermaid; this test only asks Mermaid's
// parser what it reads from our source.
// eslint-disable-next-line no-restricted-imports
import mermaid from 'mermaid';
import { toMermaid } from '../domain/to-mermaid';
import type { DecisionTree, Localized } from '../domain/tree';
import { renderIdFor } from './mermaid';

interface FlowVertex {
  id: string;
  text?: string;
  type?: string;
  classes: string[];
  styles: string[];
}
interface FlowEdge {
  id?: string;
  start: string;
  end: string;
  text: string;
}
interface FlowDb {
  getVertices(): Map<string, FlowVertex>;
  getEdges(): FlowEdge[];
  getClasses(): Map<string, unknown>;
  getTooltip(id: string): string | undefined;
}

const l = (text: string): Localized => ({ en: text, zh: text });

function treeWith(questionText: string, answerLabel: string, outcomeLabel: string): DecisionTree {
  return {
    id: 'hostile',
    root: 'q',
    nodes: [
      {
        kind: 'question',
        id: 'q',
        text: l(questionText),
        help: l('help'),
        answers: [
          { id: 'yes', label: l(answerLabel), next: 'a' },
          { id: 'no', label: l('No'), next: 'b' },
        ],
      },
      { kind: 'outcome', id: 'a', runtime: 'runc', label: l(outcomeLabel), scenario: l('S') },
      { kind: 'outcome', id: 'b', runtime: 'kata', label: l('B'), scenario: l('S') },
    ],
  };
}

/** Mermaid's decodeEntities, which it applies to labels and once more to the whole SVG. */
function decodeEntities(text: string): string {
  return text.replaceAll('ﬂ°°', '&#').replaceAll('ﬂ°', '&').replaceAll('¶ß', ';');
}

/**
 * Mermaid carries `#34;` through its parser as `ﬂ°°34¶ß`; the label becomes markup where the
 * browser decodes `&#34;`. Mermaid then serialises the drawing and decodes once more: what a
 * reader sees is the text after that second pass.
 */
function shownText(parsed: string | undefined): string {
  const element = document.createElement('div');
  element.innerHTML = decodeEntities(parsed ?? '');
  const drawn = document.createElement('div');
  drawn.innerHTML = decodeEntities(element.innerHTML);
  return drawn.textContent;
}

async function read(source: string) {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base' });
  const parsed = await mermaid.parse(source);
  // No public API exposes the parsed graph; this test needs exactly that.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  return { parsed, db: diagram.db as unknown as FlowDb };
}

const HOSTILE = [
  'He said "yes"',
  '"] --> X[pwn',
  'line one\nline two',
  '%%{init: {"theme":"forest","securityLevel":"loose"}}%%',
  '%% a comment',
  'click q call alert(1)',
  'click q href "javascript:alert(1)"',
  'classDef evil fill:#f00;',
  'style q fill:#f00,stroke:#f00;',
  'linkStyle 0 stroke:#f00;',
  '<img src=x onerror=alert(1)>',
  '#quot; #35; &amp; &lt;b&gt;',
  '`**markdown**`',
  'q_q{{"injected"}}\nq_q --> o_a',
  '---\nconfig:\n  theme: forest\n---',
  'end',
  'ﬂ°¶ß',
  'ﬂ°°60¶ß and ﬂ°amp¶ß',
];

describe('what Mermaid reads from the generated source', () => {
  it('reads the guide-shaped tree as exactly its nodes and edges', async () => {
    const diagram = toMermaid(treeWith('Q?', 'Yes', 'A'), { lang: 'en' });
    const { parsed, db } = await read(diagram.source);
    expect(parsed).toMatchObject({ diagramType: 'flowchart-v2', config: {} });
    expect([...db.getVertices().keys()]).toEqual(diagram.nodes.map((node) => node.mermaidId));
    expect(db.getEdges().map((edge) => edge.id)).toEqual(
      diagram.edges.map((edge) => edge.mermaidId),
    );
  });

  for (const text of HOSTILE) {
    it(`shows ${JSON.stringify(text)} literally and changes nothing else`, async () => {
      const diagram = toMermaid(treeWith(text, text, text), { lang: 'en', maxLabelLength: 500 });
      const { parsed, db } = await read(diagram.source);

      expect(parsed).toMatchObject({ diagramType: 'flowchart-v2', config: {} });
      const vertices = db.getVertices();
      expect([...vertices.keys()]).toEqual(['q_q', 'o_a', 's_a', 'o_b', 's_b']);
      const edges = db.getEdges();
      expect(edges.map((edge) => [edge.id, edge.start, edge.end])).toEqual([
        ['e0', 'q_q', 'o_a'],
        ['e1', 'q_q', 'o_b'],
        ['e2', 'o_a', 's_a'],
        ['e3', 'o_b', 's_b'],
      ]);
      expect(shownText(vertices.get('q_q')?.text)).toBe(text);
      expect(shownText(vertices.get('o_a')?.text)).toBe(text);
      expect(shownText(edges[0]?.text)).toBe(text);
      expect(vertices.get('q_q')?.type).toBe('hexagon');
      expect(vertices.get('o_a')?.type).toBe('round');
      for (const vertex of vertices.values()) {
        expect(vertex.classes.filter((name) => name !== 'default')).toEqual([]);
        expect(vertex.styles).toEqual([]);
        expect(db.getTooltip(vertex.id)).toBeUndefined();
      }
      expect([...db.getClasses().keys()]).toEqual([]);
    });
  }
});

describe('renderIdFor', () => {
  it('is fixed for the same source and differs for another', () => {
    const request = {
      treeId: 'guide',
      lang: 'en',
      theme: 'dark',
      source: 'flowchart TD\n',
    } as const;
    expect(renderIdFor(request)).toBe(renderIdFor({ ...request }));
    expect(renderIdFor(request)).toMatch(/^ra-diagram-guide-en-dark-[a-z0-9]+$/);
    expect(renderIdFor({ ...request, source: 'flowchart TD\n  q_a{{"x"}}\n' })).not.toBe(
      renderIdFor(request),
    );
  });
});
