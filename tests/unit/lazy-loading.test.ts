import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLogger } from '../../src/kernel/log';
import { startTelemetry } from '../../src/platform/telemetry';

const ROOT = resolve(__dirname, '../..');

interface Loaded { cosmos: boolean; identity: boolean; betterSqlite: boolean; builtInSqlite: boolean; monitor: boolean }

/** Opens a store in a fresh process and reports which drivers and SDKs that process loaded. */
function loadedFor(storeConfig: object): Loaded {
  const script = `
    const { openStore } = require('./src/platform/store/open-store');
    const inCache = (part) => Object.keys(require.cache).some((file) => file.includes(part));
    openStore(${JSON.stringify(storeConfig)})
      .then((store) => store.close(), () => undefined)
      .then(() => console.log(JSON.stringify({
        cosmos: inCache('/@azure/cosmos/'),
        identity: inCache('/@azure/identity/'),
        betterSqlite: inCache('/better-sqlite3/'),
        builtInSqlite: process.moduleLoadList.some((name) => /sqlite/i.test(name)),
        monitor: inCache('/@azure/monitor-opentelemetry/'),
      })));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Loaded;
}

describe('only what is configured is loaded', () => {
  it('SQLite mode loads one SQLite driver and no Azure SDK', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lazy-loading-'));
    try {
      const loaded = loadedFor({ kind: 'sqlite', path: join(dir, 'store.db') });
      assert.deepEqual({ ...loaded, builtInSqlite: undefined, betterSqlite: undefined }, { cosmos: false, identity: false, monitor: false, builtInSqlite: undefined, betterSqlite: undefined });
      assert.ok(loaded.builtInSqlite !== loaded.betterSqlite, `exactly one SQLite driver: ${JSON.stringify(loaded)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Cosmos DB mode loads @azure/cosmos and no SQLite driver (key: no identity library either)', () => {
    // Port 1 refuses at once; what matters is what got loaded on the way.
    const loaded = loadedFor({ kind: 'cosmos', endpoint: 'https://127.0.0.1:1/', databaseId: 'd', containerId: 'c', key: 'a2V5' });
    assert.deepEqual(loaded, { cosmos: true, identity: false, betterSqlite: false, builtInSqlite: false, monitor: false });
  });
});

describe('telemetry', () => {
  const log = createLogger('silent');

  it('without a connection string loads nothing and starts nothing', async () => {
    let loads = 0;
    const telemetry = await startTelemetry(undefined, log, async () => {
      loads++;
      throw new Error('must not load');
    });
    assert.equal(telemetry, undefined);
    assert.equal(loads, 0);
  });

  it('with a connection string starts Azure Monitor with it and flushes on shutdown', async () => {
    const calls: unknown[] = [];
    const connectionString = 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';
    const telemetry = await startTelemetry(connectionString, log, async () => ({
      useAzureMonitor: (options) => void calls.push(options),
      shutdownAzureMonitor: async () => void calls.push('shutdown'),
    }));
    assert.deepEqual(calls, [{ azureMonitorExporterOptions: { connectionString } }]);
    await telemetry?.flush();
    assert.deepEqual(calls.at(-1), 'shutdown');
  });
});
