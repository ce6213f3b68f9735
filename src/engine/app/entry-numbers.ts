import type { AppDeps } from '../../kernel/deps';

/** Where a project's entries of one kind were numbered before the steps counted in their own documents. */
interface EntryCounter {
  readonly type: 'entryCounter';
  readonly id: string;
  readonly projectId: string;
  readonly kind: string;
  readonly last: number;
}

/**
 * The last number handed out for entries of `kind` by the counter document projects had before
 * (0 when there is none), so counting on elsewhere never hands out a number twice.
 */
export async function legacyLastNumber(deps: Pick<AppDeps, 'store'>, projectId: string, kind: string): Promise<number> {
  const stored = await deps.store.read<EntryCounter>(projectId, `counter-${kind}`);
  return stored?.doc.last ?? 0;
}
