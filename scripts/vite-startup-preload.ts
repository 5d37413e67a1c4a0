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
import { startPage, type StartupPlan } from './startup-script.ts';
import { renderFirstPaintPages } from './first-paint-build.ts';
import { FOLLOW_PADDING, MAX_SCALE, READABLE_SCALE } from '../src/features/diagram/view-scale.ts';
import {
  constrainView,
  contentHeight,
  placeView,
  viewLimits,
} from '../src/features/diagram/view-placement.ts';
import { placeOf } from '../src/app/first-paint-takeover.ts';

/** How long the app waits for a first paint that has not come (a slow page file or content check). */
const FIRST_PAINT_PATIENCE_MS = 2000;

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** Sets the theme before the first paint; the start-up script begins with it. */
export const THEME_INIT_SCRIPT = 'src/app/theme-init.js';

const DRAWINGS_INDEX = path.resolve(
  import.meta.dirname,
  '../src/features/diagram/drawings/index.gen.ts',
);

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
  let contentUrl = '';
  return {
    name: 'runtime-advisor:startup-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      basePath = config.base.startsWith('/') ? config.base : '/';
      const configured: unknown = config.env.VITE_CONTENT_URL;
      contentUrl = typeof configured === 'string' ? configured : '';
    },
    async generateBundle(_, bundle) {
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
      // The entry's tags move from index.html into the start-up script, which adds them when
      // the app should start (after a first paint has been painted, or at once).
      const source = String(html.source);
      const entryTag = /\s*<script type="module" crossorigin src="([^"]*)"><\/script>/.exec(source);
      if (!entryTag?.[1]) this.error('startup-preload: no entry <script> in index.html');
      const preloadTags = [
        ...source.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]*)">/g),
      ];
      const inAssets = (href: string) => href.replace(/^(?:\.\/|\/)?(?:.*\/)?assets\//, './');
      const plan: StartupPlan = {
        entry: {
          script: inAssets(entryTag[1]),
          preloads: preloadTags.map((tag) => inAssets(tag[1] ?? '')),
        },
        wizard: { js: wizardFiles.map(fromAssets), css: css.map(fromAssets) },
        drawings: Object.fromEntries(
          Object.entries(drawings).map(([key, file]) => [key, fromAssets(file)]),
        ),
        defaultTree,
        browserHistory: options.browserHistory,
        basePath,
      };
      // Pages for the first paint: hash routes only (a browser-history build's links carry its
      // base path, which the pages would have to know).
      if (!options.browserHistory) {
        const pages: Record<string, { light: string; dark: string }> = {};
        for (const rendered of await renderFirstPaintPages()) {
          const name = this.getFileName(
            this.emitFile({
              type: 'asset',
              name: `first-paint-${rendered.file}`,
              source: rendered.html,
            }),
          );
          const both = pages[rendered.key] ?? { light: '', dark: '' };
          both[rendered.theme] = fromAssets(name);
          pages[rendered.key] = both;
        }
        plan.firstPaint = {
          pages,
          css: css.map(fromAssets),
          contentUrl,
          readableScale: READABLE_SCALE,
          maxScale: MAX_SCALE,
          followPadding: FOLLOW_PADDING,
          patienceMs: FIRST_PAINT_PATIENCE_MS,
        };
      }
      // The app's own functions the script calls (placement, an element's place), serialised.
      const placement = `{ contentHeight: ${contentHeight.toString()}, viewLimits: ${viewLimits.toString()}, constrainView: ${constrainView.toString()}, placeView: ${placeView.toString()}, placeOf: ${placeOf.toString()} }`;
      const themeInit = fs.readFileSync(
        path.resolve(import.meta.dirname, '..', THEME_INIT_SCRIPT),
        'utf8',
      );
      const script = `${themeInit}\n// Built by scripts/vite-startup-preload.ts from scripts/startup-script.ts.\n(${startPage.toString()})(\n/* plan */ ${JSON.stringify(plan)},\ndocument.currentScript.src,\n${placement});\n`;
      const fileName = this.getFileName(
        this.emitFile({ type: 'asset', name: 'startup.js', source: script }),
      );
      // One classic script, first in line: it runs while <head> is parsed, sets the theme and
      // starts the app (after the first paint, where there is one).
      const src = entryTag[1].replace(entry.fileName, fileName);
      let page = source;
      for (const tag of preloadTags) page = page.replace(tag[0], '');
      html.source = page.replace(entryTag[0], `\n    <script src="${src}"></script>`);
    },
  };
}
