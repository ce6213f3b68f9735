import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  DocumentExistsError,
  DocumentNotFoundError,
  ENTRY_TYPE,
  StaleDocumentError,
  type DocumentStore,
  type EntryCount,
  type EntryDocument,
  type EntryFilter,
  type StoredDocument,
  type Versioned,
} from '../port.js';
import { ENTRY_INDEX, liftEntryColumns, prepareDatabase } from './schema.js';

interface DocumentRow {
  etag: string;
  body: string;
}

type Key = [projectId: string, id: string];
type KeyAndEtag = [projectId: string, id: string, etag: string];
type EntryColumns = [kind: string | null, author: string | null];
type Insert = [projectId: string, id: string, type: string, etag: string, body: string, ...EntryColumns];
type Update = [type: string, etag: string, body: string, ...EntryColumns, projectId: string, id: string, expectedEtag: string];

/** DocumentStore on one SQLite file, for running on a single machine without Azure. */
export class SqliteStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<Key, DocumentRow>;
  private readonly selectByType: Database.Statement<[projectId: string, type: string], DocumentRow>;
  private readonly selectEntriesOfKind: Database.Statement<[projectId: string, kind: string], DocumentRow>;
  private readonly selectEntriesOfAuthor: Database.Statement<[projectId: string, kind: string, author: string], DocumentRow>;
  private readonly countByKindAndAuthor: Database.Statement<[projectId: string], EntryCount>;
  private readonly exists: Database.Statement<Key, { found: 1 }>;
  private readonly insert: Database.Statement<Insert>;
  private readonly update: Database.Statement<Update>;
  private readonly deleteAny: Database.Statement<Key>;
  private readonly deleteAt: Database.Statement<KeyAndEtag>;
  private readonly selectLiteral: Database.Statement<[]>;
  private readonly replaceIfCurrent: (...args: Update) => void;
  private readonly removeIfCurrent: (...args: KeyAndEtag) => void;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
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

    // The conditional write and the "stale or gone?" check share one transaction, so the answer
    // describes the same moment the write failed.
    this.replaceIfCurrent = this.db.transaction((...args: Update) => {
      if (this.update.run(...args).changes === 0) this.failConditionalWrite(args[5], args[6]);
    });
    this.removeIfCurrent = this.db.transaction((...args: KeyAndEtag) => {
      if (this.deleteAt.run(...args).changes === 0) this.failConditionalWrite(args[0], args[1]);
    });
  }

  async read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined> {
    const row = this.selectOne.get(projectId, id);
    return row && toVersioned<T>(row);
  }

  async create<T extends StoredDocument>(doc: T): Promise<Versioned<T>> {
    const row = { etag: randomUUID(), body: JSON.stringify(doc) };
    const { changes } = this.insert.run(doc.projectId, doc.id, doc.type, row.etag, row.body, ...liftEntryColumns(doc));
    if (changes === 0) throw new DocumentExistsError(doc.projectId, doc.id);
    return toVersioned<T>(row);
  }

  async replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>> {
    const row = { etag: randomUUID(), body: JSON.stringify(doc) };
    this.replaceIfCurrent(doc.type, row.etag, row.body, ...liftEntryColumns(doc), doc.projectId, doc.id, etag);
    return toVersioned<T>(row);
  }

  async remove(projectId: string, id: string, etag?: string): Promise<void> {
    if (etag !== undefined) return this.removeIfCurrent(projectId, id, etag);
    if (this.deleteAny.run(projectId, id).changes === 0) throw new DocumentNotFoundError(projectId, id);
  }

  async list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]> {
    return this.selectByType.all(projectId, type).map((row) => toVersioned<T>(row));
  }

  async listEntries<T extends EntryDocument>(projectId: string, { kind, author }: EntryFilter): Promise<Versioned<T>[]> {
    const rows =
      author === undefined ? this.selectEntriesOfKind.all(projectId, kind) : this.selectEntriesOfAuthor.all(projectId, kind, author);
    return rows.map((row) => toVersioned<T>(row));
  }

  async countEntries(projectId: string): Promise<EntryCount[]> {
    return this.countByKindAndAuthor.all(projectId);
  }

  async ping(): Promise<void> {
    this.selectLiteral.get();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private failConditionalWrite(projectId: string, id: string): never {
    if (this.exists.get(projectId, id)) throw new StaleDocumentError(projectId, id);
    throw new DocumentNotFoundError(projectId, id);
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
