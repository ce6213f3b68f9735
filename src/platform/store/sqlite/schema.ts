import type { Database } from 'better-sqlite3';

/**
 * One table for every document kind: the store is a document store, so the body stays JSON and
 * only the columns needed for keys, concurrency and listing are lifted out.
 */
const CREATE_TABLES = `
  CREATE TABLE IF NOT EXISTS documents (
    project_id TEXT NOT NULL,
    id         TEXT NOT NULL,
    type       TEXT NOT NULL,
    etag       TEXT NOT NULL,
    body       TEXT NOT NULL,
    PRIMARY KEY (project_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS documents_by_project_type ON documents (project_id, type);
`;

export function prepareDatabase(db: Database): void {
  // WAL lets readers carry on while a write is in progress; NORMAL is durable enough under WAL
  // (a power cut can lose the last commits but never corrupts the file).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // A second process on the same file waits for the lock instead of failing at once.
  db.pragma('busy_timeout = 5000');
  db.exec(CREATE_TABLES);
}
