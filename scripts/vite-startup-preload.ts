// A build plugin that removes the start-up waterfall behind the entry script. Without it, the
// wizard's route chunk and the build's drawing of the linked tree are requested only once the
// entry chunk (React, the router, the shell) has downloaded and run: main.tsx asks for them.
// With it, index.html starts with a tiny script of its own (no imports, so it runs as soon as
// it has arrived, while the entry is still downloading or compiling) that reads the URL as the
// app will and adds <link rel="modulepreload"> for exactly those files. main.tsx's own imports
// then find them fetched and parsed. Other pages, and anything the URL does not name exactly,
// get no hints: a wrong guess costs only a few kilobytes, never a wrong page.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

const DRAWINGS_INDEX = path.resolve(
  import.meta.dirname,
  '../src/features/diagram/drawings/index.gen.ts',
);

export interface PreloadPlan {
  /** Files the wizard route needs beyond the entry: its chunks and its CSS. */
  wizard: { js: string[]; css: string[] };
  /** The build's drawing modules by `<tree>-<lang>-<theme>`. */
  drawings: Record<string, string>;
  defaultTree: string;
  /** Path-based routes (VITE_HISTORY=browser), with the base path they live under. */
  browserHistory: boolean;
  basePath: string;
}

/**
 * Runs in the page, serialised into the boot script (so: no imports, no closures). Mirrors the
 * app's reading of the URL (main.tsx, i18n detectLang, app/theme) closely enough to guess.
 */
export function preloadFirstPage(plan: PreloadPlan, scriptUrl: string): void {
  // Added to the document in one go, at the end: one insertion instead of one per file.
  const hints: HTMLLinkElement[] = [];
  const hint = (file: string, rel: string, as?: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    // Marked, so that the page's own record of the files it was started with (chunk-reload.ts)
    // leaves these hints out: index.html on the server never names them.
    link.setAttribute('data-startup-hint', '');
    if (as) link.setAttribute('as', as);
    link.href = new URL(file, scriptUrl).href;
    hints.push(link);
  };
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '';
  let [path = '/', query = ''] = hash.split('?');
  if (!hash && plan.browserHistory) {
    path = location.pathname.startsWith(plan.basePath)
      ? `/${location.pathname.slice(plan.basePath.length)}`
      : location.pathname;
    query = location.search.slice(1);
  }
  if (path.replace(/\/+$/, '') !== '/wizard') return;

  const search = new URLSearchParams(query);
  const tree = search.get('tree') ?? plan.defaultTree;
  let lang = search.get('lang');
  if (lang !== 'en' && lang !== 'zh') {
    lang = 'en';
    for (const tag of navigator.languages.length > 0 ? navigator.languages : [navigator.language]) {
      const lower = tag.toLowerCase();
      if (lower.startsWith('zh') || lower.startsWith('en')) {
        lang = lower.slice(0, 2);
        break;
      }
    }
  }
  let theme = search.get('theme');
  if (theme !== 'light' && theme !== 'dark') {
    try {
      theme = localStorage.getItem('runtime-advisor:theme');
    } catch {
      theme = null;
    }
  }
  if (theme !== 'light' && theme !== 'dark') {
    theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  const key = `${tree}-${lang}-${theme}`;
  if (Object.hasOwn(plan.drawings, key)) hint(plan.drawings[key] ?? '', 'modulepreload');
  for (const file of plan.wizard.js) hint(file, 'modulepreload');
  for (const file of plan.wizard.css) hint(file, 'preload', 'style');
  document.head.append(...hints);
}

function isChunk(output: OutputBundle[string] | undefined): output is OutputChunk {
  return output?.type === 'chunk';
}

/** The chunk and every chunk it imports statically, by file name. */
function closure(bundle: OutputBundle, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const chunk = bundle[file];
    if (isChunk(chunk)) queue.push(...chunk.imports);
  }
  return seen;
}

interface ChunkMetadata {
  viteMetadata?: { importedCss: Set<string> };
}

export function startupPreload(options: { browserHistory: boolean }): Plugin {
  let basePath = '/';
  return {
    name: 'runtime-advisor:startup-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      basePath = config.base.startsWith('/') ? config.base : '/';
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter(isChunk);
      const entry = chunks.find((chunk) => chunk.isEntry);
      const wizard = chunks.find((chunk) =>
        /\/src\/routes\/wizard\.tsx\?tsr-split=component/.test(chunk.facadeModuleId ?? ''),
      );
      const html = bundle['index.html'];
      if (!entry || !wizard || html?.type !== 'asset') {
        this.error('startup-preload: no entry chunk, wizard route chunk or index.html');
      }
      const inEntry = closure(bundle, entry.fileName);
      const wizardFiles = [...closure(bundle, wizard.fileName)].filter((f) => !inEntry.has(f));
      const css = wizardFiles.flatMap((file) => {
        const chunk = bundle[file] as OutputChunk & ChunkMetadata;
        return [...(chunk.viteMetadata?.importedCss ?? [])];
      });
      const drawings: Record<string, string> = {};
      for (const chunk of chunks) {
        const key = /\/drawings\/([a-z0-9_]+-(?:en|zh)-(?:light|dark))\.gen\.ts$/.exec(
          chunk.facadeModuleId ?? '',
        )?.[1];
        if (key) drawings[key] = chunk.fileName;
      }
      const index = fs.readFileSync(DRAWINGS_INDEX, 'utf8');
      const defaultTree = /BUILT_IN_DEFAULT_TREE = "([a-z0-9_]+)"/.exec(index)?.[1];
      if (Object.keys(drawings).length === 0 || !defaultTree) {
        this.error('startup-preload: the build has no drawings (src/features/diagram/drawings)');
      }
      const fromAssets = (file: string) => file.replace(/^assets\//, './');
      const plan: PreloadPlan = {
        wizard: { js: wizardFiles.map(fromAssets), css: css.map(fromAssets) },
        drawings: Object.fromEntries(
          Object.entries(drawings).map(([key, file]) => [key, fromAssets(file)]),
        ),
        defaultTree,
        browserHistory: options.browserHistory,
        basePath,
      };
      const source = `// Built by scripts/vite-startup-preload.ts: hints for the first page's files.\n(${preloadFirstPage.toString()})(${JSON.stringify(plan)}, import.meta.url);\n`;
      const fileName = this.getFileName(
        this.emitFile({ type: 'asset', name: 'startup-preload.js', source }),
      );
      const entryTag = /<script type="module" crossorigin src="([^"]*)"><\/script>/.exec(
        String(html.source),
      );
      if (!entryTag?.[1]) this.error('startup-preload: no entry <script> in index.html');
      const src = entryTag[1].replace(entry.fileName, fileName);
      html.source = String(html.source).replace(
        entryTag[0],
        `<script type="module" crossorigin src="${src}"></script>\n    ${entryTag[0]}`,
      );
    },
  };
}
