import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AlreadyCountedError,
  COUNTER_NAME,
  onceSlot,
  ONCE_KEY,
  DocumentExistsError,
  DocumentNotFoundError,
  ENTRY_TYPE,
  StaleDocumentError,
  type CountingDocument,
  type DocumentStore,
  type EntryCount,
  type EntryDocument,
  type EntryFilter,
  type StoredDocument,
  type Versioned,
} from '../port.js';
import { openSqliteConnection, type SqlValue, type SqliteConnection, type SqliteStatement } from './driver.js';
import { ENTRY_INDEX, inTransaction, liftEntryColumns, prepareDatabase } from './schema.js';

interface DocumentRow {
  etag: string;
  body: string;
}

interface CountRow {
  kind: string;
  author: string;
  entries: number | bigint;
}

/** DocumentStore on one SQLite file, for running on a single machine without Azure. */
export class SqliteStore implements DocumentStore {
  private readonly db: SqliteConnection;
  private readonly selectOne: SqliteStatement;
  private readonly selectByType: SqliteStatement;
  private readonly selectEntriesOfKind: SqliteStatement;
  private readonly selectEntriesOfAuthor: SqliteStatement;
  private readonly countByKindAndAuthor: SqliteStatement;
  private readonly exists: SqliteStatement;
  private readonly insert: SqliteStatement;
  private readonly update: SqliteStatement;
  private readonly deleteAny: SqliteStatement;
  private readonly deleteAt: SqliteStatement;
  private readonly selectLiteral: SqliteStatement;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = openSqliteConnection(path);
    prepareDatabase(this.db);

    this.selectOne = this.db.prepare('SELECT etag, body FROM documents WHERE project_id = ? AND id = ?');
    this.selectByType = this.db.prepare('SELECT etag, body FROM documents WHERE project_id = ? AND type = ?');
    const entries = `WHERE project_id = ? AND type = '${ENTRY_TYPE}'`;
    // Without statistics (no ANALYZE) the planner guesses that a project_id holds a handful of rows
    // and scans the whole project on the primary key. One author's entries are a small share of a
    // project, so that query names the index; for a whole kind the scan is as fast, so it is left be.
    this.selectEntriesOfKind = this.db.prepare(`SELECT etag, body FROM documents ${entries} AND kind = ?`);
    this.selectEntriesOfAuthor = this.db.prepare(
      `SELECT etag, body FROM documents INDEXED BY ${ENTRY_INDEX} ${entries} AND kind = ? AND author = ?`,
    );
    // Answered from the index alone (a covering index): no body is read.
    this.countByKindAndAuthor = this.db.prepare(
      `SELECT kind, author, COUNT(*) AS entries FROM documents ${entries} AND kind IS NOT NULL AND author IS NOT NULL GROUP BY kind, author`,
    );
    this.exists = this.db.prepare('SELECT 1 AS found FROM documents WHERE project_id = ? AND id = ?');
    // DO NOTHING instead of catching the constraint error: a duplicate simply changes no rows.
    this.insert = this.db.prepare(
      'INSERT INTO documents (project_id, id, type, etag, body, kind, author) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.update = this.db.prepare(
      'UPDATE documents SET type = ?, etag = ?, body = ?, kind = ?, author = ? WHERE project_id = ? AND id = ? AND etag = ?',
    );
    this.deleteAny = this.db.prepare('DELETE FROM documents WHERE project_id = ? AND id = ?');
    this.deleteAt = this.db.prepare('DELETE FROM documents WHERE project_id = ? AND id = ? AND etag = ?');
    this.selectLiteral = this.db.prepare('SELECT 1');
  }

  /** Which SQLite driver this runtime uses (node:sqlite or better-sqlite3). */
  get driver(): SqliteConnection['driver'] {
    return this.db.driver;
  }

  async read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined> {
    const row = this.selectOne.get(projectId, id) as DocumentRow | undefined;
    return row && toVersioned<T>(row);
  }

  async create<T extends StoredDocument>(doc: T): Promise<Versioned<T>> {
    const row = { etag: randomUUID(), body: JSON.stringify(doc) };
    const { changes } = this.insert.run(doc.projectId, doc.id, doc.type, row.etag, row.body, ...liftEntryColumns(doc));
    if (Number(changes) === 0) throw new DocumentExistsError(doc.projectId, doc.id);
    return toVersioned<T>(row);
  }

  async replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>> {
    const row = { etag: randomUUID(), body: JSON.stringify(doc) };
    this.conditionally(this.update, [doc.type, row.etag, row.body, ...liftEntryColumns(doc), doc.projectId, doc.id, etag], doc.projectId, doc.id);
    return toVersioned<T>(row);
  }

  async remove(projectId: string, id: string, etag?: string): Promise<void> {
    if (etag !== undefined) return this.conditionally(this.deleteAt, [projectId, id, etag], projectId, id);
    if (Number(this.deleteAny.run(projectId, id).changes) === 0) throw new DocumentNotFoundError(projectId, id);
  }

  async incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string, once?: string): Promise<Versioned<T> | undefined> {
    if (!COUNTER_NAME.test(name)) throw new Error(`not a counter name: ${name}`);
    if (once !== undefined && !ONCE_KEY.test(once)) throw new Error(`not a once key: ${once}`);
    // Read and write in one transaction: no other connection can count in between.
    return inTransaction(this.db, () => {
      const row = this.selectOne.get(projectId, id) as DocumentRow | undefined;
      if (!row) return undefined;
      const doc = JSON.parse(row.body) as T;
      const counters = doc.counters;
      if (typeof counters !== 'object' || counters === null || Array.isArray(counters)) return undefined;
      const current = counters[name];
      const slot = once === undefined ? undefined : onceSlot(once);
      if (slot !== undefined && typeof doc[slot] !== 'string') return undefined;
      if (once !== undefined && slot !== undefined && doc[slot] === once) throw new AlreadyCountedError(projectId, id, once);
      const counted = slot === undefined ? {} : { [slot]: once };
      const next = { ...doc, counters: { ...counters, [name]: (typeof current === 'number' ? current : 0) + 1 }, ...counted };
      const written = { etag: randomUUID(), body: JSON.stringify(next) };
      this.update.run(next.type, written.etag, written.body, ...liftEntryColumns(next), projectId, id, row.etag);
      return toVersioned<T>(written);
    });
  }

  async list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]> {
    return (this.selectByType.all(projectId, type) as DocumentRow[]).map((row) => toVersioned<T>(row));
  }

  async listEntries<T extends EntryDocument>(projectId: string, { kind, author }: EntryFilter): Promise<Versioned<T>[]> {
    const rows =
      author === undefined ? this.selectEntriesOfKind.all(projectId, kind) : this.selectEntriesOfAuthor.all(projectId, kind, author);
    return (rows as DocumentRow[]).map((row) => toVersioned<T>(row));
  }

  async countEntries(projectId: string): Promise<EntryCount[]> {
    // Plain objects with a number, whichever driver read them (node:sqlite rows have no prototype).
    return (this.countByKindAndAuthor.all(projectId) as CountRow[]).map(({ kind, author, entries }) => ({ kind, author, entries: Number(entries) }));
  }

  async ping(): Promise<void> {
    this.selectLiteral.get();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /**
   * The conditional write and the "stale or gone?" check share one transaction, so the answer
   * describes the same moment the write failed.
   */
  private conditionally(write: SqliteStatement, params: SqlValue[], projectId: string, id: string): void {
    inTransaction(this.db, () => {
      if (Number(write.run(...params).changes) > 0) return;
      if (this.exists.get(projectId, id)) throw new StaleDocumentError(projectId, id);
      throw new DocumentNotFoundError(projectId, id);
    });
  }
}

export function openSqliteStore(path: string): SqliteStore {
  return new SqliteStore(path);
}

// The doc goes back through JSON like every read does, so callers never hold an alias of what
// they passed in and both adapters hand out plain JSON data.
function toVersioned<T extends StoredDocument>(row: DocumentRow): Versioned<T> {
  return { doc: JSON.parse(row.body) as T, etag: row.etag };
}
