// How long a tree's share links can get, for the content validator (scripts/content-tools.ts):
// kept apart from share-state.ts so that the app's own bundle does not carry it.
import { PASSTHROUGH_KEYS } from './share-state';
import type { DecisionTree } from './tree';

/**
 * The length of the longest search string a walk through `tree` can produce (tree, every answer
 * on the longest path, and the options at their longest). Linear in the tree's size: each
 * node's longest remainder is computed once, however many paths lead through it.
 */
export function longestShareSearch(tree: DecisionTree): number {
  const nodes = new Map(tree.nodes.map((node) => [node.id, node]));
  const memo = new Map<string, number>();
  const longestFrom = (id: string, seen: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    if (!node || node.kind !== 'question' || seen.has(id)) return 0;
    seen.add(id);
    let best = 0;
    for (const answer of node.answers) {
      const step = `&${node.id}=${answer.id}`.length;
      best = Math.max(best, step + longestFrom(answer.next, seen));
    }
    seen.delete(id);
    memo.set(id, best);
    return best;
  };
  // `?tree=<id>` and the longest options a link may carry (`&lang=en&embed=1&theme=light&target=`).
  const options = PASSTHROUGH_KEYS.reduce(
    (sum, key) =>
      sum +
      `&${key}=`.length +
      (key === 'target' ? 48 : key === 'theme' ? 5 : key === 'embed' ? 1 : 2),
    0,
  );
  return `tree=${tree.id}`.length + longestFrom(tree.root, new Set()) + options;
}
