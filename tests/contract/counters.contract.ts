import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { CountingDocument, DocumentStore } from '../../src/platform/store/port.js';

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
