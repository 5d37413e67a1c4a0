// The guide's matrix scenarios: which of them a path's answers fit, and the wizard link that
// opens one of them.
import { resolvePath } from '../engine';
import type { DecisionTree, QuestionNode } from '../tree';
import type { MatrixData, RecommendationData } from './content';
import { landing, type Destination } from './routes';

export interface ScenarioMatch {
  scenario: MatrixData['scenarios'][number];
  /** Matrix criteria whose question the path answered, with the matrix's cell for it. */
  agrees: string[];
  conflicts: string[];
}

function scenarioCell(scenario: MatrixData['scenarios'][number], criterionId: string) {
  return Object.hasOwn(scenario.cells, criterionId) ? scenario.cells[criterionId] : undefined;
}

/**
 * The matrix scenarios of the recommended runtime that fit the answers best. An answer equal to
 * the cell counts 1, a 'partly' cell 0.5 (either answer fits it), a contradiction -1. Ties are
 * all returned; no scenario is returned when no matrix question was answered.
 */
export function matchScenarios(
  matrix: MatrixData,
  answers: Readonly<Record<string, string>>,
  runtime: string,
): ScenarioMatch[] {
  const answered = matrix.criteria.filter((criterion) =>
    Object.hasOwn(answers, criterion.questionId),
  );
  if (answered.length === 0) return [];
  const scored = matrix.scenarios
    .filter((scenario) => scenario.runtime === runtime)
    .map((scenario) => {
      let score = 0;
      const agrees: string[] = [];
      const conflicts: string[] = [];
      for (const criterion of answered) {
        const cell = scenarioCell(scenario, criterion.id);
        if (cell === undefined) continue;
        if (cell === 'partly') {
          score += 0.5;
        } else if (cell === answers[criterion.questionId]) {
          score += 1;
          agrees.push(criterion.id);
        } else {
          score -= 1;
          conflicts.push(criterion.id);
        }
      }
      return { scenario, agrees, conflicts, score };
    });
  const best = Math.max(...scored.map((entry) => entry.score));
  return scored
    .filter((entry) => entry.score === best)
    .map(({ scenario, agrees, conflicts }) => ({ scenario, agrees, conflicts }));
}

export interface AppliedRecommendation {
  recommendation: RecommendationData;
  /** Why it applies: the path's matrix scenario, or a need the answers state. */
  via: { kind: 'scenario'; scenarioId: string } | { kind: 'need'; questionId: string };
}

export interface MatrixPreset {
  scenarioId: string;
  /** Every answer the matrix row fixes (its yes/no cells), whether or not the path asks it. */
  fixed: Record<string, string>;
  /** The fixed answers that lie on the walk, in path order: what the wizard link carries. */
  answers: Record<string, string>;
  /** Questions the row marks 'partly': left to the user. */
  open: string[];
  /** Where the link lands. */
  lands: Destination;
}

/**
 * Opens the wizard for a matrix scenario: its yes/no cells become answers, its 'partly' cells
 * stay open. Only answers the walk actually reaches go into the link, so the wizard never has
 * to drop one (it stops at the first open question on the path).
 */
export function matrixPreset(
  matrix: MatrixData,
  tree: DecisionTree,
  scenarioId: string,
): MatrixPreset | undefined {
  const scenario = matrix.scenarios.find((candidate) => candidate.id === scenarioId);
  if (!scenario) return undefined;
  const fixed: Record<string, string> = {};
  const open: string[] = [];
  for (const criterion of matrix.criteria) {
    const cell = scenarioCell(scenario, criterion.id);
    if (cell === undefined) continue;
    if (cell === 'partly') {
      open.push(criterion.questionId);
      continue;
    }
    const question = tree.nodes.find(
      (node): node is QuestionNode => node.kind === 'question' && node.id === criterion.questionId,
    );
    if (question?.answers.some((answer) => answer.id === cell)) fixed[criterion.questionId] = cell;
  }
  const resolution = resolvePath(tree, fixed);
  return { scenarioId, fixed, answers: resolution.answers, open, lands: landing(resolution) };
}
