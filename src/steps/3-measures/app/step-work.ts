import type { AppDeps } from '../../../kernel/deps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import { openProject, type Need, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import type { MeasureCriterion } from '../domain/measure';
import { initialMeasureWork, MEASURE_WORK_ID, type MeasureStepWork } from '../domain/step-work';

export async function readMeasureWork(deps: Pick<AppDeps, 'store'>, project: Project): Promise<{ work: MeasureStepWork; etag: string | undefined }> {
  const stored = await deps.store.read<MeasureStepWork>(project.id, MEASURE_WORK_ID);
  return stored ? { work: stored.doc, etag: stored.etag } : { work: initialMeasureWork(project), etag: undefined };
}

/** The leader's extra criteria for measures (S3.3). */
export const measureCriteriaFor = async (deps: Pick<AppDeps, 'store'>, project: Project): Promise<readonly MeasureCriterion[]> =>
  (await readMeasureWork(deps, project)).work.criteria;

const ATTEMPTS = 3;

/**
 * Reads the project (access) and step 3's state, applies `decide` and saves on the version it
 * read; the first save creates the document. A concurrent save means deciding again on fresh data.
 */
export function changeMeasureWork<T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  decide: (project: Project, work: MeasureStepWork, me: Participant, now: Date) => { readonly save?: MeasureStepWork; readonly outcome: T },
): Promise<T | Refusal> {
  return retryOnStale<T | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, need);
      if (access.kind !== 'granted') return access;
      const current = await readMeasureWork(deps, access.project.doc);
      const change = decide(access.project.doc, current.work, access.me, deps.clock());
      if (change.save) await createOrReplace(deps.store, change.save, current.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}

