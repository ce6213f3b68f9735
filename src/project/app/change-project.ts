import type { Participant, Project } from '../domain/project';
import { retryOnStale } from '../../platform/store/retry-on-stale';
import type { AppDeps } from '../../kernel/deps';
import { wasApplied, withAppliedActivity } from '../../kernel/applied-activities';
import { openProject, type Need, type ProjectRequest, type Refusal } from './project-access';

/** What a change decided: the project to save (if anything changed) and what to tell the caller. */
export interface Change<T> {
  readonly save?: Project;
  readonly outcome: T;
}

/** How a change treats an activity delivered again (see kernel/applied-activities). */
export interface ChangeOptions<D, T> {
  /**
   * The answer when the document already holds this activity's change. Without it: what `decide`
   * says on the document as it is now, with nothing saved.
   */
  readonly replay?: (doc: D, me: Participant, now: Date) => T;
  /** Bookkeeping the same activity may write more than once (which message shows a card): never skipped, not remembered. */
  readonly repeatable?: boolean;
}

/**
 * Whether this request's activity is already applied to `doc`, and the document to save with it
 * remembered: the one rule every change of an existing document follows.
 */
export function activityGuard(request: ProjectRequest, options: { readonly repeatable?: boolean }) {
  const activityId = options.repeatable ? undefined : request.activityId;
  return {
    applied: (doc: object): boolean => wasApplied(doc, activityId),
    remembered: <D extends object>(doc: D): D => withAppliedActivity(doc, activityId),
  };
}

const ATTEMPTS = 3;

/**
 * Reads the project, checks access, applies `decide` and saves on the etag it read.
 * When someone saved in between, it starts again from the fresh version: commands are
 * intentions ("add Jan"), so applying them to the newer project is right. The save remembers
 * the activity, so the same activity delivered again changes nothing (`options.replay` answers).
 */
export async function changeProject<T>(
  deps: AppDeps,
  request: ProjectRequest,
  need: Need,
  decide: (project: Project, me: Participant, now: Date) => Change<T>,
  options: ChangeOptions<Project, T> = {},
): Promise<T | Refusal> {
  const guard = activityGuard(request, options);
  return retryOnStale<T | Refusal>(
    ATTEMPTS,
    async () => {
      const access = await openProject(deps, request, need);
      if (access.kind !== 'granted') return access;
      const now = deps.clock();
      if (guard.applied(access.project.doc)) {
        return options.replay ? options.replay(access.project.doc, access.me, now) : decide(access.project.doc, access.me, now).outcome;
      }
      const change = decide(access.project.doc, access.me, now);
      if (change.save) await deps.store.replace(guard.remembered(change.save), access.project.etag);
      return change.outcome;
    },
    () => ({ kind: 'conflict' }),
  );
}
