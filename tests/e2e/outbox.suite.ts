import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTeamsAdapter } from '../../src/platform/teams/adapter';
import { ProactiveSender } from '../../src/platform/teams/proactive-sender';
import { createLogger } from '../../src/kernel/log';
import { Outbox, OUTBOX_PARTITION, SendFailure, type MessageSender, type OutboxItem, type OutboxMessage, type OutboxTarget } from '../../src/platform/outbox';
import type { DocumentStore } from '../../src/platform/store/port';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';
import { startConnectorDouble, type ConnectorDouble } from '../harness/connector-double';
import type { TestTime } from '../harness/test-time';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const MAX_BYTES = 40 * 1024;

/**
 * The outbox end to end: real adapter, ProactiveSender, SQLite file and HTTP to a connector double
 * that enforces Teams' rate limits. Run on a fake clock in `npm test` (tests/e2e/outbox.test.ts) and
 * on the real one in `npm run test:slow` (tests/slow/outbox-real-clock.test.ts); the outbox, its
 * timers and the double's rate windows always share one clock.
 */
export function describeOutboxSuite(clockName: string, makeTime: () => TestTime): void {
  describe(`outbox on the ${clockName}: proactive posts through a real adapter to a Teams-limited connector`, () => {
    const time = makeTime();
    let connector: ConnectorDouble;
    let dir = '';
    let stores: DocumentStore[] = [];
    let outboxes: Outbox[] = [];
    const logs: Record<string, unknown>[] = [];
    const turnErrors: Error[] = [];
    const adapter = createTeamsAdapter({ appType: 'MultiTenant' }, async (_context, error) => {
      turnErrors.push(error);
    });
    const log = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));

    const target = (conversation: string): OutboxTarget => ({ serviceUrl: connector.url, conversationId: `19:${conversation}@thread.tacv2`, tenantId: TENANT });
    const items = (conversation: string, count: number, prefix = conversation): OutboxItem[] =>
      Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, target: target(conversation), activity: { text: `${prefix} bericht ${i}` } }));
    const openStore = (): DocumentStore => {
      const store = openSqliteStore(join(dir, 'outbox.db'));
      stores.push(store);
      return store;
    };
    const proactive = new ProactiveSender(adapter, undefined, log, time.clock);
    /** Each send is real HTTP: fake time stands still until it has its answer. */
    const sender: MessageSender = { send: (to, activity) => time.track(proactive.send(to, activity)) };
    const newOutbox = (store: DocumentStore, options: { random?: () => number; maxInlineWaitMs?: number } = {}): Outbox => {
      const outbox = new Outbox({ store, clock: time.clock, timers: time.timers, sender, log, ...options });
      outboxes.push(outbox);
      return outbox;
    };
    const textsIn = (conversation: string): string[] => connector.activities().filter((a) => a.conversationId === target(conversation).conversationId).map((a) => a.text ?? '');
    const throttled = (): number => connector.rejected().filter((c) => c.rejectedBy === 'rate-limit').length;
    const queued = async (store: DocumentStore): Promise<OutboxMessage[]> => (await store.list<OutboxMessage>(OUTBOX_PARTITION, 'outbox')).map((v) => v.doc);
    /** The double records a message before the outbox hears back and removes it, so wait for that too. */
    const emptied = (store: DocumentStore): Promise<void> =>
      time.until(async () => (await queued(store)).length === 0, 2_000, 'the outbox still holds messages that were delivered');
    const drainUntilEmpty = async (store: DocumentStore, ...drainers: Outbox[]): Promise<void> => {
      const deadline = time.now() + 60_000;
      while ((await queued(store)).length > 0) {
        assert.ok(time.now() < deadline, 'the outbox did not empty within a minute');
        await time.run(Promise.all(drainers.map((o) => o.drain())));
        await time.pass(50);
      }
    };
    const seconds = (since: number): number => (time.now() - since) / 1000;

    before(async () => {
      connector = await startConnectorDouble({ time });
    });
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-outbox-'));
      connector.clear();
      connector.enforceTeamsLimits(true);
      logs.length = 0;
    });
    const cleanUp = async (): Promise<void> => {
      await time.run(Promise.all(outboxes.map((o) => o.stop())));
      await Promise.all(stores.map((s) => s.close()));
      [outboxes, stores] = [[], []];
      rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(turnErrors, [], 'no send failure may reach onTurnError');
    };
    after(async () => {
      await connector.close();
    });

    it('the double refuses an eighth post within a second on this clock, so "without a 429" below can fail', async () => {
      for (let i = 0; i < 7; i += 1) await time.run(sender.send(target('probe'), { text: `probe ${i}` }));
      await assert.rejects(time.run(sender.send(target('probe'), { text: 'probe 7' })), (error) => error instanceof SendFailure && error.status === 429);
      await time.pass(2_100);
      await time.run(sender.send(target('probe'), { text: 'probe 8' }));
      assert.equal(throttled(), 1);
      assert.equal(textsIn('probe').length, 8);
      await cleanUp();
    });

    it('delivers 150 messages to one conversation in order without a single 429', async (t) => {
      const store = openStore();
      const outbox = newOutbox(store);
      outbox.start(200);
      const started = time.now();
      await outbox.enqueue(items('a', 150));
      await time.until(() => textsIn('a').length >= 150, 120_000, 'fewer than 150 messages arrived in conversation a');
      const took = seconds(started);
      assert.deepEqual(textsIn('a'), items('a', 150).map((i) => i.activity.text));
      assert.equal(throttled(), 0);
      assert.equal(connector.calls().length, 150, 'one request per message');
      await emptied(store);
      t.diagnostic(`one conversation: 150 in ${took.toFixed(1)} s on the ${clockName} = ${(150 / took).toFixed(2)} msg/s, 429s: ${throttled()}`);
      await cleanUp();
    });

    it('delivers 3 × 50 messages to three conversations in parallel, each in order, without a 429', async (t) => {
      const store = openStore();
      const outbox = newOutbox(store);
      outbox.start(200);
      const started = time.now();
      await outbox.enqueue(['b', 'c', 'd'].flatMap((c) => items(c, 50)));
      await time.until(() => connector.activities().length >= 150, 60_000, 'fewer than 150 messages arrived');
      const took = seconds(started);
      for (const c of ['b', 'c', 'd']) assert.deepEqual(textsIn(c), items(c, 50).map((i) => i.activity.text));
      assert.equal(throttled(), 0);
      assert.equal(connector.calls().length, 150, 'one request per message');
      await emptied(store);
      t.diagnostic(`three conversations: 150 in ${took.toFixed(1)} s on the ${clockName} = ${(150 / took).toFixed(2)} msg/s, 429s: ${throttled()}`);
      await cleanUp();
    });

    it('retries 429 (after Retry-After), 412, 502, 504 and a slow answer, delivering each message once, in order', async () => {
      const outbox = newOutbox(openStore(), { random: () => 0.1 });
      const path = /19:retry@thread\.tacv2\/activities/;
      connector.respondWith({ method: 'POST', path, status: 429, headers: { 'retry-after': '1' } });
      for (const status of [412, 502, 504]) connector.respondWith({ method: 'POST', path, status });
      connector.respondWith({ method: 'POST', path, delayMs: 1500 });
      await outbox.enqueue(items('retry', 10));
      const result = await time.run(outbox.drain());
      assert.deepEqual(result, { sent: 10, failed: 0, waiting: 0 });
      assert.deepEqual(textsIn('retry'), items('retry', 10).map((i) => i.activity.text));
      const calls = connector.calls();
      // One HTTP request per attempt: botbuilder's own retries are off, so the outbox sees every failure.
      assert.deepEqual(calls.map((c) => c.status), [429, 412, 502, 504, ...Array(10).fill(201)]);
      assert.ok(calls[1]!.at - calls[0]!.at >= 990, `Retry-After of 1 s honoured (waited ${calls[1]!.at - calls[0]!.at} ms)`);
      assert.equal(logs.filter((l) => l.message === 'outbox send failed; will retry').length, 4);
      await cleanUp();
    });

    it('keeps a message the service refuses (403) as failed in the store, unsent and logged, and carries on', async () => {
      const store = openStore();
      const outbox = newOutbox(store);
      connector.respondWith({ method: 'POST', path: /19:refused@/, status: 403 });
      await outbox.enqueue(items('refused', 3));
      assert.deepEqual(await time.run(outbox.drain()), { sent: 2, failed: 1, waiting: 0 });
      assert.deepEqual(textsIn('refused'), ['refused bericht 1', 'refused bericht 2']);
      const kept = await store.read<OutboxMessage>(OUTBOX_PARTITION, 'refused-0');
      assert.equal(kept?.doc.state, 'failed');
      assert.equal(kept?.doc.attempts, 1);
      assert.match(kept?.doc.lastError ?? '', /^403: /);
      assert.ok(logs.some((l) => l.level === 'error' && l.id === 'refused-0' && l.status === 403));
      assert.deepEqual(await time.run(outbox.drain()), { sent: 0, failed: 0, waiting: 0 }, 'a failed message is not tried again');
      await cleanUp();
    });

    it('sends what was still queued after a restart: once each, in order', async () => {
      const first = newOutbox(openStore(), { random: () => 0.01, maxInlineWaitMs: 0 });
      connector.respondWith({ method: 'POST', status: 502, times: 6 });
      await first.enqueue(items('restart', 20));
      for (let i = 0; i < 3; i += 1) {
        assert.equal((await time.run(first.drain())).sent, 0);
        await time.pass(100);
      }
      await time.run(first.stop());
      await stores[0]!.close();
      stores = [];
      const store = openStore();
      const waiting = await queued(store);
      assert.equal(waiting.length, 20);
      assert.equal(waiting.find((m) => m.id === 'restart-0')?.attempts, 3);

      await drainUntilEmpty(store, newOutbox(store, { random: () => 0.01 }));
      assert.deepEqual(textsIn('restart'), items('restart', 20).map((i) => i.activity.text));
      assert.equal(connector.rejected().length, 6);
      await cleanUp();
    });

    it('splits a 100 KB text into messages of at most 40 KB each, in order, losing nothing but the split whitespace', async (t) => {
      const outbox = newOutbox(openStore());
      const paragraph = (i: number): string => `Overleg ${i}: de overlast op het Stationsplein neemt 's avonds toe; politie, jongerenwerk en winkeliers spreken af wie wat doet. `.repeat(4);
      const text = Array.from({ length: 220 }, (_, i) => paragraph(i)).join('\n\n');
      assert.ok(Buffer.byteLength(text) > 100 * 1024);
      await outbox.enqueue([{ id: 'verslag', target: target('long'), activity: { text } }]);
      await time.run(outbox.drain());
      const bodies = connector.calls().filter((c) => c.status === 201).map((c) => c.body);
      assert.ok(bodies.length >= 3, `${bodies.length} messages`);
      for (const body of bodies) assert.ok(Buffer.byteLength(JSON.stringify(body)) <= MAX_BYTES, `${Buffer.byteLength(JSON.stringify(body))} bytes on the wire`);
      assert.equal(textsIn('long').join('').replace(/\s+/g, ''), text.replace(/\s+/g, ''));
      t.diagnostic(`${Buffer.byteLength(text)} bytes of text: ${bodies.length} messages of ${bodies.map((b) => Buffer.byteLength(JSON.stringify(b))).join(', ')} bytes`);
      await cleanUp();
    });

    it('two instances draining one store at the same time deliver every message exactly once, in order', async (t) => {
      const [storeA, storeB] = [openStore(), openStore()];
      const [a, b] = [newOutbox(storeA, { random: () => 0.2 }), newOutbox(storeB, { random: () => 0.2 })];
      await a.enqueue(['x', 'y', 'z'].flatMap((c) => items(c, 20)));
      await drainUntilEmpty(storeA, a, b);
      for (const c of ['x', 'y', 'z']) assert.deepEqual(textsIn(c), items(c, 20).map((i) => i.activity.text));
      assert.equal(connector.activities().length, 60);
      t.diagnostic(`429s while two instances shared conversations: ${throttled()} (any would be retried)`);
      await cleanUp();
    });
  });
}
