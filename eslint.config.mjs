// ESLint for the kit and its browser tests (TypeScript, type-aware), the Node scripts and the root
// configs. `npm run lint` runs it with `prettier --check .` and lit-analyzer; Prettier owns the layout.
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores, includeIgnoreFile } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url)), 'build output and scratch files'),
  globalIgnores([
    'examples/*/', // each example app has its own toolchain
    'bench/.build/', // the benchmark's build output
    'test/fixtures/', // pages and scripts served to the tests as they are, hostile ones included
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `({ quotes, satellites, ...summary }) => summary` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  // Code that runs in a browser: the kit, its tests, and the benchmark's hand-written alternatives.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/alternatives/*.js'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement'] } }, // else the wc rules pass over Lit elements
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit calls a template's listeners (@input=${this.onInput}) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // Chai asserts with property getters: expect(x).to.exist.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types chai's equal() as returning a Promise; it returns at once.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
    },
  },

  // Node: the scripts, the benchmark, the test servers, the root configs and the command (src/publish).
  {
    files: ['**/*.mjs', 'src/publish/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // These also hold the functions that puppeteer runs in the page (page.evaluate and the like).
    files: ['bench/lib/alternatives.mjs', 'bench/lib/cls.mjs', 'bench/lib/languages.mjs', 'bench/lib/render.mjs'],
    languageOptions: { globals: globals.browser },
  },
);
