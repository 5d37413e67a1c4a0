// Everything the schema cannot check, over the whole content: each tree's shape (./trees), unique
// ids, and the cross references between trees, runtimes, the matrix and the recommendations.
import type { Content } from '../schema';
import {
  formatPath,
  listOf,
  quote,
  type ContentProblem,
  type PathSegment,
  type RuntimeCheck,
} from './problems';
import { checkTree } from './trees';

/**
 * Cross-reference ids that recommendations may use besides matrix scenarios: the guide's
 * "强隔离场景" (strong isolation) recommendation has no column in the guide's matrix.
 */
const EXTRA_RECOMMENDATION_SCENARIOS: readonly string[] = ['strong_isolation'];

/**
 * Everything the schema cannot check. Expects schema-valid content; reports, never throws.
 * Problems come in a stable order: trees first, then cross references.
 */
export function checkContentIntegrity(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const runtimeIds = new Set(content.runtimes.map((runtime) => runtime.id));
  const known = [...runtimeIds].join(', ');

  const checkRuntime: RuntimeCheck = (id, path, nodeId) => {
    if (!runtimeIds.has(id)) {
      const problem: ContentProblem = {
        path: formatPath(path),
        message: `unknown runtime ${quote(id)} (known runtimes: ${known || 'none'})`,
      };
      if (nodeId !== undefined) problem.nodeId = nodeId;
      problems.push(problem);
    }
  };

  checkUniqueIds(content.trees, ['trees'], 'tree', problems);
  content.trees.forEach((tree, treeIndex) => {
    checkTree(tree, treeIndex, checkRuntime, problems);
  });
  if (!content.trees.some((tree) => tree.id === content.defaultTree)) {
    problems.push({
      path: 'defaultTree',
      message: `default tree ${quote(content.defaultTree)} is not one of the trees`,
    });
  }

  checkUniqueIds(content.runtimes, ['runtimes'], 'runtime', problems);
  checkUniqueIds(content.snippets, ['snippets'], 'snippet', problems);
  checkUniqueIds(content.publishedFigures, ['publishedFigures'], 'figure', problems);
  checkUniqueIds(content.caseStudies, ['caseStudies'], 'case study', problems);
  checkUniqueIds(content.features, ['features'], 'feature', problems);

  const performanceRows = new Map<string, number>();
  content.performance.forEach((row, i) => {
    checkRuntime(row.runtime, ['performance', i, 'runtime']);
    const first = performanceRows.get(row.runtime);
    if (first === undefined) {
      performanceRows.set(row.runtime, i);
    } else {
      problems.push({
        path: formatPath(['performance', i, 'runtime']),
        message: `runtime ${quote(row.runtime)} already has a performance row (performance[${first}])`,
      });
    }
  });
  content.features.forEach((row, i) => {
    for (const runtime of Object.keys(row.values)) {
      checkRuntime(runtime, ['features', i, 'values', runtime]);
    }
  });
  content.snippets.forEach((snippet, i) => {
    checkRuntime(snippet.runtime, ['snippets', i, 'runtime']);
  });
  content.publishedFigures.forEach((figure, i) => {
    checkRuntime(figure.runtime, ['publishedFigures', i, 'runtime']);
  });

  const scenarioIds = checkMatrix(content, checkRuntime, problems);

  const practice = content.practice2025;
  checkRuntime(practice.runtime, ['practice2025', 'runtime']);
  const recommended = new Map<string, number>();
  practice.recommendations.forEach((recommendation, i) => {
    const base = ['practice2025', 'recommendations', i];
    checkRuntime(recommendation.first.runtime, [...base, 'first', 'runtime']);
    checkRuntime(recommendation.alternative.runtime, [...base, 'alternative', 'runtime']);
    const { scenarioId } = recommendation;
    if (!scenarioIds.has(scenarioId) && !EXTRA_RECOMMENDATION_SCENARIOS.includes(scenarioId)) {
      problems.push({
        path: formatPath([...base, 'scenarioId']),
        message: `unknown scenario ${quote(scenarioId)}: must be a matrix scenario (${listOf(scenarioIds)}) or "strong_isolation"`,
      });
    }
    const first = recommended.get(scenarioId);
    if (first === undefined) {
      recommended.set(scenarioId, i);
    } else {
      problems.push({
        path: formatPath([...base, 'scenarioId']),
        message: `scenario ${quote(scenarioId)} already has a recommendation (practice2025.recommendations[${first}])`,
      });
    }
  });

  content.caseStudies.forEach((study, i) => {
    checkRuntime(study.runtime, ['caseStudies', i, 'runtime']);
    if (!scenarioIds.has(study.scenarioId)) {
      problems.push({
        path: formatPath(['caseStudies', i, 'scenarioId']),
        message: `unknown scenario ${quote(study.scenarioId)}: must be a matrix scenario (${listOf(scenarioIds)})`,
      });
    }
  });

  return problems;
}

function checkUniqueIds(
  items: readonly { id: string }[],
  path: readonly PathSegment[],
  what: string,
  problems: ContentProblem[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
    } else {
      problems.push({
        path: formatPath([...path, i, 'id']),
        message: `duplicate ${what} id ${quote(item.id)}: already used by ${formatPath([...path, first])}`,
      });
    }
  });
}

function checkMatrix(
  content: Content,
  checkRuntime: RuntimeCheck,
  problems: ContentProblem[],
): Set<string> {
  const { matrix } = content;
  const tree = content.trees.find((candidate) => candidate.id === matrix.treeId);
  if (!tree) {
    problems.push({
      path: 'matrix.treeId',
      message: `tree ${quote(matrix.treeId)} does not exist`,
    });
  }
  checkUniqueIds(matrix.criteria, ['matrix', 'criteria'], 'criterion', problems);
  checkUniqueIds(matrix.scenarios, ['matrix', 'scenarios'], 'scenario', problems);

  const questionIds = new Set(
    (tree?.nodes ?? []).filter((node) => node.kind === 'question').map((node) => node.id),
  );
  matrix.criteria.forEach((criterion, i) => {
    if (tree && !questionIds.has(criterion.questionId)) {
      problems.push({
        path: formatPath(['matrix', 'criteria', i, 'questionId']),
        message: `${quote(criterion.questionId)} is not a question of tree ${quote(tree.id)}`,
      });
    }
  });

  const criterionIds = new Set(matrix.criteria.map((criterion) => criterion.id));
  matrix.scenarios.forEach((scenario, i) => {
    checkRuntime(scenario.runtime, ['matrix', 'scenarios', i, 'runtime']);
    const cellKeys = Object.keys(scenario.cells);
    for (const key of cellKeys) {
      if (!criterionIds.has(key)) {
        problems.push({
          path: formatPath(['matrix', 'scenarios', i, 'cells', key]),
          message: `${quote(key)} is not a matrix criterion (criteria: ${listOf(criterionIds)})`,
        });
      }
    }
    for (const criterion of criterionIds) {
      if (!cellKeys.includes(criterion)) {
        problems.push({
          path: formatPath(['matrix', 'scenarios', i, 'cells']),
          message: `no cell for criterion ${quote(criterion)}`,
        });
      }
    }
  });
  return new Set(matrix.scenarios.map((scenario) => scenario.id));
}
