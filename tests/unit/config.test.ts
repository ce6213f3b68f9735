import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config';

const ENDPOINT = 'https://veiligheidsplanner.documents.azure.com:443/';
const APP_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(env)} to be refused`);
}

describe('loadConfig defaults', () => {
  it('an empty environment: port 3978, sqlite, MultiTenant without app id, info', () => {
    assert.deepEqual(loadConfig({}), {
      production: false,
      port: 3978,
      store: { kind: 'sqlite', path: './data/veiligheidsplanner.db' },
      bot: { appType: 'MultiTenant' },
      logLevel: 'info',
    });
  });

  it('blank strings count as unset', () => {
    const blank = { PORT: '', STORE_KIND: '  ', SQLITE_PATH: '', COSMOS_ENDPOINT: ' ', COSMOS_KEY: '\t', MicrosoftAppId: ' ', MicrosoftAppPassword: '', MicrosoftAppType: '', MicrosoftAppTenantId: ' ', LOG_LEVEL: '' };
    assert.deepEqual(loadConfig(blank), loadConfig({}));
  });

  it('ignores unrelated variables', () => {
    assert.deepEqual(loadConfig({ PATH: '/usr/bin', HOME: '/root' }), loadConfig({}));
  });
});

describe('loadConfig reads valid values', () => {
  it('port, sqlite path and log level', () => {
    const config = loadConfig({ PORT: '8080', SQLITE_PATH: '/var/data/vp.db', LOG_LEVEL: 'debug' });
    assert.equal(config.port, 8080);
    assert.deepEqual(config.store, { kind: 'sqlite', path: '/var/data/vp.db' });
    assert.equal(config.logLevel, 'debug');
  });

  it('cosmos with a key', () => {
    assert.deepEqual(loadConfig({ STORE_KIND: 'cosmos', COSMOS_ENDPOINT: ENDPOINT, COSMOS_KEY: 'c2VjcmV0', COSMOS_DATABASE: 'vp', COSMOS_CONTAINER: 'docs' }).store, {
      kind: 'cosmos',
      endpoint: ENDPOINT,
      databaseId: 'vp',
      containerId: 'docs',
      key: 'c2VjcmV0',
    });
  });

  it('cosmos without a key uses managed identity: key undefined, default names', () => {
    const store = loadConfig({ STORE_KIND: 'cosmos', COSMOS_ENDPOINT: ENDPOINT, COSMOS_KEY: '  ' }).store;
    assert.ok(store.kind === 'cosmos', 'expected a cosmos store');
    assert.equal(store.key, undefined);
    assert.equal('key' in store, false);
    assert.deepEqual([store.endpoint, store.databaseId, store.containerId], [ENDPOINT, 'veiligheidsplanner', 'documents']);
  });

  it('MultiTenant bot with app id and password', () => {
    assert.deepEqual(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'geheim' }).bot, { appType: 'MultiTenant', appId: APP_ID, appPassword: 'geheim' });
  });

  it('SingleTenant bot with tenant id', () => {
    const bot = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'geheim', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT_ID }).bot;
    assert.deepEqual(bot, { appType: 'SingleTenant', appId: APP_ID, appPassword: 'geheim', tenantId: TENANT_ID });
  });

  it('UserAssignedMSI needs no password', () => {
    const bot = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID }).bot;
    assert.deepEqual(bot, { appType: 'UserAssignedMSI', appId: APP_ID, tenantId: TENANT_ID });
  });
});

describe('production mode (NODE_ENV=production)', () => {
  const production = { NODE_ENV: 'production', STORE_KIND: 'cosmos', COSMOS_ENDPOINT: ENDPOINT, MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID };

  it('starts with bot credentials on Cosmos DB', () => {
    const config = loadConfig(production);
    assert.equal(config.production, true);
    assert.equal(config.store.kind, 'cosmos');
    assert.equal(config.bot.appId, APP_ID);
  });

  it('any other NODE_ENV is not production', () => {
    for (const value of ['development', 'test', 'Production ', '']) assert.equal(loadConfig({ NODE_ENV: value }).production, false, value);
  });

  it('names both problems one at a time, credentials first', () => {
    assert.match(refusal({ NODE_ENV: 'production' }).message, /^Configuratiefout \/ configuration error: MicrosoftAppId is required when NODE_ENV=production/);
  });

  it('reads the Application Insights connection string', () => {
    const connection = 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';
    assert.equal(loadConfig({ ...production, APPLICATIONINSIGHTS_CONNECTION_STRING: connection }).appInsightsConnectionString, connection);
    assert.equal('appInsightsConnectionString' in loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: ' ' }), false);
  });
});

describe('loadConfig refuses, in one line naming the variable', () => {
  const cases: readonly (readonly [string, NodeJS.ProcessEnv, string])[] = [
    ['PORT=abc', { PORT: 'abc' }, 'PORT'],
    ['PORT=70000', { PORT: '70000' }, 'PORT'],
    ['PORT=-1', { PORT: '-1' }, 'PORT'],
    ['PORT=80.5', { PORT: '80.5' }, 'PORT'],
    ['STORE_KIND=mongo', { STORE_KIND: 'mongo' }, 'STORE_KIND'],
    ['STORE_KIND=cosmos without endpoint', { STORE_KIND: 'cosmos' }, 'COSMOS_ENDPOINT'],
    ['COSMOS_ENDPOINT=not-a-url', { STORE_KIND: 'cosmos', COSMOS_ENDPOINT: 'not-a-url' }, 'COSMOS_ENDPOINT'],
    ['MicrosoftAppId without password', { MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword'],
    ['SingleTenant without password', { MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT_ID }, 'MicrosoftAppPassword'],
    ['SingleTenant without tenant id', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'geheim', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    ['UserAssignedMSI without tenant id', { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppTenantId'],
    ['password without app id', { MicrosoftAppPassword: 'geheim' }, 'MicrosoftAppId'],
    ['MicrosoftAppType=Other', { MicrosoftAppType: 'Other' }, 'MicrosoftAppType'],
    ['LOG_LEVEL=loud', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['production without bot credentials', { NODE_ENV: 'production', STORE_KIND: 'cosmos', COSMOS_ENDPOINT: ENDPOINT }, 'MicrosoftAppId'],
    ['production on the default store', { NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'geheim' }, 'STORE_KIND'],
    ['production with STORE_KIND=sqlite', { NODE_ENV: 'production', STORE_KIND: 'sqlite', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'geheim' }, 'STORE_KIND'],
  ];
  for (const [label, env, variable] of cases) {
    it(label, () => {
      const error = refusal(env);
      assert.equal(error.name, 'ConfigError');
      assert.match(error.message, new RegExp(`\\b${variable}\\b`));
      assert.doesNotMatch(error.message, /[\r\n]/);
      assert.ok(error.message.length < 300, error.message);
    });
  }

  it('never repeats a secret in the message', () => {
    const error = refusal({ MicrosoftAppPassword: 'Zeer-Geheim-123', COSMOS_KEY: 'SleutelXYZ' });
    assert.doesNotMatch(error.message, /Zeer-Geheim-123|SleutelXYZ/);
  });

  it('COSMOS_ENDPOINT must be an http(s) address', () => {
    refusal({ STORE_KIND: 'cosmos', COSMOS_ENDPOINT: 'localhost:8081' });
  });
});
