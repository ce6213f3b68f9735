import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore, type SqliteStore } from '../../src/platform/store/sqlite/sqlite-store.js';
import { describeDocumentStoreContract } from './document-store.contract.js';

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
    const other = new Database(file, { readonly: true });
    try {
      assert.equal(other.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      other.close();
    }
  });

  it('rejects every call after close', async () => {
    const closing = openSqliteStore(join(dir, 'closing.db'));
    await closing.close();
    await assert.rejects(closing.ping());
    await assert.rejects(closing.read('p', 'x'));
  });
});
