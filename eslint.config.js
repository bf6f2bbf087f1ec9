import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'examples/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Never build a shell command: the only child-process entry points allowed are the
      // argv-array ones, and never with `shell: true` (enforced again by a test).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'node:child_process',
              importNames: ['exec', 'execSync'],
              message: 'Use spawn/execFile with an argv array; never a shell.',
            },
            {
              name: 'child_process',
              message: 'Import from node:child_process, argv arrays only.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Only the entry points end the process.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
      },
    },
  },
  {
    files: ['src/cli.ts', 'src/action.ts', 'scripts/**', 'test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
