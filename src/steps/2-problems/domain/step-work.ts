import type { ProblemCriterion } from './criteria';
import { emptyPrioritisation, type Prioritisation } from './priority-work';

export const STEP_WORK_TYPE = 'stepWork';
export const STEP_WORK_ID = 'step-2';

/**
 * Step 2's own state, beside the project document in the project's partition: the leader's
 * extra criteria (S2.2) and the prioritisation meeting's work (S2.4). A burst of votes changes
 * this document, never the project's version.
 */
export interface ProblemStepWork {
  /** The slots of the store's once-per-activity numbering (see incrementCounter). */
  readonly [slot: `once${number}`]: string | undefined;
  readonly type: typeof STEP_WORK_TYPE;
  readonly id: typeof STEP_WORK_ID;
  readonly projectId: string;
  readonly criteria: readonly ProblemCriterion[];
  readonly prioritisation: Prioritisation;
  /**
   * The last problem number handed out, under `problem` (see nextProblemNumber); absent until the
   * first problem is numbered.
   */
  readonly counters?: Readonly<Record<string, number>>;
  /** The full list as last posted in the channel, so it is posted again only when it changed (absent: never). */
  readonly listPosted?: { readonly fingerprint: string; readonly at: string };
  readonly updatedAt: string;
}

/** What projects stored before step 2 had its own document kept on the project itself. */
export interface LegacyProblemFields {
  readonly problemCriteria?: readonly ProblemCriterion[];
  readonly prioritisation?: Prioritisation | null;
}

/** The step's state for a project without a document of its own yet: taken over from the project, or empty. */
export function initialStepWork(project: { readonly id: string; readonly updatedAt: string } & LegacyProblemFields): ProblemStepWork {
  return {
    type: STEP_WORK_TYPE,
    id: STEP_WORK_ID,
    projectId: project.id,
    criteria: project.problemCriteria ?? [],
    prioritisation: project.prioritisation ?? emptyPrioritisation(),
    updatedAt: project.updatedAt,
  };
}
