import { describe, expect, it } from 'vitest';
import { withCurrentSnippets } from './current-snippets';
import { guideSnippets } from './guide/snippets';
import { currentSnippets } from './guide/snippets-current';
import { builtInContent } from './index';
import { parseCustomContent } from './merge';
import type { Content, Snippet } from './schema';

/** The built-in content as it was before the current sets moved out: everything in one list. */
const completeBuiltIn: Content = {
  ...builtInContent,
  snippets: [...guideSnippets, ...currentSnippets] as Snippet[],
};

function mergedSnippets(base: Content, file: unknown): Snippet[] {
  const result = parseCustomContent(file, base);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.content.snippets;
}

function first(snippets: readonly Snippet[]): Snippet {
  const [snippet] = snippets;
  if (!snippet) throw new Error('no snippets to test with');
  return snippet;
}

const firstCurrent = first(currentSnippets);
const firstGuide = first(guideSnippets);

function teamSnippet(id: string, base: Snippet): Snippet {
  return { ...base, id, title: { en: `Team ${id}`, zh: `团队 ${id}` } };
}

describe('withCurrentSnippets', () => {
  it('gives the built-in list: the guide’s examples, then the current sets', () => {
    expect(withCurrentSnippets(builtInContent.snippets)).toEqual(completeBuiltIn.snippets);
  });

  it('merges a team’s file as if the current sets had been built in', () => {
    const replacement = teamSnippet(firstCurrent.id, firstCurrent);
    const guideReplacement = teamSnippet(firstGuide.id, firstGuide);
    const added = teamSnippet('team_extra', firstCurrent);
    for (const snippets of [
      [replacement],
      [added],
      [guideReplacement],
      [added, replacement, guideReplacement],
      [replacement, added],
    ]) {
      const file = { snippets };
      const expected = mergedSnippets(completeBuiltIn, file);
      expect(withCurrentSnippets(mergedSnippets(builtInContent, file))).toEqual(expected);
    }
    // The replacement took the built-in entry's place rather than being added.
    const replaced = withCurrentSnippets(
      mergedSnippets(builtInContent, { snippets: [replacement] }),
    );
    expect(replaced.filter((snippet) => snippet.id === firstCurrent.id)).toEqual([replacement]);
    expect(replaced.findIndex((snippet) => snippet.id === firstCurrent.id)).toBe(
      guideSnippets.length,
    );
  });

  it('leaves the list it is given unchanged', () => {
    const before = JSON.stringify(builtInContent.snippets);
    withCurrentSnippets(builtInContent.snippets);
    expect(JSON.stringify(builtInContent.snippets)).toBe(before);
  });
});
