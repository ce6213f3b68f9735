import type { AppDeps } from '../../../kernel/deps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import { openProject, type Need, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { initialStepWork, STEP_WORK_ID, type ProblemStepWork } from '../domain/step-work';

/** Step 2's state as stored, with the version it was read at (none before its first save). */
export interface StoredStepWork {
  readonly work: ProblemStepWork;
  readonly etag: string | undefined;
}

export async function readStepWork(deps: Pick<AppDeps, 'store'>, project: Project): Promise<StoredStepWork> {
  const stored = await deps.store.read<ProblemStepWork>(project.id, STEP_WORK_ID);
  return stored ? { work: stored.doc, etag: stored.etag } : { work: initialStepWork(project), etag: undefined };
}

/** The leader's extra criteria for step 2 (S2.2). */
export const criteriaFor = async (deps: Pick<AppDeps, 'store'>, project: Project) => (await readStepWork(deps, project)).work.criteria;

export interface StepWorkChange<T> {
  readonly save?: ProblemStepWork;
  readonly outcome: T;
}

const ATTEMPTS = 3;

/**
 * Reads the project (access) and step 2's state, applies `decide` and saves on the version it
 * read; the first save creates the document. A concurrent save means deciding again on fresh data.
 */
export function changeStepWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  decide: (project: Project, work: ProblemStepWork, me: Participant, now: Date) => StepWorkChange<T>,
): Promise<T | Refusal> {
  return retryOnStale<T | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, need);
      if (access.kind !== 'granted') return access;
      const current = await readStepWork(deps, access.project.doc);
      const change = decide(access.project.doc, current.work, access.me, deps.clock());
      if (change.save) await createOrReplace(deps.store, change.save, current.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}

/**
 * Notes that the full list, as `fingerprint` describes it, was posted in the channel. Timed work
 * has no caller to check, so this writes step 2's state directly, on the version it read.
 */
export async function recordListPosted(deps: Pick<AppDeps, 'store'>, project: Project, fingerprint: string, now: Date): Promise<void> {
  await retryOnStale(
    ATTEMPTS,
    async () => {
      const current = await readStepWork(deps, project);
      await createOrReplace(deps.store, { ...current.work, listPosted: { fingerprint, at: now.toISOString() }, updatedAt: now.toISOString() }, current.etag);
    },
    () => undefined,
  );
}
