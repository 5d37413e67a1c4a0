// The only module that imports highlight.js. It loads the core and three grammars (bash, YAML,
// and INI, whose grammar also covers TOML) on first use, through dynamic imports, so none of it
// is in the entry chunk. highlight.js escapes the text it is given, so its output is safe to
// insert as HTML as long as the input is plain text: callers pass only snippet text.
import type { HLJSApi } from 'highlight.js';
import { lazyModule } from './lazy-module';

export type CodeLanguage = 'bash' | 'yaml' | 'toml';

export interface Highlighter {
  /** Highlighted HTML for `code`: spans with `hljs-*` classes around escaped text. */
  highlight: (code: string, language: CodeLanguage) => string;
}

const GRAMMAR: Record<CodeLanguage, string> = { bash: 'bash', yaml: 'yaml', toml: 'ini' };

function wrap(hljs: HLJSApi): Highlighter {
  return {
    highlight: (code, language) =>
      hljs.highlight(code, { language: GRAMMAR[language], ignoreIllegals: true }).value,
  };
}

const highlighterModule = lazyModule(() =>
  Promise.all([
    import('highlight.js/lib/core'),
    import('highlight.js/lib/languages/bash'),
    import('highlight.js/lib/languages/yaml'),
    import('highlight.js/lib/languages/ini'),
  ]).then(([core, bash, yaml, ini]) => {
    // A private instance: nothing else on the page can change its languages or options.
    const hljs = core.default.newInstance();
    hljs.configure({ classPrefix: 'hljs-' });
    hljs.registerLanguage('bash', bash.default);
    hljs.registerLanguage('yaml', yaml.default);
    hljs.registerLanguage('ini', ini.default);
    return wrap(hljs);
  }),
);

/** Loads highlight.js once; a failed load (offline, redeploy) is tried again on the next call. */
export function loadHighlighter(): Promise<Highlighter> {
  return highlighterModule.load();
}

/** The highlighter if it has loaded already, so re-renders need not wait a tick. */
export function loadedHighlighter(): Highlighter | undefined {
  return highlighterModule.loaded();
}
