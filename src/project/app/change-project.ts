import type { Participant, Project } from '../domain/project';
import { retryOnStale } from '../../platform/store/retry-on-stale';
import type { AppDeps } from '../../kernel/deps';
import { openProject, type Need, type ProjectRequest, type Refusal } from './project-access';

/** What a change decided: the project to save (if anything changed) and what to tell the caller. */
export interface Change<T> {
  readonly save?: Project;
  readonly outcome: T;
}

const ATTEMPTS = 3;

/**
 * Reads the project, checks access, applies `decide` and saves on the etag it read.
 * When someone saved in between, it starts again from the fresh version: commands are
 * intentions ("add Jan"), so applying them to the newer project is right.
 */
export async function changeProject<T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  decide: (project: Project, me: Participant, now: Date) => Change<T>,
): Promise<T | Refusal> {
  return retryOnStale<T | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, need);
      if (access.kind !== 'granted') return access;
      const change = decide(access.project.doc, access.me, deps.clock());
      if (change.save) await deps.store.replace(change.save, access.project.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}
