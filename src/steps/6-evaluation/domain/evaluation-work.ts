/** One row of the evaluation table (S6.3): per goal reached or not and how measured, satisfied or not and why. */
export interface GoalEvaluation {
  readonly goalId: string;
  readonly reached: boolean;
  readonly measuredHow: string;
  readonly satisfied: boolean;
  readonly why: string;
  readonly savedBy: string;
  readonly savedAt: string;
}

export const EVALUATION_WORK_ID = 'step-6';

/** Step 6's own state: the evaluation table and the follow-up cycle started from it. */
export interface EvaluationWork {
  readonly type: 'stepWork';
  readonly id: typeof EVALUATION_WORK_ID;
  readonly projectId: string;
  readonly evaluations: readonly GoalEvaluation[];
  /** The project of the new cycle, once started: one per finished cycle. */
  readonly followUp: { readonly projectId: string; readonly startedAt: string; readonly startedBy: string } | null;
  readonly updatedAt: string;
}

export const initialEvaluationWork = (project: { readonly id: string; readonly updatedAt: string }): EvaluationWork => ({
  type: 'stepWork', id: EVALUATION_WORK_ID, projectId: project.id, evaluations: [], followUp: null, updatedAt: project.updatedAt,
});

/** "ja"/"bereikt" → true, "nee"/"niet bereikt" → false, else undefined. */
export function readYesNo(text: string, yes: readonly string[], no: readonly string[]): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (no.includes(value)) return false;
  if (yes.includes(value)) return true;
  return undefined;
}
