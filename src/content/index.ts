// The built-in content: everything in the guide, plus our extension tree and the published
// figures that put the guide's numbers in context. Tests check that it passes the schema and the
// integrity checks, so the app can use it without validating it at start-up. The current
// deployment snippet sets are the exception: they load with the views that show them
// (current-snippets.ts), and the tests check the content with them added as well.
import { caseStudies } from './guide/case-studies';
import { criteria } from './guide/criteria';
import { features, performance } from './guide/figures';
import { matrix } from './guide/matrix';
import { practice2025 } from './guide/practice';
import { publishedFigures } from './guide/published-figures';
import { publishedPractices } from './guide/published-practices';
import { managedOffers, prerequisitePractices, properties } from './guide/properties';
import { runtimes } from './guide/runtimes';
import { guideSnippets } from './guide/snippets';
import { fullTree, guideTree } from './guide/trees';
import type { Content, Runtime, Tree } from './schema';

export const builtInContent: Content = {
  defaultTree: 'guide',
  trees: [guideTree, fullTree],
  runtimes,
  matrix,
  performance,
  features,
  publishedFigures,
  // The guide's examples, verbatim; withCurrentSnippets adds the current sets that replace them.
  snippets: guideSnippets,
  practice2025,
  caseStudies,
  criteria,
  publishedPractices: [...publishedPractices, ...prerequisitePractices],
  properties,
  managedOffers,
};

export function getTree(content: Content, id: string): Tree | undefined {
  return content.trees.find((tree) => tree.id === id);
}

export function getRuntime(content: Content, id: string): Runtime | undefined {
  return content.runtimes.find((runtime) => runtime.id === id);
}
