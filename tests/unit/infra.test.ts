import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENT_VARIABLES } from '../../src/config';
import { placeholdersIn, readEnvFile } from '../tools/teams-package';

// No Bicep compiler can be had here, so the .bicep text is read as text: enough to keep names,
// parameters and outputs consistent with the code and with each other.
const root = join(__dirname, '..', '..');
const infra = join(root, 'infra');
const read = (file: string): string => readFileSync(file, 'utf8');

interface BicepFile {
  readonly params: Map<string, { hasDefault: boolean }>;
  readonly outputs: Set<string>;
  readonly modules: { symbol: string; path: string; params: Set<string> }[];
  readonly text: string;
}

/** The text between the bracket at `open` and its partner. */
function block(text: string, open: number): string {
  const pairs: Record<string, string> = { '{': '}', '[': ']' };
  const opener = text[open] ?? '';
  const closer = pairs[opener];
  assert.ok(closer, `no bracket at ${open}`);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return text.slice(open + 1, i);
  }
  assert.fail('unbalanced brackets');
}

function readBicep(file: string): BicepFile {
  const text = read(file);
  const params = new Map<string, { hasDefault: boolean }>();
  for (const m of text.matchAll(/^param (\w+) \w+( =.*)?$/gm)) params.set(m[1] ?? '', { hasDefault: m[2] !== undefined });
  const outputs = new Set([...text.matchAll(/^output (\w+) /gm)].map((m) => m[1] ?? ''));
  const modules = [...text.matchAll(/^module (\w+) '([^']+)' = \{/gm)].map((m) => {
    const body = block(text, (m.index ?? 0) + m[0].length - 1);
    const paramsAt = body.indexOf('params: {');
    const paramBody = paramsAt < 0 ? '' : block(body, paramsAt + 'params: '.length);
    return { symbol: m[1] ?? '', path: join(dirname(file), m[2] ?? ''), params: new Set([...paramBody.matchAll(/^\s*(\w+):/gm)].map((p) => p[1] ?? '')) };
  });
  return { params, outputs, modules, text };
}

const main = readBicep(join(infra, 'main.bicep'));
const appService = readBicep(join(infra, 'modules', 'appservice.bicep'));

/** name → value text of every app setting of the web app. */
function appSettings(): Map<string, string> {
  const at = appService.text.indexOf('appSettings: [');
  assert.ok(at > 0, 'appservice.bicep has appSettings');
  const body = block(appService.text, at + 'appSettings: '.length);
  const settings = new Map<string, string>();
  for (const m of body.matchAll(/name: '([^']+)'\s+value: ([^\n]+)/g)) settings.set(m[1] ?? '', (m[2] ?? '').trim());
  return settings;
}

/** Variables in the README's configuration table. */
function readmeVariables(): Set<string> {
  const readme = read(join(root, 'README.md'));
  const table = readme.slice(readme.indexOf('| Variable | Default | Meaning |'));
  const rows = table.split('\n').slice(2);
  return new Set(rows.slice(0, rows.findIndex((line) => !line.startsWith('|'))).map((line) => /^\| `(\w+)`/.exec(line)?.[1] ?? ''));
}

/** App settings that configure the platform or an SDK rather than our code, with why they are there. */
const PLATFORM_SETTINGS: Record<string, string> = {
  WEBSITES_PORT: 'App Service: the port the container listens on',
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service: install and build once per deployment',
  NPM_CONFIG_INCLUDE: 'npm: keep the TypeScript compiler in the deployment build despite NODE_ENV=production',
  AZURE_CLIENT_ID: '@azure/identity: which user-assigned identity signs in to Cosmos DB',
};

test('every environment variable the app reads is in the README table, and nothing else is', () => {
  assert.deepEqual([...readmeVariables()].sort(), [...ENVIRONMENT_VARIABLES].sort());
});

test('the web app sets only variables the app reads, plus named platform settings', () => {
  for (const name of appSettings().keys()) {
    assert.ok(ENVIRONMENT_VARIABLES.includes(name) || name in PLATFORM_SETTINGS, `app setting ${name} is read by nothing`);
  }
});

test('production needs are set by the infrastructure; the rest is optional in the README', () => {
  const settings = appSettings();
  const required = ['NODE_ENV', 'STORE_KIND', 'COSMOS_ENDPOINT', 'MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'PORT'];
  for (const name of required) assert.ok(settings.has(name), `${name} is not set by infra/modules/appservice.bicep`);
  assert.equal(settings.get('NODE_ENV'), "'production'");
  assert.equal(settings.get('STORE_KIND'), "'cosmos'");
  assert.equal(settings.get('MicrosoftAppType'), "'UserAssignedMSI'", 'no client secret to keep');
  assert.equal(settings.get('PORT'), settings.get('WEBSITES_PORT'));
  assert.equal(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING'), 'appInsightsConnectionString');
  const optional = ENVIRONMENT_VARIABLES.filter((name) => !settings.has(name));
  for (const name of optional) assert.ok(readmeVariables().has(name), `${name} is neither set by Bicep nor documented`);
});

test('the web app runs Node 24 LTS and starts the built output', () => {
  const pkg = JSON.parse(read(join(root, 'package.json'))) as { main: string; scripts: Record<string, string> };
  assert.match(appService.text, /linuxFxVersion: 'NODE\|24-lts'/);
  const start = /appCommandLine: '([^']+)'/.exec(appService.text)?.[1];
  assert.equal(start, pkg.scripts.start, 'App Service starts the bot as npm start does');
  assert.match(start ?? '', new RegExp(`^node (--[\\w-]+=\\d+ )*${pkg.main}$`));
  assert.equal(pkg.main, 'dist/src/index.js', 'tsc writes src/index.ts there (outDir dist, rootDir .)');
  assert.ok(pkg.scripts.build, 'App Service runs npm run build during deployment');
});

test('password publishing is off, Cosmos DB keeps continuous backups, monitoring is wired', () => {
  for (const kind of ['ftp', 'scm']) {
    const at = appService.text.search(new RegExp(`basicPublishingCredentialsPolicies@[\\d-]+' = \\{\\s+parent: app\\s+name: '${kind}'`));
    assert.ok(at > 0, `${kind} policy`);
    assert.match(block(appService.text, appService.text.indexOf('{', at)), /allow: false/);
  }
  assert.match(read(join(infra, 'modules', 'cosmos.bicep')), /backupPolicy: \{\s+type: 'Continuous'/);
  assert.match(read(join(infra, 'modules', 'cosmos.bicep')), /disableLocalAuth: true/);
  const monitoring = read(join(infra, 'modules', 'monitoring.bicep'));
  assert.match(monitoring, /Microsoft\.OperationalInsights\/workspaces@/);
  assert.match(monitoring, /WorkspaceResourceId: workspace\.id/, 'workspace-based Application Insights');
  assert.match(main.text, /appInsightsConnectionString: monitoring\.outputs\.appInsightsConnectionString/);
});

test('modules get every parameter they need and only parameters they have; outputs exist', () => {
  const bySymbol = new Map(main.modules.map((m) => [m.symbol, readBicep(m.path)]));
  for (const module of main.modules) {
    const target = bySymbol.get(module.symbol);
    assert.ok(target && existsSync(module.path), module.path);
    for (const name of module.params) assert.ok(target.params.has(name), `${module.symbol}: ${name} is not a parameter of ${module.path}`);
    for (const [name, { hasDefault }] of target.params) if (!hasDefault) assert.ok(module.params.has(name), `${module.symbol}: ${name} is not passed`);
  }
  for (const file of [main, ...bySymbol.values()]) {
    for (const m of file.text.matchAll(/(\w+)\.outputs\.(\w+)/g)) {
      assert.ok(bySymbol.get(m[1] ?? '')?.outputs.has(m[2] ?? ''), `${m[0]} is not an output`);
    }
  }
});

test('each parameters file fills every parameter without a default, and names only real ones', () => {
  for (const file of ['main.parameters.json', 'main.parameters.m365agents.json']) {
    const given = Object.keys((JSON.parse(read(join(infra, file))) as { parameters: Record<string, unknown> }).parameters);
    for (const name of given) assert.ok(main.params.has(name), `${file}: ${name} is not a parameter of main.bicep`);
    for (const [name, { hasDefault }] of main.params) if (!hasDefault) assert.ok(given.includes(name), `${file}: ${name} missing`);
  }
});

test('m365agents.yml deploys the same Bicep, and every variable it uses has a source', () => {
  const text = read(join(root, 'm365agents.yml'));
  const yml = parse(text) as Record<string, { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> }[]>;
  const steps = [...(yml.provision ?? []), ...(yml.deploy ?? []), ...(yml.publish ?? [])];
  const arm = steps.find((s) => s.uses === 'arm/deploy');
  const template = (arm?.with?.templates as { path: string; parameters: string }[] | undefined)?.[0];
  assert.equal(template?.path, './infra/main.bicep');
  assert.equal(template?.parameters, './infra/main.parameters.m365agents.json');

  const sources = new Set([
    'TEAMSFX_ENV',
    ...Object.keys(readEnvFile(join(root, 'env', '.env.dev.example'))),
    ...steps.flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {})),
    ...main.outputs, // the toolkit writes every output, upper-cased, to the env file
  ]);
  const used = [...placeholdersIn(text), ...placeholdersIn(read(join(infra, 'main.parameters.m365agents.json')))];
  for (const name of used) assert.ok(sources.has(name), `\${{${name}}} has no source`);
  const zipDeploy = steps.find((s) => s.uses === 'azureAppService/zipDeploy');
  assert.equal(zipDeploy?.with?.resourceId, '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
  assert.ok(main.outputs.has('BOT_AZURE_APP_SERVICE_RESOURCE_ID'));
  for (const name of ['BOT_ID', 'BOT_DOMAIN']) assert.ok(main.outputs.has(name), `the manifest's ${name} comes from a Bicep output`);
  assert.ok(existsSync(join(root, String(zipDeploy?.with?.ignoreFile))));
});
