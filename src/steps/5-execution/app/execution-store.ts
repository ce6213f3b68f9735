import type { AppDeps } from '../../../kernel/deps';
import { stepOf, type StepState } from '../../../kernel/steps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import { openProject, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { EXECUTION_WORK_ID, initialExecutionWork, type ExecutionWork } from '../domain/execution-work';

export async function readExecutionWork(deps: Pick<AppDeps, 'store'>, project: Project): Promise<{ work: ExecutionWork; etag: string | undefined }> {
  const stored = await deps.store.read<ExecutionWork>(project.id, EXECUTION_WORK_ID);
  return stored ? { work: stored.doc, etag: stored.etag } : { work: initialExecutionWork(project), etag: undefined };
}

/** The plan is the leader's from the moment step 5 is opened, and stays changeable after its meeting and during step 6 (S5.4). */
export const executionOpen = (project: Project): boolean => stepOf(project.steps, 5).status !== 'notOpen';

export type StepNotOpen = { readonly kind: 'stepNotOpen'; readonly step: StepState };

const ATTEMPTS = 3;

/**
 * As the leader, while step 5 is opened: reads the project and step 5's state, applies `decide`
 * and saves on the version it read. A concurrent save means deciding again on fresh data.
 */
export function changeExecutionWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  decide: (project: Project, work: ExecutionWork, me: Participant, now: Date) => Promise<{ readonly save?: ExecutionWork; readonly outcome: T }>,
): Promise<T | StepNotOpen | Refusal> {
  return retryOnStale<T | StepNotOpen | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, 'leader');
      if (access.kind !== 'granted') return access;
      const project = access.project.doc;
      if (!executionOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 5) };
      const current = await readExecutionWork(deps, project);
      const change = await decide(project, current.work, access.me, deps.clock());
      if (change.save) await createOrReplace(deps.store, change.save, current.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}

