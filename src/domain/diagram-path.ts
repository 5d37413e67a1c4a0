// Where the walk stands, in the diagram's terms: which tree nodes and answers are on the path
// (the marks the diagram sets on its SVG), and the tree as a nested outline with the same marks
// (the view for screen readers, small screens and a Mermaid that failed to load).
import type { FocusView, FoldCount } from './diagram-focus';
import type { Resolution } from './engine';
import type { DecisionTree, Lang } from './tree';
import { indexNodes } from './tree-graph';

export type PathMark = 'visited' | 'current' | 'outcome';

export interface PathEdge {
  from: string;
  answerId: string;
  to: string;
}

export interface PathMarks {
  /** Every tree node on the path, by id: answered questions, the current one, the outcome. */
  nodes: ReadonlyMap<string, PathMark>;
  /** The answers taken, in order: the path's edges. */
  edges: readonly PathEdge[];
  /** The outcome reached, if any. */
  outcome: string | undefined;
}

type PathState = Pick<Resolution, 'steps' | 'current' | 'outcome'>;

export function pathMarks(resolution: PathState): PathMarks {
  const nodes = new Map<string, PathMark>();
  for (const step of resolution.steps) nodes.set(step.question.id, 'visited');
  if (resolution.current) nodes.set(resolution.current.id, 'current');
  if (resolution.outcome) nodes.set(resolution.outcome.id, 'outcome');
  return {
    nodes,
    edges: resolution.steps.map((step) => ({
      from: step.question.id,
      answerId: step.answer.id,
      to: step.answer.next,
    })),
    outcome: resolution.outcome?.id,
  };
}

export interface OutlineAnswer {
  answerId: string;
  label: string;
  /** On the path: this question was answered this way. */
  taken: boolean;
  child: OutlineItem;
}

export type OutlineItem =
  | {
      kind: 'question';
      nodeId: string;
      text: string;
      mark: 'visited' | 'current' | undefined;
      answers: OutlineAnswer[];
      /** Set when everything beyond this question is folded (its answers are then not listed). */
      folded?: FoldCount;
    }
  /** A folded branch of a large tree's outline: what it holds, hanging from `nodeId`. */
  | ({ kind: 'fold'; nodeId: string } & FoldCount)
  | {
      kind: 'outcome';
      nodeId: string;
      text: string;
      scenario: string;
      runtime: string;
      mark: 'outcome' | undefined;
    }
  /** An edge to a node that does not exist, a cycle, or the end of the size budget. */
  | { kind: 'stop'; nodeId: string; reason: 'missing' | 'cycle' | 'too-large' };

/** Shared subtrees are repeated in an outline; a budget keeps a pathological tree finite. */
export const OUTLINE_BUDGET = 1000;

/**
 * The tree as nested questions and answers from the root. A node reached by several answers
 * appears under each of them, and only the occurrence on the path carries a mark. With a focus
 * (a large tree), branches off the path fold as they do in the diagram.
 */
export function toOutline(
  tree: DecisionTree,
  lang: Lang,
  resolution: PathState,
  focus?: FocusView,
): OutlineItem {
  const byId = indexNodes(tree);
  const marks = pathMarks(resolution);
  const taken = new Map(marks.edges.map((edge) => [edge.from, edge.answerId]));
  let budget = OUTLINE_BUDGET;

  const walk = (id: string, onPath: boolean, ancestors: ReadonlySet<string>): OutlineItem => {
    const node = byId.get(id);
    if (!node) return { kind: 'stop', nodeId: id, reason: 'missing' };
    if (ancestors.has(id)) return { kind: 'stop', nodeId: id, reason: 'cycle' };
    if (budget <= 0) return { kind: 'stop', nodeId: id, reason: 'too-large' };
    budget -= 1;
    const mark = onPath ? marks.nodes.get(id) : undefined;
    if (node.kind === 'outcome') {
      return {
        kind: 'outcome',
        nodeId: id,
        text: node.label[lang],
        scenario: node.scenario[lang],
        runtime: node.runtime,
        mark: mark === 'outcome' ? 'outcome' : undefined,
      };
    }
    const inner = new Set(ancestors).add(id);
    const takenAnswer = onPath ? taken.get(id) : undefined;
    const stubs = focus?.stubs.filter((stub) => stub.from === id) ?? [];
    const whole = stubs.find((stub) => stub.answerId === undefined);
    const question = {
      kind: 'question' as const,
      nodeId: id,
      text: node.text[lang],
      mark: mark === 'visited' || mark === 'current' ? mark : undefined,
    };
    if (whole) {
      return {
        ...question,
        answers: [],
        folded: { questions: whole.questions, outcomes: whole.outcomes },
      };
    }
    return {
      ...question,
      answers: node.answers.flatMap((answer) => {
        const isTaken = takenAnswer === answer.id;
        const stub =
          focus && !focus.shown.has(answer.next)
            ? stubs.find((candidate) => candidate.answerId === answer.id)
            : undefined;
        if (focus && !focus.shown.has(answer.next) && !stub) return [];
        return [
          {
            answerId: answer.id,
            label: answer.label[lang],
            taken: isTaken,
            child: stub
              ? {
                  kind: 'fold' as const,
                  nodeId: id,
                  questions: stub.questions,
                  outcomes: stub.outcomes,
                }
              : walk(answer.next, isTaken, inner),
          },
        ];
      }),
    };
  };

  return walk(tree.root, true, new Set());
}
