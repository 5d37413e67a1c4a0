// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Features must not import each other: they meet only in routes. One zone per feature folder.
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

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'src/routeTree.gen.ts',
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
          zones: [
            {
              target: './src/domain',
              from: [
                './src/content',
                './src/features',
                './src/routes',
                './src/lib',
                './src/components',
                './src/i18n',
              ],
              message: 'src/domain is pure: it imports nothing from the layers above it.',
            },
            {
              target: './src/content',
              from: ['./src/features', './src/routes', './src/lib', './src/components'],
              message: 'Content depends only on the domain.',
            },
            {
              target: ['./src/features', './src/components', './src/lib', './src/i18n'],
              from: './src/routes',
              message: 'Routes compose features; nothing imports a route.',
            },
            ...featureZones,
          ],
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
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/mermaid.ts', 'src/lib/charts.tsx', 'src/lib/recharts.ts', 'src/domain/**'],
    rules: {
      // One module per third-party renderer, loaded lazily: keeps them out of the entry chunk.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'mermaid', message: 'Only src/lib/mermaid.ts imports mermaid.' },
            {
              name: 'recharts',
              message: 'Only src/lib/charts.tsx and src/lib/recharts.ts import recharts.',
            },
          ],
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
