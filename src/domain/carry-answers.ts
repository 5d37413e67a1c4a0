// Switching trees keeps the answers that mean the same thing in the other tree. Trees built on
// another share its questions by id (the extended tree holds the guide's tree unchanged below
// "existing_images = no"), so an answer carries over when the other tree asks the same
// question with the same answer, and the answers that lead into the shared part come with it.
import { indexNodes } from './tree-graph';
import type { DecisionTree } from './tree';

/**
 * The answers of a walk in `from`, as answers in `to`: those to questions `to` asks too (same
 * id, same answer id), preceded by the answers that lead from `to`'s root to the first of them
 * (the shortest way there). What the new walk does not pass is for the decoder to drop and say.
 */
export function carryAnswers(
  from: DecisionTree,
  answers: Readonly<Record<string, string>>,
  to: DecisionTree,
): Record<string, string> {
  const target = indexNodes(to);
  const kept: Record<string, string> = Object.create(null) as Record<string, string>;
  const fromIds = new Set(indexNodes(from).keys());
  let first: string | undefined;
  for (const [questionId, answerId] of Object.entries(answers)) {
    if (!fromIds.has(questionId)) continue;
    const node = target.get(questionId);
    if (node?.kind !== 'question') continue;
    if (!node.answers.some((answer) => answer.id === answerId)) continue;
    first ??= questionId;
    kept[questionId] = answerId;
  }
  if (first === undefined) return kept;

  // Breadth-first from the root: the first time `first` is reached is by the fewest answers.
  const cameFrom = new Map<string, { questionId: string; answerId: string } | null>([
    [to.root, null],
  ]);
  const queue = [to.root];
  while (queue.length > 0 && !cameFrom.has(first)) {
    const id = queue.shift() as string;
    const node = target.get(id);
    if (node?.kind !== 'question') continue;
    for (const answer of node.answers) {
      if (cameFrom.has(answer.next)) continue;
      cameFrom.set(answer.next, { questionId: node.id, answerId: answer.id });
      queue.push(answer.next);
    }
  }
  const lead: [string, string][] = [];
  for (let step = cameFrom.get(first); step; step = cameFrom.get(step.questionId)) {
    lead.unshift([step.questionId, step.answerId]);
  }
  const carried: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [questionId, answerId] of lead) {
    // An answer the reader gave to the same question wins over the way in.
    carried[questionId] = kept[questionId] ?? answerId;
  }
  for (const [questionId, answerId] of Object.entries(kept)) carried[questionId] = answerId;
  return carried;
}
