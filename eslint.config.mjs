// Lint rules, and the inward dependency rule of the architecture:
// src/domain is pure; only src/bot and src/server.ts may know botbuilder and teams-ai.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'];
const INFRASTRUCTURE = ['restify', '@azure/cosmos', '@azure/identity', 'better-sqlite3', 'adaptivecards-templating', 'node-cron'];
const OUTER_FOLDERS = ['app', 'bot', 'views', 'store', 'scheduler', 'i18n'];
const OUTER_LAYERS = [...OUTER_FOLDERS.flatMap((f) => [`**/${f}`, `**/${f}/*`]), '**/server', '**/config', '**/compose'];
const ADAPTERS = ['**/store/sqlite', '**/store/sqlite/*', '**/store/cosmos', '**/store/cosmos/*'];

const forbid = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

/** `import('botbuilder')` escapes no-restricted-imports; this catches dynamic imports of the same packages. */
const FRAMEWORK_DYNAMIC = '/^(botbuilder|botframework-|@microsoft.teams-ai)/';
const INFRASTRUCTURE_DYNAMIC = '/^(restify|@azure.cosmos|@azure.identity|better-sqlite3|adaptivecards-templating|node-cron)/';
const forbidDynamic = (patterns, message) => ['error', ...patterns.map((p) => ({ selector: `ImportExpression[source.value=${p}]`, message }))];

const FRAMEWORK_MESSAGE = 'Only src/bot and src/server.ts may use botbuilder or teams-ai.';
const ADAPTER_MESSAGE = 'Use the store port; only the wiring picks an adapter.';

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
    rules: {
      'no-restricted-imports': forbid(FRAMEWORK, FRAMEWORK_MESSAGE),
      'no-restricted-syntax': forbidDynamic([FRAMEWORK_DYNAMIC], FRAMEWORK_MESSAGE),
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/views/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: FRAMEWORK, message: FRAMEWORK_MESSAGE }, { group: ADAPTERS, message: ADAPTER_MESSAGE }] }],
    },
  },
  {
    files: ['src/bot/**/*.ts'],
    rules: { 'no-restricted-imports': forbid(ADAPTERS, ADAPTER_MESSAGE) },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...FRAMEWORK, ...INFRASTRUCTURE, ...OUTER_LAYERS],
        'src/domain is pure: no frameworks, drivers, templating or outer layers.',
      ),
      'no-restricted-syntax': forbidDynamic([FRAMEWORK_DYNAMIC, INFRASTRUCTURE_DYNAMIC], 'src/domain is pure: no frameworks, drivers or templating.'),
    },
  },
);
