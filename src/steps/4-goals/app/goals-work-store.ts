import type { AppDeps } from '../../../kernel/deps';
import { stepOf, type StepState } from '../../../kernel/steps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import { openProject, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { GOALS_WORK_ID, initialGoalsWork, type GoalsStepWork } from '../domain/goals-work';

export async function readGoalsWork(deps: Pick<AppDeps, 'store'>, project: Project): Promise<{ work: GoalsStepWork; etag: string | undefined }> {
  const stored = await deps.store.read<GoalsStepWork>(project.id, GOALS_WORK_ID);
  return stored ? { work: stored.doc, etag: stored.etag } : { work: initialGoalsWork(project), etag: undefined };
}

/** Step 4's work is the leader's from the moment the step is opened: in the meeting and after it (S4.1). */
export const goalsWorkOpen = (project: Project): boolean => stepOf(project.steps, 4).status !== 'notOpen';

export type StepNotOpen = { readonly kind: 'stepNotOpen'; readonly step: StepState };

const ATTEMPTS = 3;

/**
 * As the leader, while step 4 is opened: reads the project and step 4's state, applies `decide`
 * and saves on the version it read (the first save creates the document). A concurrent save
 * means deciding again on fresh data.
 */
export function changeGoalsWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  decide: (project: Project, work: GoalsStepWork, me: Participant, now: Date) => { readonly save?: GoalsStepWork; readonly outcome: T },
): Promise<T | StepNotOpen | Refusal> {
  return retryOnStale<T | StepNotOpen | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, 'leader');
      if (access.kind !== 'granted') return access;
      const project = access.project.doc;
      if (!goalsWorkOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 4) };
      const current = await readGoalsWork(deps, project);
      const change = decide(project, current.work, access.me, deps.clock());
      if (change.save) await createOrReplace(deps.store, change.save, current.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}

