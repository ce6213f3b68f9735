import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { getTasks } from 'node-cron';
import { createLogger } from '../../src/kernel/log.js';
import { JOB_TYPE, SCHEDULER_PARTITION, type JobHandler } from '../../src/platform/scheduler/job.js';
import { Scheduler } from '../../src/platform/scheduler/scheduler.js';
import { openCosmosStore, type CosmosStoreOptions } from '../../src/platform/store/cosmos/cosmos-store.js';
import type { DocumentStore } from '../../src/platform/store/port.js';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store.js';

const JOB_COUNT = 200;
const quiet = createLogger('silent');
const clock = (): Date => new Date();

/** Two stores on one backing database, each with its own connection, and how to close it all. */
interface SharedStore {
  stores: [DocumentStore, DocumentStore];
  close(): Promise<void>;
}

async function twoSqliteConnections(): Promise<SharedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'scheduler-two-'));
  const file = join(dir, 'store.db');
  const stores: [DocumentStore, DocumentStore] = [openSqliteStore(file), openSqliteStore(file)];
  return {
    stores,
    close: async () => {
      await Promise.all(stores.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function twoCosmosClients(): Promise<SharedStore> {
  const server = createHttpsServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  // Self-signed certificate; one agent per client so they share no connections.
  const agents = [new Agent({ rejectUnauthorized: false }), new Agent({ rejectUnauthorized: false })] as const;
  const options = (agent: Agent): CosmosStoreOptions => ({
    endpoint: `https://127.0.0.1:${port}`,
    databaseId: 'scheduler-two',
    containerId: 'documents',
    key: Buffer.from('any-key').toString('base64'),
    connectionPolicy: { enableEndpointDiscovery: false },
    agent,
  });
  // One after the other: both create-if-not-exists the same database and container.
  const first = await openCosmosStore(options(agents[0]));
  const second = await openCosmosStore(options(agents[1]));
  return {
    stores: [first, second],
    close: async () => {
      await Promise.all([first.close(), second.close()]);
      for (const agent of agents) agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

async function proveExactlyOnce(shared: SharedStore): Promise<void> {
  const runs: [jobId: string, owner: string][] = [];
  const schedulers = shared.stores.map((store, index) => {
    const owner = `instance-${index}`;
    const record: JobHandler = async (job) => {
      runs.push([job.id, owner]);
      await sleep(Math.random() * 4); // a few ms, so the two instances interleave
    };
    return new Scheduler({ store, clock, log: quiet, owner, handlers: { remind: record } });
  });
  const [a, b] = schedulers as [Scheduler, Scheduler];
  const dueAt = new Date(Date.now() - 60_000);
  for (let i = 0; i < JOB_COUNT; i += 1) {
    // Both instances schedule every job, as two instances reacting to the same event would.
    const request = { id: `reminder:${String(i).padStart(3, '0')}`, kind: 'remind', dueAt, payload: { i } };
    await Promise.all([a.schedule(request), b.schedule(request)]);
  }
  const remaining = async (): Promise<number> => (await shared.stores[0].list(SCHEDULER_PARTITION, JOB_TYPE)).length;
  assert.equal(await remaining(), JOB_COUNT);

  for (let round = 0; round < 50 && (await remaining()) > 0; round += 1) {
    await Promise.all([a.tick(), b.tick()]);
  }

  assert.equal(await remaining(), 0);
  const perJob = new Map<string, number>();
  for (const [jobId] of runs) perJob.set(jobId, (perJob.get(jobId) ?? 0) + 1);
  assert.equal(perJob.size, JOB_COUNT, 'every job ran');
  assert.deepEqual([...perJob.values()].filter((n) => n !== 1), [], 'no job ran twice');
  const perOwner = new Map<string, number>();
  for (const [, owner] of runs) perOwner.set(owner, (perOwner.get(owner) ?? 0) + 1);
  assert.equal(perOwner.size, 2, `both instances did work: ${JSON.stringify([...perOwner])}`);
}

describe('Scheduler.start with a real cron tick', () => {
  it('runs a job on the next tick, and after stop() no tick comes and no cron task is left', async () => {
    const shared = await twoSqliteConnections();
    const tasksBefore = getTasks().size;
    const ran: string[] = [];
    const scheduler = new Scheduler({
      store: shared.stores[0],
      clock,
      log: quiet,
      owner: `cron-${randomUUID()}`,
      handlers: { remind: async (job) => void ran.push(job.id) },
    });
    try {
      await scheduler.start('* * * * * *');
      assert.equal(getTasks().size, tasksBefore + 1);
      // Scheduled after start's own tick, so only a cron tick can run it.
      await scheduler.schedule({ id: 'now', kind: 'remind', dueAt: new Date() });
      const deadline = Date.now() + 2_500;
      while (ran.length === 0 && Date.now() < deadline) await sleep(25);
      assert.deepEqual(ran, ['now']);
    } finally {
      await scheduler.stop();
    }
    try {
      assert.equal(getTasks().size, tasksBefore, 'the cron task is destroyed');
      await scheduler.schedule({ id: 'after-stop', kind: 'remind', dueAt: new Date() });
      await sleep(1_500);
      assert.deepEqual(ran, ['now'], 'no tick after stop()');
    } finally {
      await shared.close();
    }
    // The file ending on its own shows that nothing of the scheduler holds the process open.
  });
});

describe('two scheduler instances on one store run every job exactly once', () => {
  it('on one SQLite file opened twice', async () => {
    const shared = await twoSqliteConnections();
    try {
      await proveExactlyOnce(shared);
    } finally {
      await shared.close();
    }
  });

  it('on one Cosmos DB database through two clients', async () => {
    const shared = await twoCosmosClients();
    try {
      await proveExactlyOnce(shared);
    } finally {
      await shared.close();
    }
  });
});
