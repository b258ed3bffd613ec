// ESLint over the whole repository (src, server, cli, test, bench, configs): the TypeScript
// rules of typescript-eslint, and the rules of hooks for the Preact screens. The layer order
// is dependency-cruiser's job (.dependency-cruiser.cjs); the compiler holds the runtimes apart
// (a tsconfig per folder). `npm run lint` runs both; `npm test` runs it first.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-*/',
      '.tmp/',
      '.data/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      // Generated: an earlier release's build, and the IndexedDB dumps of shipped schemas.
      'test/fixtures/releases/',
      'test/fixtures/idb/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          // `const { a, ...rest } = o` is how a field is left out of a copy.
          ignoreRestSiblings: true,
        },
      ],
      // The compiler already checks these names against each runtime's globals.
      'no-undef': 'off',
      // Scanned text is hostile: the code matches control characters on purpose, to strip them.
      'no-control-regex': 'off',
    },
  },
  {
    // The core and the model run (or are compiled) without the DOM: their tsconfigs have no DOM
    // library, and these names are refused here too, with the reason.
    files: ['src/core/**', 'src/model/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'indexedDB'].map(
          (name) => ({ name, message: 'src/core and src/model run without the DOM.' }),
        ),
      ],
    },
  },
  {
    // `declare var` is how a declaration file adds a global (src/core/runtime.d.ts).
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    // Playwright's idiom for a test that takes no fixtures: `async ({}, testInfo) => …`.
    files: ['test/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Ports of loops that keep their source's comma style: ZXing Java's cross-checks, and a
    // CSV reader written as RFC 4180 states it.
    files: ['src/scan/zxing-finder-fix.ts', 'test/store/csv-export.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Tests that build deliberately malformed payloads, or read any answer a server gives.
    files: ['test/core/trust-bundle.test.ts', 'test/server/support/signed-client.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
