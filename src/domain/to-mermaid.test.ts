import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// The snapshots pin what the shipped trees produce. The domain code itself never reads content;
// only this test does, to show a reviewer the exact source each shipped tree generates.
import { fullTree, guideTree } from '../content/guide/trees';
import { escapeMermaidLabel, shortenLabel, toMermaid } from './to-mermaid';
import type { DecisionTree, Localized } from './tree';

const l = (en: string, zh = en): Localized => ({ en, zh });

function tinyTree(questionText: string, answerLabel = 'Yes'): DecisionTree {
  return {
    id: 'tiny',
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
      { kind: 'outcome', id: 'a', runtime: 'runc', label: l('A'), scenario: l('Scenario A') },
      { kind: 'outcome', id: 'b', runtime: 'kata', label: l('B'), scenario: l('Scenario B') },
    ],
  };
}

/** What Mermaid turns `#<code>;` into before the browser shows the label. */
/** The one piece of markup the escaping writes: an empty element between `ﬂ°` and `¶ß`. */
const SENTINEL_BREAK = '<span></span>';

function unescapeLabel(escaped: string): string {
  return escaped
    .replaceAll(SENTINEL_BREAK, '')
    .replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

// One line per node, one per edge, nothing else: the shapes our generator writes.
const NODE_LINE =
  /^ {2}(q_[a-z0-9_]+\{\{"[^"]*"\}\}|o_[a-z0-9_]+\("[^"]*"\)|s_[a-z0-9_]+\["[^"]*"\])$/;
const EDGE_LINE = /^ {2}[qo]_[a-z0-9_]+ e\d+@-->(\|"[^"]*"\|)? [qos]_[a-z0-9_]+$/;

function expectOnlyGeneratedLines(source: string, nodes: number, edges: number): void {
  const lines = source.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart TD');
  const body = lines.slice(1);
  expect(body.filter((line) => NODE_LINE.test(line))).toHaveLength(nodes);
  expect(body.filter((line) => EDGE_LINE.test(line))).toHaveLength(edges);
  expect(body).toHaveLength(nodes + edges);
}

describe('toMermaid: the shipped trees', () => {
  it('draws the guide tree as the guide does, in English', () => {
    expect(toMermaid(guideTree, { lang: 'en' }).source).toMatchInlineSnapshot(`
      "flowchart TD
        q_resource_constrained{{"Is the environment resource-constrained?"}}
        q_strong_isolation{{"Do you need strong isolation?"}}
        q_fast_startup{{"Do you need fast startup?"}}
        q_gpu{{"Do you need GPU acceleration?"}}
        o_wasmedge("WasmEdge · Y=4 sandbox isolation")
        s_wasmedge["Edge / AI / Serverless scenarios"]
        o_runc("runc · Y=3 container isolation")
        s_runc["Traditional microservice scenarios"]
        q_resource_constrained e0@-->|"Yes"| q_strong_isolation
        q_resource_constrained e1@-->|"No"| q_fast_startup
        q_strong_isolation e2@-->|"Yes"| o_wasmedge
        q_strong_isolation e3@-->|"No"| o_runc
        q_fast_startup e4@-->|"Yes"| o_wasmedge
        q_fast_startup e5@-->|"No"| q_gpu
        q_gpu e6@-->|"Yes"| o_wasmedge
        q_gpu e7@-->|"No"| o_runc
        o_wasmedge e8@--> s_wasmedge
        o_runc e9@--> s_runc
      "
    `);
  });

  it('draws the guide tree in the guide’s own Chinese', () => {
    expect(toMermaid(guideTree, { lang: 'zh' }).source).toMatchInlineSnapshot(`
      "flowchart TD
        q_resource_constrained{{"资源受限?"}}
        q_strong_isolation{{"需要强隔离?"}}
        q_fast_startup{{"需要快速启动?"}}
        q_gpu{{"需要GPU?"}}
        o_wasmedge("WasmEdge · Y=4 沙盒隔离")
        s_wasmedge["边缘/AI/Serverless场景"]
        o_runc("runc · Y=3 容器隔离")
        s_runc["传统微服务场景"]
        q_resource_constrained e0@-->|"是"| q_strong_isolation
        q_resource_constrained e1@-->|"否"| q_fast_startup
        q_strong_isolation e2@-->|"是"| o_wasmedge
        q_strong_isolation e3@-->|"否"| o_runc
        q_fast_startup e4@-->|"是"| o_wasmedge
        q_fast_startup e5@-->|"否"| q_gpu
        q_gpu e6@-->|"是"| o_wasmedge
        q_gpu e7@-->|"否"| o_runc
        o_wasmedge e8@--> s_wasmedge
        o_runc e9@--> s_runc
      "
    `);
  });

  it('draws the extended tree', () => {
    expect(toMermaid(fullTree, { lang: 'en' }).source).toMatchInlineSnapshot(`
      "flowchart TD
        q_existing_images{{"Must the workload run as existing Linux container images, unchanged…"}}
        q_oci_strong_isolation{{"Does it need isolation stronger than a shared-kernel container…"}}
        q_oci_gpu{{"Does it need GPU access?"}}
        q_vm_boundary{{"Is a hardware-virtualisation (VM) boundary required?"}}
        q_resource_constrained{{"Is the environment resource-constrained?"}}
        q_strong_isolation{{"Do you need strong isolation?"}}
        q_fast_startup{{"Do you need fast startup?"}}
        q_gpu{{"Do you need GPU acceleration?"}}
        o_wasmedge("WasmEdge · Y=4 sandbox isolation")
        s_wasmedge["Edge / AI / Serverless scenarios"]
        o_runc("runc · Y=3 container isolation")
        s_runc["Traditional microservice scenarios"]
        o_kata("Kata Containers · VM-level isolation")
        s_kata["Strong isolation#58; multi-tenant, compliance"]
        o_gvisor("gVisor · user-space kernel")
        s_gvisor["Strong isolation#58; untrusted code, security sandbox"]
        q_existing_images e0@-->|"Yes"| q_oci_strong_isolation
        q_existing_images e1@-->|"No"| q_resource_constrained
        q_oci_strong_isolation e2@-->|"Yes"| q_oci_gpu
        q_oci_strong_isolation e3@-->|"No"| o_runc
        q_oci_gpu e4@-->|"Yes"| o_kata
        q_oci_gpu e5@-->|"No"| q_vm_boundary
        q_vm_boundary e6@-->|"Yes"| o_kata
        q_vm_boundary e7@-->|"No"| o_gvisor
        q_resource_constrained e8@-->|"Yes"| q_strong_isolation
        q_resource_constrained e9@-->|"No"| q_fast_startup
        q_strong_isolation e10@-->|"Yes"| o_wasmedge
        q_strong_isolation e11@-->|"No"| o_runc
        q_fast_startup e12@-->|"Yes"| o_wasmedge
        q_fast_startup e13@-->|"No"| q_gpu
        q_gpu e14@-->|"Yes"| o_wasmedge
        q_gpu e15@-->|"No"| o_runc
        o_wasmedge e16@--> s_wasmedge
        o_runc e17@--> s_runc
        o_kata e18@--> s_kata
        o_gvisor e19@--> s_gvisor
      "
    `);
  });

  it('maps every Mermaid id back to the tree’s ids', () => {
    const { nodes, edges } = toMermaid(guideTree, { lang: 'en' });
    expect(nodes.map((node) => [node.mermaidId, node.kind, node.nodeId, node.runtime])).toEqual([
      ['q_resource_constrained', 'question', 'resource_constrained', undefined],
      ['q_strong_isolation', 'question', 'strong_isolation', undefined],
      ['q_fast_startup', 'question', 'fast_startup', undefined],
      ['q_gpu', 'question', 'gpu', undefined],
      ['o_wasmedge', 'outcome', 'wasmedge', 'wasmedge'],
      ['s_wasmedge', 'scenario', 'wasmedge', 'wasmedge'],
      ['o_runc', 'outcome', 'runc', 'runc'],
      ['s_runc', 'scenario', 'runc', 'runc'],
    ]);
    expect(edges.map((edge) => [edge.mermaidId, edge.from, edge.answerId, edge.to])).toEqual([
      ['e0', 'resource_constrained', 'yes', 'strong_isolation'],
      ['e1', 'resource_constrained', 'no', 'fast_startup'],
      ['e2', 'strong_isolation', 'yes', 'wasmedge'],
      ['e3', 'strong_isolation', 'no', 'runc'],
      ['e4', 'fast_startup', 'yes', 'wasmedge'],
      ['e5', 'fast_startup', 'no', 'gpu'],
      ['e6', 'gpu', 'yes', 'wasmedge'],
      ['e7', 'gpu', 'no', 'runc'],
      ['e8', 'wasmedge', undefined, 'wasmedge'],
      ['e9', 'runc', undefined, 'runc'],
    ]);
    expect(new Set(nodes.map((node) => node.mermaidId)).size).toBe(nodes.length);
    expect(new Set(edges.map((edge) => edge.mermaidId)).size).toBe(edges.length);
  });

  it('has one node line per node and one edge line per edge, for both trees and languages', () => {
    for (const tree of [guideTree, fullTree]) {
      for (const lang of ['en', 'zh'] as const) {
        const diagram = toMermaid(tree, { lang });
        expectOnlyGeneratedLines(diagram.source, diagram.nodes.length, diagram.edges.length);
      }
    }
  });

  it('keeps full texts for tooltips and names, even where the label is shortened', () => {
    const { nodes, source } = toMermaid(fullTree, { lang: 'en' });
    const existing = nodes.find((node) => node.nodeId === 'existing_images');
    expect(existing?.text).toBe(
      'Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?',
    );
    expect(source).toContain('q_existing_images{{"Must the workload run as existing Linux');
    expect(source).not.toContain('(no rebuild to WebAssembly)?');
  });
});

// Text biased towards what Mermaid, HTML and our own escaping treat specially.
const hostileText = (maxLength: number) =>
  fc.string({
    maxLength,
    unit: fc.oneof(
      fc.constantFrom(...'"%{}[]()|<>&#;:`*_\n\r\t-=ﬂ°¶ß'.split(''), '-->', '%%{', '#quot;'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
  });

describe('toMermaid: hostile labels show literally and cannot change the graph', () => {
  const hostile = [
    'He said "yes"',
    '"] --> X[pwn',
    'a\nb\r\nc',
    '%%{init: {"theme":"forest","securityLevel":"loose"}}%%',
    'click q call alert(1)',
    'classDef evil fill:#f00;',
    'style q fill:#f00;',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '[brackets] {braces} (parens) |pipes|',
    '#quot; and &amp; and #35;',
    'end',
    '`**markdown**`',
    'ﬂ°°60¶ß',
  ];

  it('escapes each one', () => {
    expect(hostile.map((text) => escapeMermaidLabel(text))).toMatchInlineSnapshot(`
      [
        "He said #34;yes#34;",
        "#34;#93; --#62; X#91;pwn",
        "a#10;b#13;#10;c",
        "#37;#37;#123;init#58; #123;#34;theme#34;#58;#34;forest#34;,#34;securityLevel#34;#58;#34;loose#34;#125;#125;#37;#37;",
        "click q call alert(1)",
        "classDef evil fill#58;#35;f00#59;",
        "style q fill#58;#35;f00#59;",
        "#60;img src=x onerror=alert(1)#62;",
        "#60;script#62;alert(1)#60;/script#62;",
        "#91;brackets#93; #123;braces#125; (parens) #124;pipes#124;",
        "#35;quot#59; and #38;amp#59; and #35;35#59;",
        "end",
        "#96;#42;#42;markdown#42;#42;#96;",
        "#64258;<span></span>#176;#176;60#182;<span></span>#223;",
      ]
    `);
  });

  it('writes the same lines for a hostile question and for a plain one', () => {
    const plain = toMermaid(tinyTree('Plain?'), { lang: 'en' });
    for (const text of hostile) {
      const diagram = toMermaid(tinyTree(text, text), { lang: 'en', maxLabelLength: 500 });
      expectOnlyGeneratedLines(diagram.source, plain.nodes.length, plain.edges.length);
      expect(diagram.nodes.map((node) => node.mermaidId)).toEqual(
        plain.nodes.map((node) => node.mermaidId),
      );
      expect(diagram.source).not.toMatch(/%%|\n\s*(click|classDef|style|class)\b/);
    }
  });

  it('pins the source of a tree full of hostile labels', () => {
    const tree = tinyTree('"] --> X[pwn\n%%{init: {"theme":"dark"}}%%', 'click q call alert(1)');
    expect(toMermaid(tree, { lang: 'en' }).source).toMatchInlineSnapshot(`
      "flowchart TD
        q_q{{"#34;#93; --#62; X#91;pwn#10;#37;#37;#123;init#58; #123;#34;theme#34;#58;#34;dark#34;#125;#125;#37;#37;"}}
        o_a("A")
        s_a["Scenario A"]
        o_b("B")
        s_b["Scenario B"]
        q_q e0@-->|"click q call alert(1)"| o_a
        q_q e1@-->|"No"| o_b
        o_a e2@--> s_a
        o_b e3@--> s_b
      "
    `);
  });

  it('round-trips any text: what Mermaid unescapes is what was written', () => {
    fc.assert(
      fc.property(hostileText(80), (text) => {
        const escaped = escapeMermaidLabel(text);
        const bare = escaped.replaceAll(SENTINEL_BREAK, '').replace(/#\d+;/g, '');
        expect(bare).not.toMatch(/["\n\r%`<>&|[\]{}:;#]/);
        // The break is written exactly where Mermaid's last pass would join a pair, and only there.
        const breaks = escaped.split(SENTINEL_BREAK).length - 1;
        expect(breaks).toBe(text.split('ﬂ°').length - 1 + text.split('¶ß').length - 1);
        expect(unescapeLabel(escaped)).toBe(text);
      }),
    );
  });

  it('never lets any label add a line, a node or an edge', () => {
    fc.assert(
      fc.property(hostileText(120), hostileText(20), (text, answer) => {
        const diagram = toMermaid(tinyTree(text, answer), { lang: 'en' });
        expectOnlyGeneratedLines(diagram.source, 5, 4);
      }),
    );
  });
});

describe('toMermaid: ids', () => {
  it('prefixes ids, so ids that are Mermaid keywords stay plain node ids', () => {
    const tree: DecisionTree = {
      id: 't',
      root: 'end',
      nodes: [
        {
          kind: 'question',
          id: 'end',
          text: l('End?'),
          help: l('h'),
          answers: [
            { id: 'yes', label: l('Yes'), next: 'style' },
            { id: 'no', label: l('No'), next: 'click' },
          ],
        },
        { kind: 'outcome', id: 'style', runtime: 'runc', label: l('S'), scenario: l('s') },
        { kind: 'outcome', id: 'click', runtime: 'kata', label: l('C'), scenario: l('c') },
      ],
    };
    const { source } = toMermaid(tree, { lang: 'en' });
    expect(source).toContain('  q_end e0@-->|"Yes"| o_style\n');
    expect(source).toContain('  q_end e1@-->|"No"| o_click\n');
  });

  it('leaves out unsafe and duplicate ids and edges to missing nodes, without throwing', () => {
    const tree: DecisionTree = {
      id: 't',
      root: 'q',
      nodes: [
        {
          kind: 'question',
          id: 'q',
          text: l('Q?'),
          help: l('h'),
          answers: [
            { id: 'yes', label: l('Yes'), next: 'a' },
            { id: 'no', label: l('No'), next: 'nowhere' },
            { id: 'x"]', label: l('Bad'), next: 'a' },
          ],
        },
        { kind: 'outcome', id: 'a', runtime: 'runc', label: l('A'), scenario: l('s') },
        { kind: 'outcome', id: 'a', runtime: 'kata', label: l('Second A'), scenario: l('s2') },
        { kind: 'outcome', id: 'B-b', runtime: 'kata', label: l('Unsafe'), scenario: l('s3') },
      ],
    };
    const diagram = toMermaid(tree, { lang: 'en' });
    expect(diagram.nodes.map((node) => node.mermaidId)).toEqual(['q_q', 'o_a', 's_a']);
    expect(diagram.edges.map((edge) => edge.mermaidId)).toEqual(['e0', 'e1']);
    expect(diagram.source).not.toContain('Second A');
    expect(diagram.source).not.toContain('nowhere');
    expect(toMermaid({ id: 'empty', root: 'x', nodes: [] }, { lang: 'zh' }).source).toBe(
      'flowchart TD\n',
    );
  });
});

describe('shortenLabel', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis', () => {
    expect(shortenLabel('Short enough', 20)).toBe('Short enough');
    expect(shortenLabel('Does it need isolation stronger than a container', 30)).toBe(
      'Does it need isolation…',
    );
    expect(shortenLabel('是否需要比共享内核的容器更强的隔离', 8)).toBe('是否需要比共享…');
    expect(Array.from(shortenLabel('x'.repeat(500), 72))).toHaveLength(72);
  });
});
