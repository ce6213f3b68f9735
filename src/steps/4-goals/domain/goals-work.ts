import type { Assessment, NewParticipants } from './assessment';
import type { MonitoringAgreement } from './monitoring';

export const GOALS_WORK_TYPE = 'stepWork';
export const GOALS_WORK_ID = 'step-4';

/**
 * Step 4's own state beside the project document: the assessment of the current measures per
 * priority problem with the extra measures (S4.2), whether new participants are needed, and the
 * monitoring agreements (S4.3). The goals themselves are entries of their own.
 */
export interface GoalsStepWork {
  readonly type: typeof GOALS_WORK_TYPE;
  readonly id: typeof GOALS_WORK_ID;
  readonly projectId: string;
  readonly assessments: readonly Assessment[];
  readonly newParticipants: NewParticipants | null;
  readonly monitoring: readonly MonitoringAgreement[];
  readonly updatedAt: string;
}

export const initialGoalsWork = (project: { readonly id: string; readonly updatedAt: string }): GoalsStepWork => ({
  type: GOALS_WORK_TYPE,
  id: GOALS_WORK_ID,
  projectId: project.id,
  assessments: [],
  newParticipants: null,
  monitoring: [],
  updatedAt: project.updatedAt,
});
