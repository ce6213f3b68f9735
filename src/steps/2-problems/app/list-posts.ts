import { createHash } from 'node:crypto';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import type { Project } from '../../../project';
import type { ProblemCriterion } from '../domain/criteria';
import { overviewOf, type ProblemOverview } from '../domain/prioritisation';
import type { Problem } from '../domain/problem';
import { readStepWork, recordListPosted } from './step-work';

/** When the full list goes to the channel: the input closed, a day or an hour before the meeting, the meeting starts. */
export type ListOccasion = 'inputClosed' | 'preMeeting' | 'meetingStart';

export interface ListToPost {
  readonly overview: ProblemOverview;
  readonly criteria: readonly ProblemCriterion[];
  /** Still open for input: only the counts go out, nobody's texts (independent input). */
  readonly countsOnly: boolean;
}

/** Which problems, at which version, typed on which criteria: the list as people would read it. */
function fingerprintOf(problems: readonly Problem[], criteria: readonly ProblemCriterion[]): string {
  const lines = [...problems.map((p) => `${p.id}@${p.updatedAt}`).sort(), ...criteria.map((c) => `criterion:${c.id}`)];
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}

/**
 * The typed list for the channel (S2.3, T3), and a note that it was posted. At the start of the
 * meeting it comes only when the channel has not seen it as it is now. While input is still open
 * (a meeting planned soon after the deadline), only the counts go out.
 */
export async function listToPost(deps: Pick<AppDeps, 'store' | 'clock'>, project: Project, occasion: ListOccasion): Promise<ListToPost | undefined> {
  const problems = (await deps.store.listEntries<Problem>(project.id, { kind: 'problem' })).map((e) => e.doc);
  const { work } = await readStepWork(deps, project);
  const countsOnly = stepOf(project.steps, 2).status === 'open';
  const fingerprint = fingerprintOf(problems, work.criteria);
  if (occasion === 'meetingStart' && work.listPosted?.fingerprint === fingerprint) return undefined;
  if (!countsOnly) await recordListPosted(deps, project, fingerprint, deps.clock());
  return { overview: overviewOf(problems), criteria: work.criteria, countsOnly };
}
