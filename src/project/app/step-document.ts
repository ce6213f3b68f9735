import type { AppDeps } from '../../kernel/deps';
import type { StoredDocument } from '../../platform/store/port';
import { createOrReplace, retryOnStale } from '../../platform/store/retry-on-stale';
import type { Participant, Project } from '../domain/project';
import { openProject, type Need, type ProjectRequest, type Refusal } from './project-access';
import { activityGuard, type ChangeOptions } from './change-project';

/** A step's own state: one document beside the project, in its partition, made on its first save. */
export interface StepDocumentSpec<D extends StoredDocument> {
  readonly id: string;
  /** The state of a project that has no document yet (older projects may carry it on themselves). */
  initial(project: Project): D;
}

/** The step's state as stored, with the version it was read at (none before its first save). */
export interface StoredStepDocument<D> {
  readonly work: D;
  readonly etag: string | undefined;
}

export async function readStepDocument<D extends StoredDocument>(
  deps: Pick<AppDeps, 'store'>,
  project: Project,
  spec: StepDocumentSpec<D>,
): Promise<StoredStepDocument<D>> {
  const stored = await deps.store.read<D>(project.id, spec.id);
  return stored ? { work: stored.doc, etag: stored.etag } : { work: spec.initial(project), etag: undefined };
}

export interface StepDocumentChange<D, T> {
  readonly save?: D;
  readonly outcome: T;
}

const ATTEMPTS = 3;

/** What a step's state is decided on: the project (access checked) and the state itself. */
export interface StepDocumentContext<D> {
  readonly project: Project;
  readonly work: D;
}

/**
 * Reads the project (access) and the step's state, applies `decide` and saves on the version it
 * read; the first save creates the document. A concurrent save means deciding again on fresh data.
 * The save remembers the activity, so the same activity delivered again changes nothing.
 */
export function changeStepDocument<D extends StoredDocument, T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  spec: StepDocumentSpec<D>,
  decide: (project: Project, work: D, me: Participant, now: Date) => StepDocumentChange<D, T> | Promise<StepDocumentChange<D, T>>,
  options: ChangeOptions<StepDocumentContext<D>, T> = {},
): Promise<T | Refusal> {
  const guard = activityGuard(request, options);
  return retryOnStale<T | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, need);
      if (access.kind !== 'granted') return access;
      const current = await readStepDocument(deps, access.project.doc, spec);
      const now = deps.clock();
      if (guard.applied(current.work)) {
        if (options.replay) return options.replay({ project: access.project.doc, work: current.work }, access.me, now);
        return (await decide(access.project.doc, current.work, access.me, now)).outcome;
      }
      const change = await decide(access.project.doc, current.work, access.me, now);
      if (change.save) await createOrReplace(deps.store, guard.remembered(change.save), current.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}
