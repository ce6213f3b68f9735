import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nextEntryNumber } from '../../src/engine/app/entry-numbers';
import { openSqliteStore, type SqliteStore } from '../../src/platform/store/sqlite/sqlite-store';

/** Problem numbers (issue: "Every problem keeps one number from the moment it is entered"). */
describe('entry numbers', () => {
  let dir = '';
  let store: SqliteStore;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'entry-numbers-'));
    store = openSqliteStore(join(dir, 'store.db'));
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands out 1, 2, 3, … per project and kind, each number once, also when many enter at the same moment', async () => {
    const numbers = await Promise.all(Array.from({ length: 20 }, () => nextEntryNumber({ store }, 'p1', 'problem')));
    assert.deepEqual([...numbers].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
    assert.equal(await nextEntryNumber({ store }, 'p1', 'problem'), 21);
    assert.equal(await nextEntryNumber({ store }, 'p2', 'problem'), 1, 'another project counts on its own');
    assert.equal(await nextEntryNumber({ store }, 'p1', 'measure'), 1, 'and so does another kind');
  });
});
