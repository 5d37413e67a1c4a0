// The content in force: the built-in guide, or a team's content file merged over it (see
// content-load.tsx for how and when that is settled). Features read it through useContent() so
// that they never import a content file directly and a custom tree reaches every view at once.
import { useContext } from 'react';
import { builtInContent } from '../content';
import type { Content } from '../content/schema';
import { ContentContext } from './content-load';

export { ContentContext, useContentLoad } from './content-load';

export function useContent(): Content {
  return useContext(ContentContext) ?? builtInContent;
}
