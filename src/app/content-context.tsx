// The content in force: the built-in guide, or a team's content merged over it.
// Features read it through useContent() so that they never import a content file directly
// and a custom tree reaches every view at once.
import { createContext, useContext } from 'react';
import { builtInContent } from '../content';
import type { Content } from '../content/schema';

export const ContentContext = createContext<Content>(builtInContent);

export function useContent(): Content {
  return useContext(ContentContext);
}
