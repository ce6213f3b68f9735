import type { AppDeps } from '../../../kernel/deps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import { changeStepDocument, readStepDocument, type ChangeOptions, type StepDocumentContext, type Need, type Participant, type Project, type ProjectRequest, type Refusal, type StepDocumentChange, type StepDocumentSpec, type StoredStepDocument } from '../../../project';
import { initialStepWork, STEP_WORK_ID, type ProblemStepWork } from '../domain/step-work';

const STEP_WORK: StepDocumentSpec<ProblemStepWork> = { id: STEP_WORK_ID, initial: initialStepWork };

export type StoredStepWork = StoredStepDocument<ProblemStepWork>;

export const readStepWork = (deps: Pick<AppDeps, 'store'>, project: Project): Promise<StoredStepWork> => readStepDocument(deps, project, STEP_WORK);

/** The leader's extra criteria for step 2 (S2.2). */
export const criteriaFor = async (deps: Pick<AppDeps, 'store'>, project: Project) => (await readStepWork(deps, project)).work.criteria;

export type StepWorkChange<T> = StepDocumentChange<ProblemStepWork, T>;

const ATTEMPTS = 3;

/** A change of step 2's state on the version it read, with the caller's access checked. */
export function changeStepWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  decide: (project: Project, work: ProblemStepWork, me: Participant, now: Date) => StepWorkChange<T>,
  options: ChangeOptions<StepDocumentContext<ProblemStepWork>, T> = {},
): Promise<T | Refusal> {
  return changeStepDocument(deps, request, need, STEP_WORK, decide, options);
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
