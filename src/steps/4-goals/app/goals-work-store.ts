import type { AppDeps } from '../../../kernel/deps';
import { stepOf, type StepState } from '../../../kernel/steps';
import { changeStepDocument, readStepDocument, type Participant, type Project, type ProjectRequest, type Refusal, type StepDocumentSpec, type StoredStepDocument } from '../../../project';
import { GOALS_WORK_ID, initialGoalsWork, type GoalsStepWork } from '../domain/goals-work';

const GOALS_WORK: StepDocumentSpec<GoalsStepWork> = { id: GOALS_WORK_ID, initial: initialGoalsWork };

export const readGoalsWork = (deps: Pick<AppDeps, 'store'>, project: Project): Promise<StoredStepDocument<GoalsStepWork>> =>
  readStepDocument(deps, project, GOALS_WORK);

/** Step 4's work is the leader's from the moment the step is opened: in the meeting and after it (S4.1). */
export const goalsWorkOpen = (project: Project): boolean => stepOf(project.steps, 4).status !== 'notOpen';

export type StepNotOpen = { readonly kind: 'stepNotOpen'; readonly step: StepState };

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
  return changeStepDocument<GoalsStepWork, T | StepNotOpen>(deps, request, 'leader', GOALS_WORK, (project, work, me, now) =>
    goalsWorkOpen(project) ? decide(project, work, me, now) : { outcome: { kind: 'stepNotOpen', step: stepOf(project.steps, 4) } },
  );
}

