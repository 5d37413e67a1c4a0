// A decision tree as Mermaid flowchart text, plus the map from Mermaid's ids back to the tree's.
// Nobody writes Mermaid by hand: the source is generated here from data, and nothing in it comes
// from input except escaped label text. Node ids are whitelisted content ids behind a fixed
// prefix (so `end` or `style` cannot be read as keywords); every label character outside a small
// safe set becomes one of Mermaid's `#<code>;` entities, so quotes, brackets, `-->`, newlines,
// `%%{init}%%`, `click`, `classDef`, `style` and HTML show literally and cannot add nodes, edges,
// styles or configuration.
import type { FocusView, FoldCount } from './diagram-focus';
import { isSafeId, type DecisionTree, type Lang } from './tree';

/** `fold`: a stub standing for a folded branch (focus view); not a tree node. */
export type DiagramNodeKind = 'question' | 'outcome' | 'scenario' | 'fold';

export interface DiagramNode {
  /** Id in the Mermaid source: `q_`, `o_` or `s_` plus a whitelisted content id. */
  mermaidId: string;
  kind: DiagramNodeKind;
  /**
   * The tree node's id. Scenario nodes are drawn under their outcome (as the guide draws them)
   * but are not tree nodes: their `nodeId` is the outcome's. A fold's `nodeId` is the shown
   * node it hangs from.
   */
  nodeId: string;
  /** The runtime an outcome (or its scenario) recommends. */
  runtime?: string;
  /** The full text in the chosen language; the drawn label may be shortened. */
  text: string;
}

export interface DiagramEdge {
  /** Id in the Mermaid source (`e0`, `e1`, ...), given with Mermaid's `e0@-->` edge-id syntax. */
  mermaidId: string;
  kind: 'answer' | 'scenario' | 'fold';
  /** Tree node ids (for an edge into a fold, `to` is the stub's id). */
  from: string;
  to: string;
  /** The answer this edge stands for; absent on outcome -> scenario edges. */
  answerId?: string;
}

export interface MermaidDiagram {
  source: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface ToMermaidOptions {
  lang: Lang;
  /** Labels longer than this (in code points) are shortened with an ellipsis. */
  maxLabelLength?: number;
  /** Draw only what the focus shows, with its stubs labelled by `foldLabel`. */
  focus?: { view: FocusView; foldLabel: (count: FoldCount) => string } | undefined;
}

export const DEFAULT_MAX_LABEL_LENGTH = 72;

// Characters that mean nothing to Mermaid inside a quoted label, nor to the HTML the label
// becomes. Everything else is written as an entity. Mermaid uses ﬂ ° ¶ ß internally to carry
// entities through its parser, so those are escaped too.
const SAFE_ASCII = /^[A-Za-z0-9 .,?!'()/+=-]$/;
const SAFE_OTHER = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const MERMAID_SENTINELS = new Set(['ﬂ', '°', '¶', 'ß']);

/**
 * Mermaid's last step turns `ﬂ°` into `&` and `¶ß` into `;` across the whole drawn SVG, after
 * the label's entities have become characters: a label with those pairs would be drawn as `&;`.
 * An empty element between the two keeps them apart in the markup without changing the text.
 */
const SENTINEL_PAIRS = new Set(['ﬂ°', '¶ß']);
const SENTINEL_BREAK = '<span></span>';

/** Text for inside `"..."` in Mermaid source, shown literally whatever it contains. */
export function escapeMermaidLabel(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const safe =
      code < 128 ? SAFE_ASCII.test(char) : SAFE_OTHER.test(char) && !MERMAID_SENTINELS.has(char);
    if (SENTINEL_PAIRS.has(previous + char)) out += SENTINEL_BREAK;
    out += safe ? char : `#${code};`;
    previous = char;
  }
  return out;
}

/** Shortens to `max` code points, at a word boundary where one is near, with an ellipsis. */
export function shortenLabel(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  const trimmed = space >= cut.length - 16 && space > 0 ? cut.slice(0, space) : cut;
  return `${trimmed.replace(/[\s,.;:–—-]+$/u, '')}…`;
}

const PREFIX: Record<DiagramNodeKind, string> = {
  question: 'q_',
  outcome: 'o_',
  scenario: 's_',
  fold: 'f_',
};

/**
 * The tree as a top-down flowchart: questions as hexagons (decisions that stay compact with long
 * text), outcomes as rounded boxes, and each
 * outcome's scenario in a box below it. Total: unsafe or duplicate ids and edges to missing
 * nodes are left out rather than thrown on (the content checks report them).
 */
export function toMermaid(tree: DecisionTree, options: ToMermaidOptions): MermaidDiagram {
  const { lang } = options;
  const max = options.maxLabelLength ?? DEFAULT_MAX_LABEL_LENGTH;
  const label = (text: string) => `"${escapeMermaidLabel(shortenLabel(text, max))}"`;

  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const nodeLines: string[] = [];
  const edgeLines: string[] = [];
  const mermaidIdOf = new Map<string, string>();

  const focus = options.focus;
  const drawn = (id: string) => !focus || focus.view.shown.has(id);
  for (const node of tree.nodes) {
    if (!isSafeId(node.id) || mermaidIdOf.has(node.id) || !drawn(node.id)) continue;
    const mermaidId = PREFIX[node.kind] + node.id;
    mermaidIdOf.set(node.id, mermaidId);
    if (node.kind === 'question') {
      nodes.push({ mermaidId, kind: 'question', nodeId: node.id, text: node.text[lang] });
      nodeLines.push(`  ${mermaidId}{{${label(node.text[lang])}}}`);
    } else {
      const runtime = isSafeId(node.runtime) ? node.runtime : undefined;
      const scenarioId = PREFIX.scenario + node.id;
      nodes.push({ mermaidId, kind: 'outcome', nodeId: node.id, runtime, text: node.label[lang] });
      nodes.push({
        mermaidId: scenarioId,
        kind: 'scenario',
        nodeId: node.id,
        runtime,
        text: node.scenario[lang],
      });
      nodeLines.push(`  ${mermaidId}(${label(node.label[lang])})`);
      nodeLines.push(`  ${scenarioId}[${label(node.scenario[lang])}]`);
    }
  }

  const addEdge = (edge: Omit<DiagramEdge, 'mermaidId'>, text?: string) => {
    const from = mermaidIdOf.get(edge.from);
    const to =
      edge.kind === 'scenario'
        ? PREFIX.scenario + edge.to
        : edge.kind === 'fold'
          ? PREFIX.fold + edge.to
          : mermaidIdOf.get(edge.to);
    if (!from || !to) return;
    const mermaidId = `e${edges.length}`;
    edges.push({ mermaidId, ...edge });
    const edgeLabel = text === undefined ? '' : `|${label(text)}|`;
    edgeLines.push(`  ${from} ${mermaidId}@-->${edgeLabel} ${to}`);
  };

  const stubs = focus?.view.stubs ?? [];
  for (const stub of stubs) {
    const mermaidId = PREFIX.fold + stub.id;
    const text = focus?.foldLabel(stub) ?? '';
    nodes.push({ mermaidId, kind: 'fold', nodeId: stub.from, text });
    nodeLines.push(`  ${mermaidId}([${label(text)}])`);
  }

  const seen = new Set<string>();
  for (const node of tree.nodes) {
    if (!mermaidIdOf.has(node.id) || seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.kind === 'question') {
      const whole = stubs.find((stub) => stub.from === node.id && stub.answerId === undefined);
      if (whole) {
        // Everything beyond this node is folded: one edge into its stub, no answers.
        addEdge({ kind: 'fold', from: node.id, to: whole.id });
        continue;
      }
      for (const answer of node.answers) {
        if (!isSafeId(answer.id) || !isSafeId(answer.next)) continue;
        const stub = drawn(answer.next)
          ? undefined
          : stubs.find(
              (candidate) => candidate.from === node.id && candidate.answerId === answer.id,
            );
        if (!drawn(answer.next) && !stub) continue;
        addEdge(
          stub
            ? { kind: 'fold', from: node.id, to: stub.id, answerId: answer.id }
            : { kind: 'answer', from: node.id, to: answer.next, answerId: answer.id },
          answer.label[lang],
        );
      }
    } else {
      addEdge({ kind: 'scenario', from: node.id, to: node.id });
    }
  }

  const source = ['flowchart TD', ...nodeLines, ...edgeLines].join('\n') + '\n';
  return { source, nodes, edges };
}
