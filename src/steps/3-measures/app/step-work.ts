import type { AppDeps } from '../../../kernel/deps';
import { changeStepDocument, readStepDocument, type Need, type Participant, type Project, type ProjectRequest, type Refusal, type StepDocumentSpec, type StoredStepDocument } from '../../../project';
import type { MeasureCriterion } from '../domain/measure';
import { initialMeasureWork, MEASURE_WORK_ID, type MeasureStepWork } from '../domain/step-work';

const MEASURE_WORK: StepDocumentSpec<MeasureStepWork> = { id: MEASURE_WORK_ID, initial: initialMeasureWork };

export const readMeasureWork = (deps: Pick<AppDeps, 'store'>, project: Project): Promise<StoredStepDocument<MeasureStepWork>> =>
  readStepDocument(deps, project, MEASURE_WORK);

/** The leader's extra criteria for measures (S3.3). */
export const measureCriteriaFor = async (deps: Pick<AppDeps, 'store'>, project: Project): Promise<readonly MeasureCriterion[]> =>
  (await readMeasureWork(deps, project)).work.criteria;

/** A change of step 3's state on the version it read, with the caller's access checked. */
export function changeMeasureWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  decide: (project: Project, work: MeasureStepWork, me: Participant, now: Date) => { readonly save?: MeasureStepWork; readonly outcome: T },
): Promise<T | Refusal> {
  return changeStepDocument(deps, request, need, MEASURE_WORK, decide);
}

