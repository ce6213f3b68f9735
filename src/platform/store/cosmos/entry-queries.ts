import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { ENTRY_TYPE, type EntryCount, type EntryFilter } from '../port.js';

// projectId stays in every filter even with the partition key option: servers such as the
// in-process test double ignore that option and would otherwise search every partition.
const ENTRIES_OF_PROJECT = 'c.projectId = @projectId AND c.type = @type';

const entryParameters = (projectId: string): SqlParameter[] => [
  { name: '@projectId', value: projectId },
  { name: '@type', value: ENTRY_TYPE },
];

/** Whole entries of one kind, and of one author if the filter names one. */
export function entriesQuery(projectId: string, { kind, author }: EntryFilter): SqlQuerySpec {
  const parameters = [...entryParameters(projectId), { name: '@kind', value: kind }];
  if (author === undefined) return { query: `SELECT * FROM c WHERE ${ENTRIES_OF_PROJECT} AND c.kind = @kind`, parameters };
  parameters.push({ name: '@author', value: author });
  return { query: `SELECT * FROM c WHERE ${ENTRIES_OF_PROJECT} AND c.kind = @kind AND c.author = @author`, parameters };
}

export interface KindAndAuthor {
  readonly kind?: unknown;
  readonly author?: unknown;
}

/**
 * Only kind and author of every entry. GROUP BY would count on the server, but the in-process
 * test double cannot run it (nor DISTINCT); two short fields per entry keep the answer small.
 */
export function kindsAndAuthorsQuery(projectId: string): SqlQuerySpec {
  return { query: `SELECT c.kind, c.author FROM c WHERE ${ENTRIES_OF_PROJECT}`, parameters: entryParameters(projectId) };
}

/** Entries whose kind or author is not a string are left out, as the SQLite adapter does. */
export function countByKindAndAuthor(rows: readonly KindAndAuthor[]): EntryCount[] {
  const counts = new Map<string, EntryCount>();
  for (const { kind, author } of rows) {
    if (typeof kind !== 'string' || typeof author !== 'string') continue;
    const key = JSON.stringify([kind, author]);
    counts.set(key, { kind, author, entries: (counts.get(key)?.entries ?? 0) + 1 });
  }
  return [...counts.values()];
}
