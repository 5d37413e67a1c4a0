// The Vite config of the benchmark's reference pages (bench/baseline, bench/router-floor): the
// app's React plugin and build target, so that a page and the app differ only in what the app
// adds. Each page builds on its own: `vite build --config bench/<page>/vite.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** `pageUrl`: the page config's own `import.meta.url`; its folder is the page's root. */
export function referencePageConfig(pageUrl: string): UserConfig {
  return defineConfig({
    root: fileURLToPath(new URL('.', pageUrl)),
    base: './',
    plugins: [react()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1200,
    },
  });
}
