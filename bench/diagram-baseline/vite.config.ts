// Builds the two comparison pages for `npm run bench:diagram` into bench/results (ignored):
// index.html, a bare Vite + React page that lazily imports Mermaid and renders the guide's tree
// (the floor for "how soon can the diagram appear"), and rerender.html, which times the app's
// own Mermaid wrapper re-rendering the diagram against only re-marking it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../results/diagram-baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        rerender: fileURLToPath(new URL('rerender.html', import.meta.url)),
      },
    },
  },
});
