/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { startupPreload, THEME_INIT_SCRIPT } from './scripts/vite-startup-preload.ts';

/**
 * The production build's Content Security Policy. README ("Content Security Policy") gives the
 * equivalent HTTP header, which portals should prefer: only a header can set `frame-ancestors`.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Scripts only from the app's own files: no inline scripts, no eval.
  "script-src 'self'",
  // 'unsafe-inline' only because Mermaid writes its diagram styles into inline <style> elements
  // and style attributes; scripts stay locked down, so injected markup still cannot run.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy into the built index.html as a <meta> tag, right after the charset so that it
 * governs every script and stylesheet. Build only: the dev server's React refresh needs inline
 * scripts. The build fails if an inline script ever appears, since the policy would block it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'runtime-advisor:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> before the CSP meta tag');
        const inline = /<script\b(?![^>]*\bsrc=)[^>]*>/i.exec(html);
        if (inline) throw new Error(`inline script in index.html breaks the CSP: ${inline[0]}`);
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const end = charset.index + charset[0].length;
        return html.slice(0, end) + meta + html.slice(end);
      },
    },
  };
}

/**
 * src/app/theme-init.js, a classic script in <head>: it sets the theme before the first paint,
 * which the app's module script (run after parsing) cannot. The dev server serves the source;
 * the build puts it at the head of the start-up script (scripts/vite-startup-preload.ts), so
 * that the page's one classic script does both.
 */
function themeBeforeFirstPaint(): Plugin {
  return {
    name: 'runtime-advisor:theme-before-first-paint',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `/${THEME_INIT_SCRIPT}` }, injectTo: 'head' }],
    },
  };
}

// A relative base lets the same build run from any static host and sub-path
// (for example /portal/tools/advisor/) without rewrite rules: routes live in the hash.
export default defineConfig({
  base: './',
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true, quoteStyle: 'single' }),
    react(),
    themeBeforeFirstPaint(),
    contentSecurityPolicy(),
    startupPreload({ browserHistory: process.env.VITE_HISTORY === 'browser' }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The first-paint render (scripts/first-paint-build.ts) takes seconds by design; Rolldown
      // would otherwise report it as a slow plugin on every build.
      checks: { bundlerTimings: false },
      output: {
        // React and the router run before any page can: one file instead of the eight small
        // common chunks the automatic splitting makes of them (each a request on the way to
        // the first question).
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    setupFiles: ['./scripts/fast-check-seed.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mts}', 'bench/**/*.test.{ts,mts}'],
    environment: 'node',
  },
});
