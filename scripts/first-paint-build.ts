// The build's first-paint pages (see startup-script.ts): the app's own components, rendered in
// Node by Vite's SSR loader (TypeScript, JSX and the app's imports, as the browser build reads
// them) with React's server renderer, inside a jsdom window for the few browser globals the
// components read while rendering (the language, the stored theme). No browser, no network:
// `npm install && npm start` builds them on any machine.
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import react from '@vitejs/plugin-react';

export interface RenderedFirstPaint {
  key: string;
  theme: 'light' | 'dark';
  file: string;
  html: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** Browser globals the render reads; set for the render only, then put back. */
const WINDOW_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'location',
  'history',
  'HTMLElement',
  'Element',
  'Node',
  'SVGElement',
  'getComputedStyle',
  'DOMParser',
  'XMLSerializer',
  'CustomEvent',
  'Event',
  'MutationObserver',
] as const;

async function inWindow<T>(run: () => Promise<T>): Promise<T> {
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: false,
  });
  const scope = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const set = (name: string, value: unknown) => {
    saved.set(name, Object.getOwnPropertyDescriptor(scope, name));
    Object.defineProperty(scope, name, { value, configurable: true, writable: true });
  };
  // The page as a first-time reader with the system theme in light mode sees it: the start-up
  // script shows the reader's own choice on the theme switch.
  const matchMedia = (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
  Object.defineProperty(dom.window, 'matchMedia', { value: matchMedia });
  for (const name of WINDOW_GLOBALS) set(name, dom.window[name as keyof typeof dom.window]);
  set('matchMedia', matchMedia);
  try {
    return await run();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else Reflect.deleteProperty(scope, name);
    }
    dom.window.close();
  }
}

/** Every state of the built-in trees, in each language and theme (src/first-paint/render.tsx). */
export async function renderFirstPaintPages(): Promise<RenderedFirstPaint[]> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    mode: 'production',
    plugins: [react()],
    appType: 'custom',
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await inWindow(async () => {
      const module = (await server.ssrLoadModule('/src/first-paint/render.tsx')) as {
        renderFirstPaints: () => Promise<RenderedFirstPaint[]>;
      };
      return module.renderFirstPaints();
    });
  } finally {
    await server.close();
  }
}
