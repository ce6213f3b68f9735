import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createLogger, type Logger } from '../../src/kernel/log.js';
import { JOB_TYPE, SCHEDULER_PARTITION, type JobHandler, type ScheduledJob } from '../../src/platform/scheduler/job.js';
import { Scheduler, type SchedulerDeps } from '../../src/platform/scheduler/scheduler.js';
import { openSqliteStore, type SqliteStore } from '../../src/platform/store/sqlite/sqlite-store.js';

const START = Date.parse('2026-03-01T09:00:00.000Z');
const MINUTE = 60_000;
// A yearly cron: start() then only does its immediate tick during a test.
const RARELY = '0 0 0 1 1 *';

interface Harness {
  store: SqliteStore;
  file: string;
  advance(ms: number): void;
  now(): Date;
  logs: Record<string, unknown>[];
  log: Logger;
  runs: string[];
  scheduler(overrides?: Partial<SchedulerDeps>): Scheduler;
}

describe('Scheduler', () => {
  let dir: string;
  let h: Harness;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scheduler-'));
    const file = join(dir, 'store.db');
    let time = START;
    const logs: Record<string, unknown>[] = [];
    const log = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
    const runs: string[] = [];
    const record: JobHandler = async (job) => {
      runs.push(job.id);
    };
    h = {
      store: openSqliteStore(file),
      file,
      advance: (ms) => (time += ms),
      now: () => new Date(time),
      logs,
      log,
      runs,
      scheduler: (overrides = {}) =>
        new Scheduler({ store: h.store, clock: h.now, log, owner: 'me', handlers: { remind: record }, ...overrides }),
    };
  });
  afterEach(async () => {
    await h.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const jobs = async (): Promise<ScheduledJob[]> =>
    (await h.store.list<ScheduledJob>(SCHEDULER_PARTITION, JOB_TYPE)).map((v) => v.doc).sort((a, b) => a.id.localeCompare(b.id));
  const at = (minutes: number): Date => new Date(START + minutes * MINUTE);
  const messages = (level: string): unknown[] => h.logs.filter((l) => l['level'] === level).map((l) => l['message']);

  it('leaves a job that is not due yet', async () => {
    const s = h.scheduler();
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(10) });
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    h.advance(10 * MINUTE - 1);
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    assert.deepEqual(h.runs, []);
    assert.equal((await jobs()).length, 1);
  });

  it('runs a due job once, with its payload, and removes it', async () => {
    const seen: unknown[] = [];
    const s = h.scheduler({ handlers: { remind: async (job, now) => void seen.push([job.payload, now.toISOString(), job.state]) } });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(10), payload: { step: 2 } });
    h.advance(10 * MINUTE);
    assert.deepEqual(await s.tick(), { ran: 1, failed: 0 });
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    assert.deepEqual(seen, [[{ step: 2 }, at(10).toISOString(), 'running']]);
    assert.deepEqual(await jobs(), []);
  });

  it('runs due jobs oldest first', async () => {
    const s = h.scheduler();
    await s.schedule({ id: 'late', kind: 'remind', dueAt: at(5) });
    await s.schedule({ id: 'early', kind: 'remind', dueAt: at(1) });
    await s.schedule({ id: 'future', kind: 'remind', dueAt: at(60) });
    h.advance(5 * MINUTE);
    assert.deepEqual(await s.tick(), { ran: 2, failed: 0 });
    assert.deepEqual(h.runs, ['early', 'late']);
  });

  it('keeps one job when the same id is scheduled twice', async () => {
    const s = h.scheduler();
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(1), payload: { a: 1 } });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(1), payload: { a: 1 } });
    assert.equal((await jobs()).length, 1);
    h.advance(MINUTE);
    await s.tick();
    assert.deepEqual(h.runs, ['j1']);
  });

  it('moves a pending job when it is scheduled again with another time and payload', async () => {
    const s = h.scheduler();
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(1) });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(30), payload: { moved: true } });
    const [job] = await jobs();
    assert.equal(job?.dueAt, at(30).toISOString());
    assert.deepEqual(job?.payload, { moved: true });
    h.advance(MINUTE);
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    h.advance(29 * MINUTE);
    assert.deepEqual(await s.tick(), { ran: 1, failed: 0 });
  });

  it('leaves a running job alone when it is scheduled again', async () => {
    const s = h.scheduler({
      handlers: { remind: async (job) => s.schedule({ id: job.id, kind: 'remind', dueAt: at(99) }) },
    });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(0) });
    assert.deepEqual(await s.tick(), { ran: 1, failed: 0 });
    assert.deepEqual(await jobs(), []);
    assert.ok(messages('info').includes('job is running; schedule left as it is'));
  });

  it('refuses an invalid due time', async () => {
    await assert.rejects(h.scheduler().schedule({ id: 'j1', kind: 'remind', dueAt: new Date('nonsense') }), RangeError);
  });

  it('cancels a pending job, and ignores a missing one', async () => {
    const s = h.scheduler();
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(1) });
    await s.cancel('j1');
    await s.cancel('j1');
    await s.cancel('never-there');
    h.advance(MINUTE);
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    assert.deepEqual(h.runs, []);
  });

  it('runs a job missed while the bot was down exactly once, right after start', async () => {
    await h.scheduler().schedule({ id: 'missed', kind: 'remind', dueAt: at(10) });
    await h.store.close();
    h.advance(3 * 60 * MINUTE); // down for three hours
    h.store = openSqliteStore(h.file);

    const s = h.scheduler({ owner: 'after-restart' });
    await s.start(RARELY);
    await s.tick();
    await s.stop();
    assert.deepEqual(h.runs, ['missed']);
    assert.deepEqual(await jobs(), []);
  });

  it('retries a failing job with backoff and removes it once it succeeds', async () => {
    let failuresLeft = 2;
    const s = h.scheduler({
      handlers: {
        remind: async (job) => {
          h.runs.push(job.id);
          if (failuresLeft-- > 0) throw new Error('Teams said 502');
        },
      },
    });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(0) });
    assert.deepEqual(await s.tick(), { ran: 0, failed: 1 });
    const [failed] = await jobs();
    assert.equal(failed?.state, 'pending');
    assert.equal(failed?.attempts, 1);
    assert.equal(failed?.lastError, 'Teams said 502');
    assert.equal(failed?.leaseOwner, undefined);
    assert.equal(failed?.dueAt, new Date(START + 30_000).toISOString());

    h.advance(29_999);
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    h.advance(1);
    assert.deepEqual(await s.tick(), { ran: 0, failed: 1 });
    assert.equal((await jobs())[0]?.dueAt, new Date(START + 30_000 + 60_000).toISOString());
    h.advance(60_000);
    assert.deepEqual(await s.tick(), { ran: 1, failed: 0 });
    assert.deepEqual(h.runs, ['j1', 'j1', 'j1']);
    assert.deepEqual(await jobs(), []);
  });

  it('gives up after maxAttempts and removes the job', async () => {
    let calls = 0;
    const alwaysFails: JobHandler = async () => {
      calls += 1;
      throw new Error('always');
    };
    const s = h.scheduler({ maxAttempts: 3, handlers: { remind: alwaysFails } });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(0) });
    for (let i = 0; i < 10; i += 1) {
      await s.tick();
      h.advance(30 * MINUTE);
    }
    assert.equal(calls, 3);
    assert.deepEqual(await jobs(), []);
    assert.ok(messages('error').includes('job failed for the last time; removed'));
  });

  it('takes over a job whose owner died once its lease has run out', async () => {
    const dead = h.scheduler({ owner: 'dead', leaseMs: 5 * MINUTE, handlers: { remind: () => new Promise<void>(() => undefined) } });
    await dead.schedule({ id: 'j1', kind: 'remind', dueAt: at(0) });
    void dead.tick(); // never finishes: the instance "dies" while running the job
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await jobs())[0]?.leaseOwner, 'dead');

    const alive = h.scheduler({ owner: 'alive' });
    h.advance(5 * MINUTE - 1);
    assert.deepEqual(await alive.tick(), { ran: 0, failed: 0 });
    h.advance(1);
    assert.deepEqual(await alive.tick(), { ran: 1, failed: 0 });
    assert.deepEqual(h.runs, ['j1']);
    assert.deepEqual(await jobs(), []);
  });

  it('drops a job whose runs keep dying once it has used its attempts', async () => {
    const job: ScheduledJob = {
      type: JOB_TYPE, projectId: SCHEDULER_PARTITION, id: 'poison', kind: 'remind', dueAt: at(0).toISOString(), payload: {},
      state: 'running', leaseOwner: 'dead', leaseUntil: at(1).toISOString(), attempts: 2, createdAt: at(0).toISOString(),
    };
    await h.store.create(job);
    h.advance(MINUTE);
    assert.deepEqual(await h.scheduler({ maxAttempts: 2 }).tick(), { ran: 0, failed: 1 });
    assert.deepEqual(h.runs, []);
    assert.deepEqual(await jobs(), []);
  });

  it('removes a job of an unknown kind, also one named like an Object method', async () => {
    const s = h.scheduler();
    await s.schedule({ id: 'j1', kind: 'vanished', dueAt: at(0) });
    await s.schedule({ id: 'j2', kind: 'toString', dueAt: at(0) });
    assert.deepEqual(await s.tick(), { ran: 0, failed: 2 });
    assert.deepEqual(await jobs(), []);
    assert.equal(messages('error').filter((m) => m === 'job removed: no handler for its kind').length, 2);
  });

  it('skips a tick while the previous one still runs', async () => {
    let release = (): void => undefined;
    const s = h.scheduler({ handlers: { remind: () => new Promise<void>((resolve) => (release = resolve)) } });
    await s.schedule({ id: 'j1', kind: 'remind', dueAt: at(0) });
    const first = s.tick();
    assert.deepEqual(await s.tick(), { ran: 0, failed: 0 });
    await new Promise((resolve) => setImmediate(resolve));
    release();
    assert.deepEqual(await first, { ran: 1, failed: 0 });
  });

  it('stop() waits for the job in hand and claims no further ones', async () => {
    let release = (): void => undefined;
    const started: string[] = [];
    const blocks: JobHandler = (job) => {
      started.push(job.id);
      return new Promise<void>((resolve) => (release = resolve));
    };
    const s = h.scheduler({ handlers: { remind: blocks } });
    await s.schedule({ id: 'a', kind: 'remind', dueAt: at(0) });
    await s.schedule({ id: 'b', kind: 'remind', dueAt: at(0) });
    const firstTick = s.start(RARELY);
    await new Promise((resolve) => setImmediate(resolve));
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(stopped, false);
    release();
    await Promise.all([stopping, firstTick]);
    assert.deepEqual(started, ['a']);
    assert.deepEqual((await jobs()).map((j) => [j.id, j.state]), [['b', 'pending']]);
  });

  it('refuses to start twice', async () => {
    const s = h.scheduler();
    await s.start(RARELY);
    assert.throws(() => s.start(RARELY), /already started/);
    await s.stop();
  });
});
