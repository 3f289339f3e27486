// Flat config: typescript-eslint's recommended rules on the TypeScript sources, plus the
// layering rule of the design (diagnosis and token code never see botbuilder, restify or env).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/diagnosis/**/*.ts', 'src/token/**/*.ts', 'src/permissions/**/*.ts', 'src/cards/**/*.ts', 'src/check-outputs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '**/bot/**', '**/host/**'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only src/host/config.ts reads the environment.' }],
    },
  },
  {
    files: ['src/bot/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['restify*', '**/host/**'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only src/host/config.ts reads the environment.' }],
    },
  },
);
