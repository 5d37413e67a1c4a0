// The benchmark's floor: a bare Vite + React page that lazily imports Mermaid and draws the
// guide's tree. Built on its own (`vite build --config bench/baseline/vite.config.ts`) with the
// app's React plugin and build target, so the two builds differ only in what the app adds.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
