import { ENTRY_TYPE } from '../port.js';
import type { SqliteConnection } from './driver.js';

/**
 * One table for every document kind: the store is a document store, so the body stays JSON and
 * only the columns needed for keys, concurrency and listing are lifted out. `kind` and `author`
 * are filled for step entries only (NULL for every other type), so entries can be read by kind
 * and author, and counted, from the index alone.
 */
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS documents (
    project_id TEXT NOT NULL,
    id         TEXT NOT NULL,
    type       TEXT NOT NULL,
    etag       TEXT NOT NULL,
    body       TEXT NOT NULL,
    kind       TEXT,
    author     TEXT,
    PRIMARY KEY (project_id, id)
  ) WITHOUT ROWID;
`;

// The older index on (project_id, type) is dropped: without statistics the planner never chose it
// (it scans the project's primary-key range), this index starts with the same two columns, and a
// write then maintains one secondary index, not two.
export const ENTRY_INDEX = 'documents_by_type_kind_author';
const CREATE_INDEXES = `
  CREATE INDEX IF NOT EXISTS ${ENTRY_INDEX} ON documents (project_id, type, kind, author);
  DROP INDEX IF EXISTS documents_by_project_type;
`;

/** Files written before `kind` and `author` were columns are at 0; see migrate(). */
const SCHEMA_VERSION = 1;

// Only JSON strings are lifted, the same rule as liftEntryColumns() applies when writing.
const BACKFILL_ENTRY_COLUMNS = `
  UPDATE documents SET
    kind   = CASE WHEN json_type(body, '$.kind')   = 'text' THEN json_extract(body, '$.kind')   END,
    author = CASE WHEN json_type(body, '$.author') = 'text' THEN json_extract(body, '$.author') END
  WHERE type = '${ENTRY_TYPE}'
`;

export function prepareDatabase(db: SqliteConnection): void {
  // A second process on the same file waits for the lock instead of failing at once (set first:
  // switching the journal mode needs the lock too).
  db.exec('PRAGMA busy_timeout = 5000');
  // WAL lets readers carry on while a write is in progress; NORMAL is durable enough under WAL
  // (a power cut can lose the last commits but never corrupts the file).
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec(CREATE_TABLE);
  migrate(db);
}

/**
 * Brings a file from before the entry columns up to date: adds the columns if missing and fills
 * them from the bodies, once. IMMEDIATE takes the write lock before looking, so two processes
 * opening one old file at the same moment migrate it once (the second finds it done).
 */
function migrate(db: SqliteConnection): void {
  if (schemaVersion(db) >= SCHEMA_VERSION) return;
  inTransaction(db, () => {
    if (schemaVersion(db) >= SCHEMA_VERSION) return;
    const columns = new Set((db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name));
    if (!columns.has('kind')) db.exec('ALTER TABLE documents ADD COLUMN kind TEXT');
    if (!columns.has('author')) db.exec('ALTER TABLE documents ADD COLUMN author TEXT');
    db.exec(BACKFILL_ENTRY_COLUMNS);
    db.exec(CREATE_INDEXES);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
}

function schemaVersion(db: SqliteConnection): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version?: number | bigint } | undefined;
  return Number(row?.user_version ?? 0);
}

/** Runs `work` in one write transaction (BEGIN IMMEDIATE), rolled back if it throws. */
export function inTransaction<T>(db: SqliteConnection, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** The journal mode another connection sees, e.g. 'wal'. */
export function journalMode(db: SqliteConnection): string {
  const row = db.prepare('PRAGMA journal_mode').get() as { journal_mode?: unknown } | undefined;
  return String(row?.journal_mode);
}

/** The entry columns of a document being written: its kind and author if it is an entry. */
export function liftEntryColumns(doc: { readonly type: string }): [kind: string | null, author: string | null] {
  if (doc.type !== ENTRY_TYPE) return [null, null];
  const { kind, author } = doc as { readonly kind?: unknown; readonly author?: unknown };
  return [typeof kind === 'string' ? kind : null, typeof author === 'string' ? author : null];
}
