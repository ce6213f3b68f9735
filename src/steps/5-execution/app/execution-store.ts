import type { AppDeps } from '../../../kernel/deps';
import { stepOf, type StepState } from '../../../kernel/steps';
import { changeStepDocument, readStepDocument, type Participant, type Project, type ProjectRequest, type Refusal, type StepDocumentSpec, type StoredStepDocument } from '../../../project';
import { EXECUTION_WORK_ID, initialExecutionWork, type ExecutionWork } from '../domain/execution-work';

const EXECUTION_WORK: StepDocumentSpec<ExecutionWork> = { id: EXECUTION_WORK_ID, initial: initialExecutionWork };

export const readExecutionWork = (deps: Pick<AppDeps, 'store'>, project: Project): Promise<StoredStepDocument<ExecutionWork>> =>
  readStepDocument(deps, project, EXECUTION_WORK);

/** The plan is the leader's from the moment step 5 is opened, and stays changeable after its meeting and during step 6 (S5.4). */
export const executionOpen = (project: Project): boolean => stepOf(project.steps, 5).status !== 'notOpen';

export type StepNotOpen = { readonly kind: 'stepNotOpen'; readonly step: StepState };

/**
 * As the leader, while step 5 is opened: reads the project and step 5's state, applies `decide`
 * and saves on the version it read. A concurrent save means deciding again on fresh data.
 */
export function changeExecutionWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  decide: (project: Project, work: ExecutionWork, me: Participant, now: Date) => Promise<{ readonly save?: ExecutionWork; readonly outcome: T }>,
): Promise<T | StepNotOpen | Refusal> {
  return changeStepDocument<ExecutionWork, T | StepNotOpen>(deps, request, 'leader', EXECUTION_WORK, (project, work, me, now) =>
    executionOpen(project) ? decide(project, work, me, now) : { outcome: { kind: 'stepNotOpen', step: stepOf(project.steps, 5) } },
  );
}

