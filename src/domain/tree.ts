// The decision tree as the engine sees it: plain data, no React, no rendering.
// The rest of the content model is in content-model.ts; src/content/schema checks its zod
// schemas against both, so any validated tree can be handed to the engine.

export type Lang = 'en' | 'zh';

/** A user-visible string in both languages. */
export interface Localized {
  en: string;
  zh: string;
}

export interface Answer {
  /** Stable id used in share links (`yes`, `no`). */
  id: string;
  label: Localized;
  /** Id of the node this answer leads to. */
  next: string;
}

export interface QuestionNode {
  kind: 'question';
  id: string;
  text: Localized;
  /** What the question means in practice (the guide's thresholds, for instance). */
  help: Localized;
  /** The guide's own wording of the question, where the guide has one (资源受限?). */
  guideText?: string | undefined;
  /**
   * The question that asks the same thing in another tree, by tree id (the guide's "strong
   * isolation?" is the extended tree's `oci_strong_isolation`): an answer here carries over.
   */
  counterparts?: Record<string, string> | undefined;
  answers: Answer[];
}

export interface OutcomeNode {
  kind: 'outcome';
  id: string;
  /** Runtime id this outcome recommends. */
  runtime: string;
  /** The outcome's label in the tree (the guide's "WasmEdge, Y=4 sandbox isolation"). */
  label: Localized;
  /** The guide's scenario for this outcome ("Edge / AI / Serverless"). */
  scenario: Localized;
}

export type TreeNode = QuestionNode | OutcomeNode;

export interface DecisionTree {
  id: string;
  root: string;
  nodes: TreeNode[];
}

/** Ids that may appear in URLs, Mermaid source and DOM attributes. */
export const ID_PATTERN = /^[a-z][a-z0-9_]{0,47}$/;

export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function findNode(tree: DecisionTree, id: string): TreeNode | undefined {
  return tree.nodes.find((node) => node.id === id);
}
