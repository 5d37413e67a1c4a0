// The built-in current snippet sets (about 13 kB of code blocks, gzip) are kept out of
// `builtInContent`, which every page loads, because only the deployment snippets show them: the
// result page's section (loaded when a reader scrolls to it) and the runtime pages. Those views
// add them back under the content in force with withCurrentSnippets.
import { guideSnippets } from './guide/snippets';
import { currentSnippets } from './guide/snippets-current';
import type { Snippet } from './schema';

/**
 * `snippets` (the built-in content's, or a team's file merged over them) with the built-in
 * current sets added as if they had been built in all along: the same list and order that
 * merging the file over the complete built-in list gives (src/content/merge.ts). The built-in
 * entries (the guide's examples) come first, then the current sets, an entry with a current
 * snippet's id replacing it in place, then the entries the file added.
 */
export function withCurrentSnippets(snippets: readonly Snippet[]): Snippet[] {
  const builtIn = guideSnippets.length;
  const added = snippets.slice(builtIn);
  const replacing = new Map(added.map((snippet) => [snippet.id, snippet]));
  const currentIds = new Set(currentSnippets.map((snippet) => snippet.id));
  return [
    ...snippets.slice(0, builtIn),
    ...currentSnippets.map((snippet) => replacing.get(snippet.id) ?? snippet),
    ...added.filter((snippet) => !currentIds.has(snippet.id)),
  ];
}
