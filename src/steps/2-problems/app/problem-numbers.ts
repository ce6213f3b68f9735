import { legacyLastNumber } from '../../../engine';
import type { AppDeps } from '../../../kernel/deps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import type { Project } from '../../../project';
import { STEP_WORK_ID, type ProblemStepWork } from '../domain/step-work';
import { readStepWork } from './step-work';

const COUNTER = 'problem';
const ATTEMPTS = 3;

/** A new problem's number, with step 2's state as it was when the number was taken. */
export interface NumberedWork {
  readonly number: number;
  readonly work: ProblemStepWork;
}

/**
 * The next problem number (1, 2, 3, …): counted in step 2's own document on the store's side, so
 * participants entering at the same moment each get their own without a race to lose, and the
 * same answer carries the step's state (the criteria). An entry keeps its number for good; a
 * number whose entry is not stored after all (a double submit) simply stays unused.
 */
export async function nextProblemNumber(deps: Pick<AppDeps, 'store'>, project: Project): Promise<NumberedWork> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const counted = await deps.store.incrementCounter<ProblemStepWork>(project.id, STEP_WORK_ID, COUNTER);
    const number = counted?.doc.counters?.[COUNTER];
    if (counted && number !== undefined) return { number, work: counted.doc };
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
      if (current.work.counters) return;
      const last = await legacyLastNumber(deps, project.id, COUNTER);
      await createOrReplace(deps.store, { ...current.work, counters: { [COUNTER]: last } }, current.etag);
    },
    () => undefined,
  );
}
