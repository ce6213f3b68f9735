// Lint rules, and the inward dependency rule of the architecture:
// src/domain is pure; only src/bot and src/server.ts may know botbuilder and teams-ai.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'];
const INFRASTRUCTURE = ['restify', '@azure/cosmos', '@azure/identity', 'better-sqlite3', 'adaptivecards-templating', 'node-cron'];
const OUTER_LAYERS = ['**/app/*', '**/bot/*', '**/views/*', '**/store/*', '**/scheduler/*', '**/i18n/*', '**/server', '**/config', '**/compose'];

const forbid = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/bot/**', 'src/server.ts'],
    rules: { 'no-restricted-imports': forbid(FRAMEWORK, 'Only src/bot and src/server.ts may use botbuilder or teams-ai.') },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...FRAMEWORK, ...INFRASTRUCTURE, ...OUTER_LAYERS],
        'src/domain is pure: no frameworks, drivers, templating or outer layers.',
      ),
    },
  },
);
