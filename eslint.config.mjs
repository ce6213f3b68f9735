// Lint rules, and the dependency rule of the architecture:
// - only src/platform/teams and src/server.ts know botbuilder and teams-ai;
// - only src/platform and src/server.ts know the HTTP server, the store drivers, templating and the cron timer;
// - domain folders (and the kernel) are pure: no frameworks, drivers or outer layers;
// - use cases and views use the store port, never an adapter;
// - a slice (src/project, src/engine, each src/steps/<n>-<name>) is reached from outside only through its index.ts;
// - no import cycles.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'];
const INFRASTRUCTURE = ['restify', '@azure/cosmos', '@azure/identity', '@azure/monitor-opentelemetry', 'better-sqlite3', 'node:sqlite', 'adaptivecards-templating', 'node-cron'];
const OUTER_FOLDERS = ['app', 'routes', 'views', 'jobs', 'platform', 'i18n'];
const OUTER_LAYERS = [...OUTER_FOLDERS.flatMap((f) => [`**/${f}`, `**/${f}/*`]), '**/server', '**/config', '**/compose'];
const ADAPTERS = ['**/store/sqlite', '**/store/sqlite/*', '**/store/cosmos', '**/store/cosmos/*'];

const FRAMEWORK_DYNAMIC = '/^(botbuilder|botframework-|@microsoft.teams-ai)/';
const INFRASTRUCTURE_DYNAMIC = '/^(restify|@azure.cosmos|@azure.identity|@azure.monitor-opentelemetry|better-sqlite3|node:sqlite|adaptivecards-templating|node-cron)/';
const dynamic = (patterns, message) => patterns.map((p) => ({ selector: `ImportExpression[source.value=${p}]`, message }));

const FRAMEWORK_MESSAGE = 'Only src/platform/teams and src/server.ts may use botbuilder or teams-ai.';
const INFRASTRUCTURE_MESSAGE = 'Only src/platform and src/server.ts may use the HTTP server, store drivers, templating or timers.';
const ADAPTER_MESSAGE = 'Use the store port; only the wiring picks an adapter.';
const PURE_MESSAGE = 'Domain code and the kernel are pure: no frameworks, drivers, templating or outer layers.';

/** The slices and their public entry point. */
const SLICES = ['src/project', 'src/engine', ...readdirSync('src/steps', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `src/steps/${d.name}`)];
const sliceZones = SLICES.map((slice) => ({
  target: './src/**/*',
  from: `./${slice}`,
  except: ['./index.ts'],
  message: `Reach ${slice} through its index.ts.`,
}));

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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Dependencies are TypeScript too: without this the cycle check cannot read them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: sliceZones }],
    },
  },
  ...SLICES.map((slice) => ({
    // Inside a slice its own files are free to import each other.
    files: [`${slice}/**/*.ts`],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: sliceZones.filter((z) => z.from !== `./${slice}`) }] },
  })),
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
