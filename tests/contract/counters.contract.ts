import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { AlreadyCountedError, ONCE_SLOTS, emptyOnceSlots, type CountingDocument, type DocumentStore } from '../../src/platform/store/port.js';

interface Work extends CountingDocument {
  readonly note: string;
}

const newProject = () => `project-${randomUUID()}`;

/**
 * incrementCounter: numbers handed out on the store's side, on any adapter. Each test uses its own
 * document id: the in-process Cosmos DB double checks a patch condition against every partition.
 */
export function describeCountersContract(currentStore: () => DocumentStore): void {
  describe('counters', () => {
    it('hands out 1, 2, 3, … per name, each value once, also to many callers at the same moment', async () => {
      const store = currentStore();
      const projectId = newProject();
      await store.create<Work>({ id: 'work', projectId, type: 'work', note: 'kept', counters: { other: 7 } });
      const results = await Promise.all(Array.from({ length: 12 }, () => store.incrementCounter<Work>(projectId, 'work', 'problem')));
      const values = results.map((r) => r?.doc.counters?.['problem'] ?? NaN).sort((a, b) => a - b);
      assert.deepEqual(values, Array.from({ length: 12 }, (_, i) => i + 1));
      const stored = await store.read<Work>(projectId, 'work');
      assert.deepEqual(stored?.doc, { id: 'work', projectId, type: 'work', note: 'kept', counters: { other: 7, problem: 12 } });
      const next = await store.incrementCounter<Work>(projectId, 'work', 'other');
      assert.equal(next?.doc.counters?.['other'], 8);
      assert.equal(next?.etag, (await store.read<Work>(projectId, 'work'))?.etag, 'the answer carries the etag the document now has');
    });

    it('changes the etag, so a replace from before the count is refused', async () => {
      const store = currentStore();
      const projectId = newProject();
      const created = await store.create<Work>({ id: 'work-etag', projectId, type: 'work', note: 'a', counters: {} });
      await store.incrementCounter(projectId, 'work-etag', 'problem');
      await assert.rejects(store.replace<Work>({ ...created.doc, note: 'b' }, created.etag), (error: unknown) => error instanceof Error && error.name === 'StaleDocumentError');
    });

    it('counts once per key: the same key again counts nothing, while other keys go on', async () => {
      const store = currentStore();
      const projectId = newProject();
      await store.create<Work>({ id: 'work-once', projectId, type: 'work', note: 'once', counters: {}, ...emptyOnceSlots() });
      const key = 'a1b2c3d4e5f60718';
      const first = await store.incrementCounter<Work>(projectId, 'work-once', 'problem', key);
      assert.equal(first?.doc.counters?.['problem'], 1);
      const before = await store.read<Work>(projectId, 'work-once');
      await assert.rejects(store.incrementCounter(projectId, 'work-once', 'problem', key), (error: unknown) => error instanceof AlreadyCountedError);
      assert.deepEqual(await store.read<Work>(projectId, 'work-once'), before, 'nothing changed, not even the etag');
      const together = await Promise.allSettled([0, 1].map(() => store.incrementCounter<Work>(projectId, 'work-once', 'problem', 'ffeeddccbbaa9988')));
      assert.deepEqual(together.map((r) => r.status).sort(), ['fulfilled', 'rejected'], 'the same key at the same moment counts once');
      const other = await store.incrementCounter<Work>(projectId, 'work-once', 'problem', '0123456789abcdef');
      assert.equal(other?.doc.counters?.['problem'], 3);
      assert.equal(Object.keys(other?.doc ?? {}).filter((k) => /^once\d+$/.test(k)).length, ONCE_SLOTS, 'the keys stay in their fixed slots');
      assert.equal(await store.incrementCounter(projectId, 'work', 'problem', key), undefined, 'a missing document');
    });

    it('answers undefined and changes nothing for a missing document or one without counters', async () => {
      const store = currentStore();
      const projectId = newProject();
      assert.equal(await store.incrementCounter(projectId, 'nothing', 'problem'), undefined);
      const created = await store.create<Work>({ id: 'work-without', projectId, type: 'work', note: 'no counters' });
      assert.equal(await store.incrementCounter(projectId, 'work-without', 'problem'), undefined);
      assert.deepEqual(await store.read<Work>(projectId, 'work-without'), created);
      assert.equal(await store.read(projectId, 'nothing'), undefined);
    });
  });
}
