// Lint rules, and the dependency rule of the architecture:
// - only src/platform/teams and src/server.ts know botbuilder and teams-ai;
// - only src/platform and src/server.ts know the HTTP server, the store drivers, templating and the cron timer;
// - domain folders (and the kernel) are pure: no frameworks, drivers or outer layers;
// - use cases and views use the store port, never an adapter.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'];
const INFRASTRUCTURE = ['restify', '@azure/cosmos', '@azure/identity', 'better-sqlite3', 'adaptivecards-templating', 'node-cron'];
const OUTER_FOLDERS = ['app', 'routes', 'views', 'jobs', 'platform', 'i18n'];
const OUTER_LAYERS = [...OUTER_FOLDERS.flatMap((f) => [`**/${f}`, `**/${f}/*`]), '**/server', '**/config', '**/compose'];
const ADAPTERS = ['**/store/sqlite', '**/store/sqlite/*', '**/store/cosmos', '**/store/cosmos/*'];

const FRAMEWORK_DYNAMIC = '/^(botbuilder|botframework-|@microsoft.teams-ai)/';
const INFRASTRUCTURE_DYNAMIC = '/^(restify|@azure.cosmos|@azure.identity|better-sqlite3|adaptivecards-templating|node-cron)/';
const dynamic = (patterns, message) => patterns.map((p) => ({ selector: `ImportExpression[source.value=${p}]`, message }));

const FRAMEWORK_MESSAGE = 'Only src/platform/teams and src/server.ts may use botbuilder or teams-ai.';
const INFRASTRUCTURE_MESSAGE = 'Only src/platform and src/server.ts may use the HTTP server, store drivers, templating or timers.';
const ADAPTER_MESSAGE = 'Use the store port; only the wiring picks an adapter.';
const PURE_MESSAGE = 'Domain code and the kernel are pure: no frameworks, drivers, templating or outer layers.';

const restrict = (...groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-output/**'] },
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
    ignores: ['src/platform/**', 'src/server.ts'],
    rules: {
      'no-restricted-imports': restrict([FRAMEWORK, FRAMEWORK_MESSAGE], [INFRASTRUCTURE, INFRASTRUCTURE_MESSAGE], [ADAPTERS, ADAPTER_MESSAGE]),
      'no-restricted-syntax': ['error', ...dynamic([FRAMEWORK_DYNAMIC], FRAMEWORK_MESSAGE), ...dynamic([INFRASTRUCTURE_DYNAMIC], INFRASTRUCTURE_MESSAGE)],
    },
  },
  {
    // The wiring picks the store adapter.
    files: ['src/compose.ts'],
    rules: { 'no-restricted-imports': restrict([FRAMEWORK, FRAMEWORK_MESSAGE], [INFRASTRUCTURE, INFRASTRUCTURE_MESSAGE]) },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/teams/**'],
    rules: {
      'no-restricted-imports': restrict([FRAMEWORK, FRAMEWORK_MESSAGE]),
      'no-restricted-syntax': ['error', ...dynamic([FRAMEWORK_DYNAMIC], FRAMEWORK_MESSAGE)],
    },
  },
  {
    files: ['src/platform/teams/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([ADAPTERS, ADAPTER_MESSAGE]) },
  },
  {
    // Routes still receive botbuilder's TurnContext; they move onto the turn object next.
    files: ['src/**/routes/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([INFRASTRUCTURE, INFRASTRUCTURE_MESSAGE], [ADAPTERS, ADAPTER_MESSAGE]) },
  },
  {
    files: ['src/**/domain/**/*.ts', 'src/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([[...FRAMEWORK, ...INFRASTRUCTURE, ...OUTER_LAYERS], PURE_MESSAGE]),
      'no-restricted-syntax': ['error', ...dynamic([FRAMEWORK_DYNAMIC, INFRASTRUCTURE_DYNAMIC], PURE_MESSAGE)],
    },
  },
  {
    // The use cases' dependencies name the store port's interface: a type, no driver.
    files: ['src/kernel/deps.ts'],
    rules: { 'no-restricted-imports': restrict([[...FRAMEWORK, ...INFRASTRUCTURE, ...ADAPTERS], PURE_MESSAGE]) },
  },
);
