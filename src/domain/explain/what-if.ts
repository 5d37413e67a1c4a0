// What if one answer were different: where the walk goes from each answered question when that
// answer changes and the later answers still on the new path are kept.
import { resolvePath, type PathStep } from '../engine';
import type { Answer, DecisionTree, QuestionNode } from '../tree';
import { landing, type Destination } from './routes';

export interface WhatIf {
  step: PathStep;
  alternative: Answer;
  /** The answers that open that state: on-path only, so the wizard drops nothing. */
  answers: Record<string, string>;
  /** Later questions whose answers still apply after the change. */
  kept: QuestionNode[];
  leadsTo: Destination;
}

/**
 * For each answered question and each other answer to it: where the walk goes when that
 * answer changes and every later answer that is still on the new path is kept. One walk per
 * alternative, so the cost is the path's length times its answers times the tree's size.
 */
export function whatIfs(tree: DecisionTree, steps: readonly PathStep[]): WhatIf[] {
  const given: Record<string, string> = {};
  for (const step of steps) given[step.question.id] = step.answer.id;
  return steps.flatMap((step, index) =>
    step.question.answers
      .filter((answer) => answer.id !== step.answer.id)
      .map((alternative) => {
        const resolution = resolvePath(tree, { ...given, [step.question.id]: alternative.id });
        const kept = steps
          .slice(index + 1)
          .filter((later) => Object.hasOwn(resolution.answers, later.question.id))
          .map((later) => later.question);
        return {
          step,
          alternative,
          answers: resolution.answers,
          kept,
          leadsTo: landing(resolution),
        };
      }),
  );
}
