// Builds the comparison page for `npm run bench:diagram` into bench/results (ignored):
// rerender.html, which times the app's own Mermaid wrapper re-rendering the diagram against only
// re-marking it. (The bare page for "how soon can the diagram appear" is bench/baseline.)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../results/diagram-baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        rerender: fileURLToPath(new URL('rerender.html', import.meta.url)),
      },
    },
  },
});
