import type { AppDeps } from '../../kernel/deps';
import { createOrReplace, retryOnStale } from '../../platform/store/retry-on-stale';

const COUNTER_TYPE = 'entryCounter';

/** The last number handed out for one kind of entry in a project. */
interface EntryCounter {
  readonly type: typeof COUNTER_TYPE;
  readonly id: string;
  readonly projectId: string;
  readonly kind: string;
  readonly last: number;
}

/** Many participants may enter at the same moment; each lost race is decided again on the fresh count. */
const ATTEMPTS = 25;

/**
 * The next number for an entry of `kind` (1, 2, 3, …): an entry keeps it for good, so lists and
 * commands can refer to it while other entries change or go. A number is never handed out twice;
 * one whose entry was not stored after all (a double submit) simply stays unused.
 */
export async function nextEntryNumber(deps: Pick<AppDeps, 'store'>, projectId: string, kind: string): Promise<number> {
  const id = `counter-${kind}`;
  return retryOnStale(
    ATTEMPTS,
    async () => {
      const stored = await deps.store.read<EntryCounter>(projectId, id);
      const last = (stored?.doc.last ?? 0) + 1;
      const counter: EntryCounter = { type: COUNTER_TYPE, id, projectId, kind, last };
      await createOrReplace(deps.store, counter, stored?.etag);
      return last;
    },
    () => {
      throw new Error(`could not number a ${kind} entry in ${projectId}: the count kept changing`);
    },
  );
}
