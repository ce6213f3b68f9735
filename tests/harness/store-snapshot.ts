import { openSqliteConnection } from '../../src/platform/store/sqlite/driver';

/** Every document in a SQLite store file, as `partition/id` → its version. */
export type StoreSnapshot = ReadonlyMap<string, string>;

/** Reads the versions of every document straight from the file (a second, read-only connection, as another process would). */
export function snapshotStore(sqlitePath: string): StoreSnapshot {
  const db = openSqliteConnection(sqlitePath, { readOnly: true });
  try {
    const rows = db.prepare('SELECT project_id, id, etag FROM documents').all() as { project_id: string; id: string; etag: string }[];
    return new Map(rows.map((r) => [`${r.project_id}/${r.id}`, r.etag]));
  } finally {
    db.close();
  }
}

/**
 * Every document in the file, every partition, with its etag, in order: equal snapshots before
 * and after mean nothing at all was written (projects, entries, bindings, jobs, the outbox).
 */
export const storeSnapshot = (sqlitePath: string): string[] =>
  [...snapshotStore(sqlitePath)].map(([key, etag]) => `${key}@${etag}`).sort();

/** What changed between two snapshots: documents added, replaced or removed, named for a test message. */
export function storeChanges(before: StoreSnapshot, after: StoreSnapshot): string[] {
  const changes: string[] = [];
  for (const [key, etag] of after) {
    const earlier = before.get(key);
    if (earlier === undefined) changes.push(`added ${key}`);
    else if (earlier !== etag) changes.push(`changed ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`removed ${key}`);
  return changes.sort();
}
