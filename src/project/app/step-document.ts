import type { AppDeps } from '../../kernel/deps';
import type { StoredDocument } from '../../platform/store/port';
import { createOrReplace, retryOnStale } from '../../platform/store/retry-on-stale';
import type { Participant, Project } from '../domain/project';
import { openProject, type Need, type ProjectRequest, type Refusal } from './project-access';

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

/**
 * Reads the project (access) and the step's state, applies `decide` and saves on the version it
 * read; the first save creates the document. A concurrent save means deciding again on fresh data.
 */
export function changeStepDocument<D extends StoredDocument, T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  spec: StepDocumentSpec<D>,
  decide: (project: Project, work: D, me: Participant, now: Date) => StepDocumentChange<D, T> | Promise<StepDocumentChange<D, T>>,
): Promise<T | Refusal> {
  return retryOnStale<T | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, need);
      if (access.kind !== 'granted') return access;
      const current = await readStepDocument(deps, access.project.doc, spec);
      const change = await decide(access.project.doc, current.work, access.me, deps.clock());
      if (change.save) await createOrReplace(deps.store, change.save, current.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}
