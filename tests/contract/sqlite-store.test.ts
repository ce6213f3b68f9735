import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteConnection } from '../../src/platform/store/sqlite/driver.js';
import { journalMode } from '../../src/platform/store/sqlite/schema.js';
import { openSqliteStore, type SqliteStore } from '../../src/platform/store/sqlite/sqlite-store.js';
import { describeDocumentStoreContract } from './document-store.contract.js';
import type { EntryDocument } from '../../src/platform/store/port.js';

describeDocumentStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-store-contract-'));
  const file = join(dir, 'store.db');
  let current: SqliteStore = openSqliteStore(file);
  return {
    store: current,
    reopen: async () => {
      await current.close();
      current = openSqliteStore(file);
      return current;
    },
    cleanup: async () => {
      await current.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite store file', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-store-file-'));
    // A directory that does not exist yet: the store must create it.
    file = join(dir, 'nested', 'deeper', 'store.db');
    store = openSqliteStore(file);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates missing parent directories', () => {
    assert.ok(existsSync(file));
  });

  it('is in WAL mode, as seen by another connection', () => {
    const other = openSqliteConnection(file, { readOnly: true });
    try {
      assert.equal(journalMode(other), 'wal');
    } finally {
      other.close();
    }
  });

  it('uses Node\'s built-in SQLite where the runtime has it, better-sqlite3 only on Node 20', (t) => {
    t.diagnostic(`Node ${process.version}: ${store.driver}`);
    const builtIn = process.getBuiltinModule('node:sqlite') !== undefined;
    assert.equal(store.driver, builtIn ? 'node:sqlite' : 'better-sqlite3');
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 13)) assert.equal(store.driver, 'node:sqlite');
  });

  it('rejects every call after close', async () => {
    const closing = openSqliteStore(join(dir, 'closing.db'));
    await closing.close();
    await assert.rejects(closing.ping());
    await assert.rejects(closing.read('p', 'x'));
  });
});

/** A file as written before `kind` and `author` were columns: the old table, index and no user_version. */
function writeFileFromBeforeEntryColumns(file: string): void {
  const db = openSqliteConnection(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`
    CREATE TABLE documents (
      project_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (project_id, id)
    ) WITHOUT ROWID;
    CREATE INDEX documents_by_project_type ON documents (project_id, type);
  `);
  const insert = db.prepare('INSERT INTO documents (project_id, id, type, etag, body) VALUES (?, ?, ?, ?, ?)');
  const rows: [string, string, string, object][] = [
    ['p', 'e1', 'entry', { kind: 'problem', author: 'anna', step: 2 }],
    ['p', 'e2', 'entry', { kind: 'problem', author: 'bram', step: 2 }],
    ['p', 'e3', 'entry', { kind: 'goal', author: 'anna', step: 4 }],
    ['p', 'p', 'project', { kind: 'problem', author: 'anna' }],
    ['q', 'e1', 'entry', { kind: 'problem', author: 'anna', step: 2 }],
  ];
  for (const [projectId, id, type, fields] of rows) {
    insert.run(projectId, id, type, `etag-${projectId}-${id}`, JSON.stringify({ id, projectId, type, ...fields }));
  }
  db.close();
}

describe('SQLite file from before the entry columns', () => {
  let dir: string;
  let file: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-store-migration-'));
    file = join(dir, 'old.db');
    writeFileFromBeforeEntryColumns(file);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens, fills kind and author from the bodies, and keeps the etags', async () => {
    const store = openSqliteStore(file);
    try {
      const anna = await store.listEntries<EntryDocument>('p', { kind: 'problem', author: 'anna' });
      assert.deepEqual(anna, [{ doc: { id: 'e1', projectId: 'p', type: 'entry', kind: 'problem', author: 'anna', step: 2 }, etag: 'etag-p-e1' }]);
      const counts = (await store.countEntries('p')).sort((a, b) => a.kind.localeCompare(b.kind) || a.author.localeCompare(b.author));
      assert.deepEqual(counts, [
        { kind: 'goal', author: 'anna', entries: 1 },
        { kind: 'problem', author: 'anna', entries: 1 },
        { kind: 'problem', author: 'bram', entries: 1 },
      ]);
      const [first] = anna;
      assert.ok(first);
      await store.replace({ ...first.doc, author: 'bram' }, first.etag);
      assert.equal((await store.listEntries('p', { kind: 'problem', author: 'bram' })).length, 2);
    } finally {
      await store.close();
    }
  });

  it('opens again without migrating twice, with one index left for listing', async () => {
    const store = openSqliteStore(file);
    try {
      assert.equal((await store.listEntries('p', { kind: 'problem', author: 'bram' })).length, 2);
      assert.equal((await store.list('p', 'project')).length, 1);
    } finally {
      await store.close();
    }
    const db = openSqliteConnection(file, { readOnly: true });
    // Rows are copied into plain objects: node:sqlite hands out objects without a prototype.
    const plain = (row: unknown): unknown => ({ ...(row as object) });
    try {
      assert.deepEqual(plain(db.prepare('PRAGMA user_version').get()), { user_version: 1 });
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' AND sql IS NOT NULL").all();
      assert.deepEqual(indexes.map(plain), [{ name: 'documents_by_type_kind_author' }]);
      const notEntries = db.prepare("SELECT COUNT(*) AS n FROM documents WHERE type <> 'entry' AND (kind IS NOT NULL OR author IS NOT NULL)").get();
      assert.deepEqual(plain(notEntries), { n: 0 });
    } finally {
      db.close();
    }
  });
});
