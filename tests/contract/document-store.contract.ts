import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  DocumentExistsError,
  DocumentNotFoundError,
  StaleDocumentError,
  type DocumentStore,
  type StoredDocument,
} from '../../src/platform/store/port.js';
import { describeCountersContract } from './counters.contract.js';
import { describeEntryReadsContract } from './entry-reads.contract.js';

export interface ContractSubject {
  store: DocumentStore;
  /** Closes the store and opens a new one on the same data; absent for stores without durability. */
  reopen?: () => Promise<DocumentStore>;
  /** Closes whichever store is current and removes what the test created. */
  cleanup: () => Promise<void>;
}

interface Note extends StoredDocument {
  readonly text: string;
  readonly revision: number;
}

type ErrorClass = typeof DocumentExistsError | typeof StaleDocumentError | typeof DocumentNotFoundError;

/** Matcher for assert.rejects that also checks which document the error names. */
function errorFor(kind: ErrorClass, projectId: string, id: string) {
  return (error: unknown) => {
    assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)}`);
    assert.equal(error.projectId, projectId);
    assert.equal(error.id, id);
    return true;
  };
}

export function describeDocumentStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: DocumentStore;

    before(async () => {
      subject = await open();
      store = subject.store;
    });
    after(async () => {
      await subject?.cleanup();
    });

    // Every test gets its own project, so tests sharing one store cannot see each other's data.
    const newProject = () => `project-${randomUUID()}`;
    const note = (projectId: string, id: string, text: string, revision = 1): Note => ({
      id,
      projectId,
      type: 'note',
      text,
      revision,
    });

    it('reads back a created document with an etag, and undefined for a missing one', async () => {
      const projectId = newProject();
      const written = note(projectId, 'n1', 'first');
      const created = await store.create(written);
      assert.deepEqual(created.doc, written);
      assert.equal(typeof created.etag, 'string');
      assert.ok(created.etag.length > 0);

      const read = await store.read<Note>(projectId, 'n1');
      assert.deepEqual(read, { doc: written, etag: created.etag });
      assert.equal(await store.read(projectId, 'missing'), undefined);
      assert.equal(await store.read(newProject(), 'n1'), undefined);
    });

    it('refuses to create the same id twice in one project but allows it in another', async () => {
      const projectId = newProject();
      const otherProjectId = newProject();
      const original = await store.create(note(projectId, 'dup', 'original'));
      await assert.rejects(store.create(note(projectId, 'dup', 'intruder')), errorFor(DocumentExistsError, projectId, 'dup'));
      assert.deepEqual(await store.read(projectId, 'dup'), original);

      const elsewhere = await store.create(note(otherProjectId, 'dup', 'elsewhere'));
      assert.equal((await store.read<Note>(otherProjectId, 'dup'))?.doc.text, 'elsewhere');
      assert.equal((await store.read<Note>(projectId, 'dup'))?.doc.text, 'original');
      await store.remove(otherProjectId, 'dup', elsewhere.etag);
      assert.deepEqual(await store.read(projectId, 'dup'), original);
    });

    it('replaces with the current etag and hands out a new etag', async () => {
      const projectId = newProject();
      const created = await store.create(note(projectId, 'r1', 'before'));
      const updated = note(projectId, 'r1', 'after', 2);
      const replaced = await store.replace(updated, created.etag);
      assert.deepEqual(replaced.doc, updated);
      assert.notEqual(replaced.etag, created.etag);
      assert.deepEqual(await store.read(projectId, 'r1'), { doc: updated, etag: replaced.etag });

      const again = await store.replace(note(projectId, 'r1', 'again', 3), replaced.etag);
      assert.notEqual(again.etag, replaced.etag);
    });

    it('lets only the first of two replaces from one etag win', async () => {
      const projectId = newProject();
      const created = await store.create(note(projectId, 's1', 'base'));
      const winner = await store.replace(note(projectId, 's1', 'first save', 2), created.etag);
      await assert.rejects(
        store.replace(note(projectId, 's1', 'second save', 2), created.etag),
        errorFor(StaleDocumentError, projectId, 's1'),
      );
      assert.deepEqual(await store.read(projectId, 's1'), winner);
    });

    it('lets exactly one of two concurrent replaces from one etag win', async () => {
      const projectId = newProject();
      const created = await store.create(note(projectId, 'c1', 'base'));
      const attempts = [note(projectId, 'c1', 'from Anna', 2), note(projectId, 'c1', 'from Bram', 2)];
      const results = await Promise.allSettled(attempts.map((doc) => store.replace(doc, created.etag)));

      const winners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const losers = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      assert.equal(winners.length, 1, 'exactly one replace should succeed');
      assert.equal(losers.length, 1, 'exactly one replace should fail');
      errorFor(StaleDocumentError, projectId, 'c1')(losers[0]);

      const [winner] = winners;
      assert.ok(winner && attempts.some((doc) => doc.text === winner.doc.text));
      assert.deepEqual(await store.read(projectId, 'c1'), winner);
    });

    it('reports a replace of a missing document as not found', async () => {
      const projectId = newProject();
      const created = await store.create(note(projectId, 'gone', 'soon gone'));
      await store.remove(projectId, 'gone');
      await assert.rejects(
        store.replace(note(projectId, 'gone', 'back?'), created.etag),
        errorFor(DocumentNotFoundError, projectId, 'gone'),
      );
      await assert.rejects(
        store.replace(note(projectId, 'never', 'never'), created.etag),
        errorFor(DocumentNotFoundError, projectId, 'never'),
      );
      assert.equal(await store.read(projectId, 'gone'), undefined);
    });

    it('removes only at the current etag when one is given', async () => {
      const projectId = newProject();
      const created = await store.create(note(projectId, 'd1', 'v1'));
      const current = await store.replace(note(projectId, 'd1', 'v2', 2), created.etag);

      await assert.rejects(store.remove(projectId, 'd1', created.etag), errorFor(StaleDocumentError, projectId, 'd1'));
      assert.deepEqual(await store.read(projectId, 'd1'), current);

      await store.remove(projectId, 'd1', current.etag);
      assert.equal(await store.read(projectId, 'd1'), undefined);
    });

    it('removes without an etag and reports removing a missing document as not found', async () => {
      const projectId = newProject();
      await store.create(note(projectId, 'd2', 'whatever version'));
      await store.replace(note(projectId, 'd2', 'newer', 2), (await store.read(projectId, 'd2'))!.etag);
      await store.remove(projectId, 'd2');
      assert.equal(await store.read(projectId, 'd2'), undefined);

      await assert.rejects(store.remove(projectId, 'd2'), errorFor(DocumentNotFoundError, projectId, 'd2'));
      await assert.rejects(store.remove(projectId, 'd2', 'some-etag'), errorFor(DocumentNotFoundError, projectId, 'd2'));
    });

    it('lists only the documents of one type in one project, with usable etags', async () => {
      const projectId = newProject();
      const otherProjectId = newProject();
      const wanted = [note(projectId, 'l1', 'one'), note(projectId, 'l2', 'two'), note(projectId, 'l3', 'three')];
      for (const doc of wanted) await store.create(doc);
      await store.create({ id: 'decoy-type', projectId, type: 'meeting' });
      await store.create(note(otherProjectId, 'decoy-project', 'other project'));
      await store.create(note(otherProjectId, 'l1', 'same id, other project'));

      const listed = (await store.list<Note>(projectId, 'note')).sort((a, b) => a.doc.id.localeCompare(b.doc.id));
      assert.deepEqual(
        listed.map((entry) => entry.doc),
        wanted,
      );
      assert.deepEqual(await store.list(projectId, 'no-such-type'), []);
      assert.deepEqual(await store.list(newProject(), 'note'), []);

      for (const entry of listed) {
        const replaced = await store.replace({ ...entry.doc, revision: 2 }, entry.etag);
        assert.notEqual(replaced.etag, entry.etag);
      }
      const relisted = await store.list<Note>(projectId, 'note');
      assert.deepEqual(relisted.map((entry) => entry.doc.revision), [2, 2, 2]);
      assert.equal((await store.read<Note>(otherProjectId, 'l1'))?.doc.revision, 1);
    });

    it('answers a ping', async () => {
      await store.ping();
    });

    it('keeps unicode and nested values intact', async () => {
      const projectId = newProject();
      const written = {
        id: 'café-‘t-hoekje',
        projectId,
        type: 'problem',
        title: 'Overlast café ‘t Hoekje — ë',
        emoji: '🚲🌷',
        escapes: 'quote " backslash \\ newline \n tab \t',
        counts: { reports: 12, ratio: 0.25, negative: -3, big: 9007199254740991 },
        flags: [true, false, null],
        nested: { level1: { level2: { list: [1, 'twee', { drie: 3 }], empty: {}, none: [] } } },
        nothing: null,
      };
      const created = await store.create(written);
      assert.deepEqual(created.doc, written);
      assert.deepEqual((await store.read(projectId, written.id))?.doc, written);
      assert.deepEqual((await store.list(projectId, 'problem')).map((entry) => entry.doc), [written]);

      const changed = { ...written, title: 'Straatverlichting Ëindhovenseweg — opgelost ✓' };
      const replaced = await store.replace(changed, created.etag);
      assert.deepEqual(replaced.doc, changed);
      assert.deepEqual((await store.read(projectId, written.id))?.doc, changed);
    });

    it('keeps documents and etags across a reopen', async (t) => {
      const reopen = subject.reopen;
      if (!reopen) {
        t.skip('this store has no reopen hook');
        return;
      }
      const projectId = newProject();
      const created = await store.create(note(projectId, 'kept', 'written before closing'));
      const removed = await store.create(note(projectId, 'removed', 'removed before closing'));
      await store.remove(projectId, 'removed', removed.etag);

      store = await reopen();
      assert.deepEqual(await store.read(projectId, 'kept'), created);
      assert.equal(await store.read(projectId, 'removed'), undefined);
      const replaced = await store.replace(note(projectId, 'kept', 'after reopening', 2), created.etag);
      assert.equal((await store.read<Note>(projectId, 'kept'))?.etag, replaced.etag);
    });

    describeEntryReadsContract(() => store);
    describeCountersContract(() => store);
  });
}
