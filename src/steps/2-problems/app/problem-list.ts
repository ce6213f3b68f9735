import { overviewOf, type ProblemOverview } from '../domain/prioritisation';
import type { Problem } from '../domain/problem';
import type { Project } from '../../../project';
import { stepOf } from '../../../kernel/steps';
import type { AppDeps } from '../../../kernel/deps';
import { openProject, type ProjectRequest, type Refusal } from '../../../project';

/** All problems of the project, typed and ordered, with counts and the risk matrix (S2.3, T3). */
export async function problemOverview(deps: Pick<AppDeps, 'store'>, project: Project): Promise<ProblemOverview> {
  const problems = await deps.store.listEntries<Problem>(project.id, { kind: 'problem' });
  return overviewOf(problems.map((e) => e.doc));
}

export interface ProblemListOutcome {
  readonly kind: 'list';
  readonly project: Project;
  readonly overview: ProblemOverview;
  readonly isLeader: boolean;
  /**
   * Input still open: everyone gives their own view first (independent input), so the channel sees
   * only the counts; the leader may look at everything on a card only they see.
   */
  readonly inputOpen: boolean;
}

export async function problemList(deps: AppDeps, request: ProjectRequest): Promise<ProblemListOutcome | { readonly kind: 'notOpen' } | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const status = stepOf(project.steps, 2).status;
  if (status === 'notOpen') return { kind: 'notOpen' };
  return { kind: 'list', project, overview: await problemOverview(deps, project), isLeader: access.me.role === 'leader', inputOpen: status === 'open' };
}
