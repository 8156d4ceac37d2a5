// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layer rules (../shared/STYLE.md, "Who may import whom"), enforced here rather than in review.
 * @param {string[]} patterns
 * @param {Array<{ name: string, message: string }>} [paths]
 */
const restrict = (patterns, paths = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths,
      patterns: patterns.map((group) => ({ group: [group], message: `layer rule: ${group} may not be imported here` })),
    },
  ],
});

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      ...restrict([
        'electron',
        ...NODE_BUILTINS,
        'react',
        'react-dom',
        'dexie',
        'pdfmake',
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
        '**/cli/**',
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'localStorage', 'indexedDB'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'the domain never reads the clock: pass today in',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'the domain never reads the clock: pass today in',
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(['react', 'react-dom', 'dexie', '**/renderer/**', '**/preload/**', '**/cli/**']),
  },
  {
    // The preload may use electron and the channel list with its api builder, nothing else.
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./shared/ipc/(channels|council-api)$)',
              message: 'layer rule: the preload imports only electron and shared/ipc',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['electron', ...NODE_BUILTINS, 'dexie', '**/main/**', '**/preload/**', '**/cli/**']),
    },
  },
  {
    files: ['src/renderer/src/db/**/*.ts'],
    rules: restrict(['electron', ...NODE_BUILTINS, '**/main/**', '**/preload/**', '**/cli/**']),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', 'dexie', '**/renderer/**', '**/preload/**']),
  },
);
