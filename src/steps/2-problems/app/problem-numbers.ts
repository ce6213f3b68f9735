import { legacyLastNumber } from '../../../engine';
import type { AppDeps } from '../../../kernel/deps';
import { AlreadyCountedError, emptyOnceSlots } from '../../../platform/store/port';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import type { Project } from '../../../project';
import { STEP_WORK_ID, type ProblemStepWork } from '../domain/step-work';
import { readStepWork } from './step-work';

const COUNTER = 'problem';
const ATTEMPTS = 3;

/** A new problem's number, with step 2's state as it was when the number was taken. */
export interface NumberedWork {
  readonly kind: 'numbered';
  readonly number: number;
  readonly work: ProblemStepWork;
}

/** The same delivered activity took its number before (a redelivery): no second one is handed out. */
export interface AlreadyNumbered {
  readonly kind: 'alreadyNumbered';
}

/**
 * The next problem number (1, 2, 3, …): counted in step 2's own document on the store's side, so
 * participants entering at the same moment each get their own without a race to lose, and the
 * same answer carries the step's state (the criteria). An entry keeps its number for good; a
 * number whose entry is not stored after all (a double submit) simply stays unused.
 */
export function nextProblemNumber(deps: Pick<AppDeps, 'store'>, project: Project): Promise<NumberedWork>;
export function nextProblemNumber(deps: Pick<AppDeps, 'store'>, project: Project, once: string | undefined): Promise<NumberedWork | AlreadyNumbered>;
export async function nextProblemNumber(deps: Pick<AppDeps, 'store'>, project: Project, once?: string): Promise<NumberedWork | AlreadyNumbered> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let counted;
    try {
      counted = await deps.store.incrementCounter<ProblemStepWork>(project.id, STEP_WORK_ID, COUNTER, once);
    } catch (error) {
      if (error instanceof AlreadyCountedError) return { kind: 'alreadyNumbered' };
      throw error;
    }
    const number = counted?.doc.counters?.[COUNTER];
    if (counted && number !== undefined) return { kind: 'numbered', number, work: counted.doc };
    await startCounting(deps, project);
  }
  throw new Error(`could not number a problem in ${project.id}`);
}

/**
 * The first number in a project: step 2's document gets its counters (and is made, if the leader
 * never saved it), starting after the last number handed out before numbers were counted there.
 */
async function startCounting(deps: Pick<AppDeps, 'store'>, project: Project): Promise<void> {
  await retryOnStale(
    ATTEMPTS,
    async () => {
      const current = await readStepWork(deps, project);
      const slots = emptyOnceSlots();
      if (current.work.counters && Object.keys(slots).every((slot) => slot in current.work)) return;
      const counters = current.work.counters ?? { [COUNTER]: await legacyLastNumber(deps, project.id, COUNTER) };
      // The slots a number asked for once per delivered activity is remembered in (see the store's incrementCounter).
      await createOrReplace(deps.store, { ...slots, ...current.work, counters }, current.etag);
    },
    () => undefined,
  );
}
