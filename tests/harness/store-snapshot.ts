import { openSqliteConnection } from '../../src/platform/store/sqlite/driver';

/**
 * Every document in the SQLite file, every partition, with its etag: equal snapshots before and
 * after mean nothing at all was written (projects, entries, bindings, jobs, the outbox).
 */
export function storeSnapshot(sqlitePath: string): string[] {
  const connection = openSqliteConnection(sqlitePath, { readOnly: true });
  try {
    const rows = connection.prepare('SELECT project_id, id, etag FROM documents ORDER BY project_id, id').all() as { project_id: string; id: string; etag: string }[];
    return rows.map((r) => `${r.project_id}/${r.id}@${r.etag}`);
  } finally {
    connection.close();
  }
}
