// The focus view of a large tree: what the reader needs at this point of the walk, and the rest
// folded away. Shown are the path so far, the question being asked and where each of its
// answers leads; every other branch becomes a stub that says how much it holds. The path is
// never folded: every node on it is shown, whatever else is.
import type { Resolution } from './engine';
import type { DecisionTree } from './tree';
import { indexNodes } from './tree-graph';

/** Trees with more nodes than this open in the focus view; smaller ones are drawn whole. */
export const FOCUS_THRESHOLD = 40;

export interface FoldCount {
  questions: number;
  outcomes: number;
}

export interface FocusStub extends FoldCount {
  /** Stable within one focus: `f0`, `f1`, … in drawing order. */
  id: string;
  /** The shown node the folded branch hangs from. */
  from: string;
  /** The answer that leads into the fold; absent when a shown node's whole future is folded. */
  answerId?: string;
}

export interface FocusView {
  /** Tree node ids drawn in full. */
  shown: ReadonlySet<string>;
  stubs: readonly FocusStub[];
}

type PathState = Pick<Resolution, 'steps' | 'current' | 'outcome'>;

export function needsFocus(tree: DecisionTree): boolean {
  return tree.nodes.length > FOCUS_THRESHOLD;
}

/**
 * The focus for where the walk stands. Each untaken answer of an answered question leads to
 * its target if that is shown, or else into a stub; each node the current question leads to is
 * shown, with everything beyond it folded into one stub. A stub counts the distinct nodes that
 * can be reached through it and are not shown (a node shared by two branches counts in both).
 */
export function focusView(tree: DecisionTree, resolution: PathState): FocusView {
  const byId = indexNodes(tree);
  const shown = new Set<string>();
  for (const step of resolution.steps) shown.add(step.question.id);
  const current = resolution.current;
  if (current) {
    shown.add(current.id);
    for (const answer of current.answers) if (byId.has(answer.next)) shown.add(answer.next);
  }
  if (resolution.outcome) shown.add(resolution.outcome.id);
  // A walk with no answers and no current question (a broken root) still shows its root.
  if (shown.size === 0 && byId.has(tree.root)) shown.add(tree.root);

  const count = (starts: readonly string[]): FoldCount => {
    const seen = new Set<string>();
    const queue = starts.filter((id) => !shown.has(id));
    const result = { questions: 0, outcomes: 0 };
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (seen.has(id) || shown.has(id)) continue;
      seen.add(id);
      const node = byId.get(id);
      if (!node) continue;
      if (node.kind === 'outcome') result.outcomes += 1;
      else {
        result.questions += 1;
        for (const answer of node.answers) queue.push(answer.next);
      }
    }
    return result;
  };

  const stubs: FocusStub[] = [];
  const addStub = (from: string, starts: readonly string[], answerId?: string) => {
    const folded = count(starts);
    if (folded.questions + folded.outcomes === 0) return;
    stubs.push({
      id: `f${String(stubs.length)}`,
      from,
      ...folded,
      ...(answerId ? { answerId } : {}),
    });
  };

  for (const node of tree.nodes) {
    if (!shown.has(node.id) || byId.get(node.id) !== node || node.kind !== 'question') continue;
    if (node.id === current?.id) continue;
    const answered = resolution.steps.some((step) => step.question.id === node.id);
    if (answered) {
      for (const answer of node.answers) {
        if (!shown.has(answer.next)) addStub(node.id, [answer.next], answer.id);
      }
    } else {
      // A node the current question leads to: all of its future in one stub.
      addStub(
        node.id,
        node.answers.map((answer) => answer.next),
      );
    }
  }
  return { shown, stubs };
}
