// The texts a draft can start from, besides a file: the shipped example, an empty skeleton and a
// copy of a built-in tree. Each is a valid content file, so the preview shows at once.
import exampleText from '../../../examples/custom-content.json?raw';
import type { Content, Tree } from '../../content/schema';

/** How editors find the schema beside index.html, as the README says to start a file. */
const SCHEMA_REF = './content.schema.json';

/** examples/custom-content.json, exactly as shipped. */
export const EXAMPLE_TEXT: string = exampleText;

/** Every key of the format, each list empty: valid, and changes nothing until filled in. */
export const SKELETON_TEXT = `${JSON.stringify(
  {
    $schema: SCHEMA_REF,
    trees: [],
    runtimes: [],
    performance: [],
    features: [],
    publishedFigures: [],
    snippets: [],
    caseStudies: [],
  },
  null,
  2,
)}\n`;

/** An id for the copy that is still a valid id (at most 48 characters) and not taken. */
function copyId(tree: Tree, content: Content): string {
  const taken = new Set(content.trees.map((candidate) => candidate.id));
  const stem = tree.id.slice(0, 40);
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? `${stem}_copy` : `${stem}_copy${String(n)}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A built-in tree as a team's tree of its own: a new id (so it is added beside the original
 * rather than replacing it) and no `origin`, which only the app's own trees may set.
 */
export function treeCopyText(tree: Tree, content: Content): string {
  const rest: Partial<Tree> = { ...tree };
  delete rest.origin;
  const copy = {
    ...rest,
    id: copyId(tree, content),
    title: { en: `${tree.title.en} (copy)`, zh: `${tree.title.zh}（副本）` },
  };
  return `${JSON.stringify({ $schema: SCHEMA_REF, defaultTree: copy.id, trees: [copy] }, null, 2)}\n`;
}
