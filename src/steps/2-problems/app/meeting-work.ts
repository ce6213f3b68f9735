import type { AppDeps } from '../../../kernel/deps';
import type { Project } from '../../../project';
import { problemOverview } from './problem-list';
import { readStepWork } from './step-work';
import type { Prioritisation } from '../domain/priority-work';
import type { Problem } from '../domain/problem';

/** What the step 2 meeting has done so far, with the problems it is about. */
export async function meetingWorkOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<{ work: Prioritisation; problems: readonly Problem[] }> {
  const { work } = await readStepWork(deps, project);
  return { work: work.prioritisation, problems: (await problemOverview(deps, project)).ordered };
}
