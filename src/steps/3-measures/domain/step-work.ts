import type { MeasureCriterion } from './measure';

export const MEASURE_WORK_TYPE = 'stepWork';
export const MEASURE_WORK_ID = 'step-3';

/** Step 3's own state beside the project document: the leader's extra criteria for measures (S3.3). */
export interface MeasureStepWork {
  readonly type: typeof MEASURE_WORK_TYPE;
  readonly id: typeof MEASURE_WORK_ID;
  readonly projectId: string;
  readonly criteria: readonly MeasureCriterion[];
  readonly updatedAt: string;
}

export const initialMeasureWork = (project: { readonly id: string; readonly updatedAt: string }): MeasureStepWork => ({
  type: MEASURE_WORK_TYPE,
  id: MEASURE_WORK_ID,
  projectId: project.id,
  criteria: [],
  updatedAt: project.updatedAt,
});
