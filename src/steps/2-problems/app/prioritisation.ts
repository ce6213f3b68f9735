import { inPrioritisationMeeting, withPriorityRecord } from '../domain/priority-outcome';
import { castVote, closeRound, endorse, fixList, fixListFromVotes, openRound, splitList, withdrawVote } from '../domain/priority-votes';
import {
  addCause, clusterProblems, parseCauseSpec, parseClusterSpec, recordDoei, resolveCluster,
  type Cluster, type Doei, type Prioritisation, type PriorityRefusal, type PriorityResult,
} from '../domain/priority-work';
import type { Problem } from '../domain/problem';
import type { Participant, Project } from '../../../project';
import { ok } from '../../../kernel/result';
import { changeProject } from '../../../project';
import type { AppDeps } from '../../../kernel/deps';
import { problemOverview } from './problem-list';
import { changeStepWork, readStepWork } from './step-work';
import { isRefusal, openProject, type Need, type ProjectRequest, type Refusal } from '../../../project';

/** What a prioritisation use case did (the project as saved), or why nothing changed. */
export type WorkOutcome<X = object> =
  | ({
      readonly kind: 'done'; readonly project: Project; readonly work: Prioritisation; readonly problems: readonly Problem[]; readonly me: string;
      /** The same activity delivered again: its change was made before, nothing was done now. */
      readonly replayed?: boolean;
    } & X)
  | { readonly kind: 'refused'; readonly refusal: PriorityRefusal; readonly project: Project };

interface Context {
  readonly me: Participant;
  readonly now: Date;
  /** Every problem, in the list's order; people refer to them by their own numbers. */
  readonly problems: readonly Problem[];
}

/**
 * The answer to an activity delivered again when deciding once more on the stored work refuses:
 * that refusal (changes whose answer names what they made), or done as the first time (changes
 * whose answer is the work itself: a vote, an endorsement, the round, the list).
 */
type RepeatedAnswer = 'asDecided' | 'done';

type Decide<X> = (work: Prioritisation, context: Context) => PriorityResult<{ readonly work: Prioritisation } & X>;

/** Only the meeting-bound work is refused outside the step 2 meeting; the list stays endorsable. */
interface Rules {
  readonly need: Need;
  readonly meetingOnly: boolean;
}

async function orderedProblems(deps: AppDeps, request: ProjectRequest): Promise<readonly Problem[]> {
  const access = await openProject(deps, request, 'participant');
  return access.kind === 'granted' ? (await problemOverview(deps, access.project.doc)).ordered : [];
}

/**
 * One conditional write of step 2's state; a concurrent change means deciding again on the fresh
 * version. When the agreed list changed, the meeting's record in the project follows.
 */
async function changeWork<X extends object>(
  deps: AppDeps, request: ProjectRequest, rules: Rules, decide: Decide<X>, repeated: RepeatedAnswer = 'asDecided',
): Promise<WorkOutcome<X> | Refusal> {
  const problems = await orderedProblems(deps, request);
  const outcome = await changeStepWork<WorkOutcome<X>>(deps, request, rules.need, (project, stepWork, me, now) => {
    if (rules.meetingOnly && !inPrioritisationMeeting(project)) return { outcome: { kind: 'refused', refusal: { code: 'notInMeeting' }, project } };
    const result = decide(stepWork.prioritisation, { me, now, problems });
    if (!result.ok) return { outcome: { kind: 'refused', refusal: result.error, project } };
    const save = { ...stepWork, prioritisation: result.value.work, updatedAt: now.toISOString() };
    return { save, outcome: { ...result.value, kind: 'done', project, problems, me: me.key } as WorkOutcome<X> };
  }, {
    // The same activity again: the work as stored (one vote, not two), with what the change would name.
    replay: ({ project, work }, me, now) => {
      const result = decide(work.prioritisation, { me, now, problems });
      if (!result.ok && repeated === 'asDecided') return { kind: 'refused', refusal: result.error, project };
      // Decided again on the stored work, a vote or endorsement may refuse ("already endorsed"): it is done all the same.
      const named = result.ok ? result.value : {};
      return { ...named, kind: 'done', project, problems, me: me.key, work: work.prioritisation, replayed: true } as WorkOutcome<X>;
    },
  });
  if (isRefusal(outcome) || outcome.kind !== 'done') return outcome;
  const recorded = await changeProject(deps, request, 'participant', (project, _me, now) => {
    const save = withPriorityRecord(project, outcome.work, now);
    return save ? { save, outcome: save } : { outcome: project };
  }, { repeatable: true });
  return 'type' in recorded ? { ...outcome, project: recorded } : outcome;
}

/** Looks without changing anything; `meetingOnly` as for the changes. */
export async function readWork(deps: AppDeps, request: ProjectRequest, rules: Rules): Promise<WorkOutcome | Refusal> {
  const access = await openProject(deps, request, rules.need);
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (rules.meetingOnly && !inPrioritisationMeeting(project)) return { kind: 'refused', refusal: { code: 'notInMeeting' }, project };
  const { work } = await readStepWork(deps, project);
  return { kind: 'done', project, work: work.prioritisation, problems: (await problemOverview(deps, project)).ordered, me: access.me.key };
}

const LEADER_IN_MEETING: Rules = { need: 'leader', meetingOnly: true };

/** `cluster <naam>: 1, 4, 7`. */
export const clusterCommand = (deps: AppDeps, request: ProjectRequest, spec: string) =>
  changeWork<{ cluster: Cluster; added: number }>(deps, request, LEADER_IN_MEETING, (work, { problems }) => {
    const parsed = parseClusterSpec(spec);
    if (!parsed.ok) return parsed;
    return clusterProblems(work, parsed.value.name, parsed.value.numbers, problems);
  });

/** The cluster card: a name and the problems ticked on it. */
export const clusterFromCard = (deps: AppDeps, request: ProjectRequest, name: string, numbers: readonly number[]) =>
  changeWork<{ cluster: Cluster; added: number }>(deps, request, LEADER_IN_MEETING, (work, { problems }) => {
    const parsed = parseClusterSpec(`${name}: ${numbers.join(', ')}`);
    if (!parsed.ok) return parsed;
    return clusterProblems(work, parsed.value.name, parsed.value.numbers, problems);
  });

/** `oorzaak <A> -> <B>`. */
export const causeCommand = (deps: AppDeps, request: ProjectRequest, spec: string) =>
  changeWork<{ cause: Cluster; effect: Cluster }>(deps, request, LEADER_IN_MEETING, (work) => {
    const parsed = parseCauseSpec(spec);
    return parsed.ok ? addCause(work, parsed.value.cause, parsed.value.effect) : parsed;
  });

/** `doei <cluster>`: which cluster the form is for. */
export async function doeiTarget(deps: AppDeps, request: ProjectRequest, typed: string): Promise<WorkOutcome<{ cluster: Cluster }> | Refusal> {
  const read = await readWork(deps, request, LEADER_IN_MEETING);
  if (read.kind !== 'done') return read;
  const cluster = resolveCluster(read.work, typed);
  return cluster.ok ? { ...read, cluster: cluster.value } : { kind: 'refused', refusal: cluster.error, project: read.project };
}

export const saveDoei = (deps: AppDeps, request: ProjectRequest, clusterId: string, input: Partial<Doei>) =>
  changeWork<{ cluster: Cluster }>(deps, request, LEADER_IN_MEETING, (work) => recordDoei(work, clusterId, input));

export const openVoting = (deps: AppDeps, request: ProjectRequest, typedVotes: string) =>
  changeWork(deps, request, LEADER_IN_MEETING, (work, { now, problems }) => wrap(openRound(work, typedVotes, problems, now)), 'done');

export const closeVoting = (deps: AppDeps, request: ProjectRequest) =>
  changeWork(deps, request, LEADER_IN_MEETING, (work, { now }) => wrap(closeRound(work, now)), 'done');

/** Card button "+1" on a cluster or a problem in none: every participant, the leader too. */
export const vote = (deps: AppDeps, request: ProjectRequest, target: string) =>
  changeWork(deps, request, { need: 'participant', meetingOnly: true }, (work, { me, now }) => wrap(castVote(work, me, target, now)), 'done');

/** Card button "−1": one's own vote back, while the round is open. */
export const unvote = (deps: AppDeps, request: ProjectRequest, target: string) =>
  changeWork(deps, request, { need: 'participant', meetingOnly: true }, (work, { me }) => wrap(withdrawVote(work, me, target)), 'done');

/** `prioriteitenlijst A, p7, …`. */
export const fixPriorityList = (deps: AppDeps, request: ProjectRequest, typed: string) =>
  changeWork(deps, request, LEADER_IN_MEETING, (work, { me, now, problems }) => wrap(fixList(work, splitList(typed), problems, me, now)), 'done');

/** Card button on the closed round: the list in the order of the votes. */
export const fixPriorityListFromVotes = (deps: AppDeps, request: ProjectRequest) =>
  changeWork(deps, request, LEADER_IN_MEETING, (work, { me, now, problems }) => wrap(fixListFromVotes(work, problems, me, now)), 'done');

/** "Ik onderschrijf deze prioriteitenlijst": also after the meeting. */
export const endorseList = (deps: AppDeps, request: ProjectRequest) =>
  changeWork(deps, request, { need: 'participant', meetingOnly: false }, (work, { me, now }) => wrap(endorse(work, me, now)), 'done');

/** `prioriteitenlijst` on its own: every participant, any time after it is fixed. */
export async function showPriorityList(deps: AppDeps, request: ProjectRequest): Promise<WorkOutcome | Refusal> {
  const read = await readWork(deps, request, { need: 'participant', meetingOnly: false });
  if (read.kind === 'done' && !read.work.list) return { kind: 'refused', refusal: { code: 'noList' }, project: read.project };
  return read;
}

/** Remembers which message shows a live card; failing here only costs the in-place update. */
export async function rememberPriorityCard(deps: AppDeps, request: ProjectRequest, which: 'round' | 'list', activityId: string): Promise<void> {
  await changeStepWork(deps, request, 'participant', (_project, stepWork, _me, now) => {
    const work = stepWork.prioritisation;
    const target = which === 'round' ? work.round : work.list;
    if (!target || target.cardActivityId === activityId) return { outcome: undefined };
    const next: Prioritisation = which === 'round' && work.round
      ? { ...work, round: { ...work.round, cardActivityId: activityId } }
      : work.list ? { ...work, list: { ...work.list, cardActivityId: activityId } } : work;
    return { save: { ...stepWork, prioritisation: next, updatedAt: now.toISOString() }, outcome: undefined };
  }, { repeatable: true });
}

const wrap = (result: PriorityResult): PriorityResult<{ work: Prioritisation }> => (result.ok ? ok({ work: result.value }) : result);

