// Byte counts of production builds, straight from the files in dist/: gzip sizes (zlib's
// default level, as Vite reports them), the entry chunk and everything it pulls in statically,
// and markers that betray Mermaid or Recharts code in a chunk.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Strings that only the libraries' own code contains (error messages, CSS class names). */
export const LIBRARY_MARKERS = {
  mermaid: ['Syntax error in text', 'No diagram type detected', 'Diagrams beginning with ---'],
  recharts: ['recharts-wrapper', 'recharts-surface', 'recharts-tooltip-wrapper'],
};

/** @param {string | Buffer} content */
export function gzipSize(content) {
  return zlib.gzipSync(content).length;
}

/** @param {string} code */
export function findLibraries(code) {
  return Object.entries(LIBRARY_MARKERS)
    .filter(([, markers]) => markers.some((marker) => code.includes(marker)))
    .map(([name]) => name);
}

/**
 * Specifiers a chunk imports statically (`import{a}from"./x.js"`, `import"./x.js"`,
 * `export*from"./x.js"`); dynamic `import("./x.js")` is left out on purpose: it loads later.
 * @param {string} code
 */
export function staticImports(code) {
  const found = new Set();
  const patterns = [
    /(?:^|[^\w$.])import\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\})?\s*(?:from\s*)?["']([^"']+)["']/g,
    /(?:^|[^\w$.])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return [...found];
}

function attribute(tag, name) {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
}

/**
 * The entry module and its modulepreloads as the start-up script's plan names them
 * (scripts/startup-script.ts), relative to `distDir`; none for any other classic script.
 * @param {string} distDir
 * @param {string} file
 */
function startupEntry(distDir, file) {
  const code = fs.readFileSync(path.join(distDir, file), 'utf8');
  // scripts/vite-startup-preload.ts writes the plan on its own line, after this marker.
  const json = /^\/\* plan \*\/ (\{.*\}),$/m.exec(code)?.[1];
  if (!json) return [];
  const { entry } = JSON.parse(json);
  const dir = path.posix.dirname(file);
  return [entry.script, ...entry.preloads].map((name) => path.posix.join(dir, name));
}

/**
 * The JavaScript the first page needs before anything lazy: the scripts and modulepreload links
 * in index.html (with the entry that the start-up script adds), and, transitively, every chunk
 * they import statically.
 * Paths are relative to `distDir`, with forward slashes.
 * @param {string} distDir
 */
export function entryClosure(distDir) {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new Error(`No ${indexFile}: build first (npm run build).`);
  }
  const html = fs.readFileSync(indexFile, 'utf8');
  const roots = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isModuleScript = /^<script/i.test(tag) && attribute(tag, 'type') === 'module';
    const isPreload = /^<link/i.test(tag) && attribute(tag, 'rel') === 'modulepreload';
    const ref = isModuleScript
      ? attribute(tag, 'src')
      : isPreload
        ? attribute(tag, 'href')
        : undefined;
    if (ref && !/^[a-z]+:/i.test(ref)) roots.push(path.posix.normalize(ref.replace(/^\//, '')));
    // The start-up script (a classic script) adds the app's entry itself: its plan names it.
    const classic = /^<script/i.test(tag) && attribute(tag, 'type') !== 'module';
    const src = classic ? attribute(tag, 'src') : undefined;
    if (src && !/^[a-z]+:/i.test(src)) {
      const file = path.posix.normalize(src.replace(/^\//, ''));
      roots.push(file);
      for (const named of startupEntry(distDir, file)) roots.push(named);
    }
  }
  const seen = new Set();
  const queue = [...roots];
  /** @type {Record<string, string[]>} */
  const imports = {};
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(distDir, file), 'utf8');
    imports[file] = [];
    for (const specifier of staticImports(code)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      const target = specifier.startsWith('/')
        ? specifier.slice(1)
        : path.posix.join(path.posix.dirname(file), specifier);
      imports[file].push(target);
      queue.push(target);
    }
  }
  return { roots, files: [...seen], imports };
}

/**
 * Gzip size of each file and their total. `files` are paths relative to `distDir`.
 * @param {string} distDir
 * @param {Iterable<string>} files
 */
export function measureFiles(distDir, files) {
  const list = [...new Set(files)].sort();
  const sizes = list.map((file) => {
    const content = fs.readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSize(content) };
  });
  return {
    files: sizes,
    bytes: sizes.reduce((sum, item) => sum + item.bytes, 0),
    gzip: sizes.reduce((sum, item) => sum + item.gzip, 0),
  };
}
