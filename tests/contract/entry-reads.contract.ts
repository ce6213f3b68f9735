import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { DocumentStore, EntryCount, EntryDocument, Versioned } from '../../src/platform/store/port.js';

interface Entry extends EntryDocument {
  readonly step: number;
  readonly text: string;
}

const newProject = () => `project-${randomUUID()}`;
const entry = (projectId: string, id: string, kind: string, author: string, text = id): Entry => ({
  id,
  projectId,
  type: 'entry',
  kind,
  step: kind === 'problem' ? 2 : 4,
  author,
  text,
});

const ids = (listed: readonly Versioned<Entry>[]) => listed.map((e) => e.doc.id).sort();
const sorted = (counts: readonly EntryCount[]) =>
  [...counts].sort((a, b) => a.kind.localeCompare(b.kind) || a.author.localeCompare(b.author));

/** listEntries and countEntries: entries read by kind and author, and counted, on any adapter. */
export function describeEntryReadsContract(currentStore: () => DocumentStore): void {
  describe('entries by kind and author', () => {
    /** Two authors with problems and a goal, plus decoys that must never show up. */
    async function seed(store: DocumentStore): Promise<string> {
      const projectId = newProject();
      const otherProjectId = newProject();
      for (const doc of [
        entry(projectId, 'p1', 'problem', 'anna'),
        entry(projectId, 'p2', 'problem', 'anna'),
        entry(projectId, 'p3', 'problem', 'bram'),
        entry(projectId, 'g1', 'goal', 'anna'),
        entry(otherProjectId, 'p1', 'problem', 'anna'),
        entry(otherProjectId, 'x1', 'problem', 'anna'),
      ]) {
        await store.create(doc);
      }
      // Same kind and author fields, but not entries: list() is for these.
      await store.create({ id: 'note-1', projectId, type: 'note', kind: 'problem', author: 'anna' });
      await store.create({ id: 'job-1', projectId, type: 'job', kind: 'goal', author: 'bram' });
      return projectId;
    }

    it('lists the entries of one kind, or of one kind and author, of one project only', async () => {
      const store = currentStore();
      const projectId = await seed(store);
      assert.deepEqual(ids(await store.listEntries<Entry>(projectId, { kind: 'problem' })), ['p1', 'p2', 'p3']);
      assert.deepEqual(ids(await store.listEntries<Entry>(projectId, { kind: 'problem', author: 'anna' })), ['p1', 'p2']);
      assert.deepEqual(ids(await store.listEntries<Entry>(projectId, { kind: 'goal', author: 'anna' })), ['g1']);
      assert.deepEqual(await store.listEntries(projectId, { kind: 'goal', author: 'bram' }), []);
      assert.deepEqual(await store.listEntries(projectId, { kind: 'measure' }), []);
      assert.deepEqual(await store.listEntries(newProject(), { kind: 'problem' }), []);
    });

    it('hands out whole documents with the etags a read gives', async () => {
      const store = currentStore();
      const projectId = await seed(store);
      for (const listed of await store.listEntries<Entry>(projectId, { kind: 'problem', author: 'anna' })) {
        assert.deepEqual(await store.read(projectId, listed.doc.id), listed);
        assert.deepEqual(listed.doc, entry(projectId, listed.doc.id, 'problem', 'anna'));
      }
    });

    it('counts entries per kind and author, of one project and of entries only', async () => {
      const store = currentStore();
      const projectId = await seed(store);
      assert.deepEqual(sorted(await store.countEntries(projectId)), [
        { kind: 'goal', author: 'anna', entries: 1 },
        { kind: 'problem', author: 'anna', entries: 2 },
        { kind: 'problem', author: 'bram', entries: 1 },
      ]);
      assert.deepEqual(await store.countEntries(newProject()), []);
    });

    it('follows a replace that changes kind or author, and a removal', async () => {
      const store = currentStore();
      const projectId = await seed(store);
      const p2 = await store.read<Entry>(projectId, 'p2');
      assert.ok(p2);
      await store.replace(entry(projectId, 'p2', 'problem', 'bram', 'handed over'), p2.etag);
      const g1 = await store.read<Entry>(projectId, 'g1');
      assert.ok(g1);
      await store.replace(entry(projectId, 'g1', 'problem', 'anna', 'a goal that was a problem'), g1.etag);
      await store.remove(projectId, 'p3');

      assert.deepEqual(ids(await store.listEntries<Entry>(projectId, { kind: 'problem', author: 'anna' })), ['g1', 'p1']);
      const bram = await store.listEntries<Entry>(projectId, { kind: 'problem', author: 'bram' });
      assert.deepEqual(bram.map((e) => e.doc.text), ['handed over']);
      assert.deepEqual(await store.listEntries(projectId, { kind: 'goal' }), []);
      assert.deepEqual(sorted(await store.countEntries(projectId)), [
        { kind: 'problem', author: 'anna', entries: 2 },
        { kind: 'problem', author: 'bram', entries: 1 },
      ]);
    });

    it('drops a document that stops being an entry from both', async () => {
      const store = currentStore();
      const projectId = await seed(store);
      const p3 = await store.read<Entry>(projectId, 'p3');
      assert.ok(p3);
      await store.replace({ id: 'p3', projectId, type: 'archived', kind: 'problem', author: 'bram' }, p3.etag);
      assert.deepEqual(ids(await store.listEntries<Entry>(projectId, { kind: 'problem' })), ['p1', 'p2']);
      assert.deepEqual(
        (await store.countEntries(projectId)).filter((c) => c.author === 'bram'),
        [],
      );
    });
  });
}
