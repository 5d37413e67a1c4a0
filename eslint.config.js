// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// The layers, lowest first. Each may import only the layers before it in this list (and itself);
// features never import each other: they meet only in routes. ARCHITECTURE.md ("Layers") has the
// same order as a table.
const layers = [
  { dir: 'domain', why: 'src/domain is pure: it imports nothing from the layers above it.' },
  { dir: 'content', why: 'Content is data over the domain: it imports only the domain.' },
  { dir: 'i18n', why: 'i18n imports only the domain and the content.' },
  { dir: 'lib', why: 'lib wraps third-party renderers: it imports only domain, content and i18n.' },
  { dir: 'app', why: 'app is app-wide glue: it imports no shared UI, feature or route.' },
  { dir: 'components', why: 'Shared UI pieces serve features: they import no feature or route.' },
  { dir: 'features', why: 'Features are composed by routes; nothing below imports a route.' },
  { dir: 'routes', why: '' },
];
const layerZones = layers.slice(0, -1).map(({ dir, why }, index) => ({
  target: `./src/${dir}`,
  from: layers.slice(index + 1).map((above) => `./src/${above.dir}`),
  message: why,
}));

// Domain tests may read the shipped content: they check the pure code against the real trees,
// while the code under test still imports nothing from above.
const domainTestZones = layerZones.map((zone) =>
  zone.target === './src/domain'
    ? { ...zone, from: zone.from.filter((dir) => dir !== './src/content') }
    : zone,
);

const featureNames = fs.existsSync('src/features')
  ? fs
      .readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];
const featureZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other; compose them in a route.',
}));

// Mermaid's dist folder holds content-hashed internal chunks that change name on every
// upgrade: only its published entry point may be imported, by any file.
const mermaidInternals = {
  group: ['mermaid/dist', 'mermaid/dist/**'],
  message: "Mermaid's internal files change name on every upgrade: import 'mermaid' only.",
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-browser-history',
      'node_modules',
      'src/routeTree.gen.ts',
      'src/features/diagram/drawings/*.gen.ts',
      'test-results',
      'playwright-report',
      'bench/baseline/dist',
      'bench/router-floor/dist',
      'bench/results',
      'public/embed.js',
      'examples',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [...layerZones, ...featureZones],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...domainTestZones, ...featureZones] }],
    },
  },
  {
    rules: {
      'no-restricted-imports': ['error', { patterns: [mermaidInternals] }],
      // no-restricted-imports sees static imports only; import() of a path is caught here.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression > Literal[value=/^mermaid\\u002Fdist(\\u002F|$)/]',
          message: mermaidInternals.message,
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                'mermaid',
                'mermaid/*',
                'recharts',
                'recharts/*',
                '@tanstack/*',
              ],
              message: 'src/domain is plain TypeScript: no React, router, Mermaid or Recharts.',
            },
            mermaidInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/mermaid.ts', 'src/lib/recharts.ts', 'src/lib/pan-zoom.ts', 'src/domain/**'],
    rules: {
      // One module per third-party renderer, loaded lazily: keeps them out of the entry chunk.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'mermaid', message: 'Only src/lib/mermaid.ts imports mermaid.' },
            { name: 'recharts', message: 'Only src/lib/recharts.ts imports recharts.' },
            { name: 'd3-zoom', message: 'Only src/lib/pan-zoom.ts imports d3-zoom.' },
            { name: 'd3-selection', message: 'Only src/lib/pan-zoom.ts imports d3-selection.' },
            { name: 'd3-transition', message: 'Only src/lib/pan-zoom.ts imports d3-transition.' },
          ],
          patterns: [mermaidInternals],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*', 'bench/**/*', '*.config.{js,ts}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
