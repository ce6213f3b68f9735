import type { Meeting, MeetingWork } from '../domain/meeting';
import {
  closeMeeting as closeInProject,
  completeItem,
  currentMeeting,
  exampleMeetingTime,
  parseMeetingTime,
  planMeeting as planInProject,
  recordCardActivity,
  startMeeting as startInProject,
  type Chair,
  type MeetingChange,
  type MeetingRefusal,
  type MeetingTimeError,
} from '../domain/meetings';
import type { Participant, Project } from '../../project';
import type { Result } from '../../kernel/result';
import { stepOf, type StepNumber } from '../../kernel/steps';
import { changeProject, type Change } from '../../project';
import type { AppDeps } from '../../kernel/deps';
import { openProject, type ProjectRequest, type Refusal } from '../../project';
import { scheduleStepJobs } from './step-jobs';

/** What a meeting use case did, or why nothing changed; `project` is the version decided on. */
export type MeetingOutcome<K extends string, X = object> =
  | ({ readonly kind: K; readonly project: Project; readonly meeting: Meeting; readonly replayed?: boolean } & X)
  | { readonly kind: 'meetingRefused'; readonly reason: MeetingRefusal; readonly project: Project };

export type PlanOutcome =
  | MeetingOutcome<'planned', { readonly movedFrom: string | null }>
  | { readonly kind: 'badTime'; readonly error: MeetingTimeError; readonly example: Date; readonly project: Project };

const chairOf = (me: Participant): Chair => ({ key: me.key, name: me.name });

/**
 * Runs one domain change as the leader and turns its result into an outcome (saved or refused).
 * The same activity delivered again answers with the meeting as it is, `extra` adding what the
 * outcome names besides.
 */
function asLeader<K extends string, X extends object>(
  deps: AppDeps,
  request: ProjectRequest,
  kind: K,
  step: StepNumber,
  change: (project: Project, chair: Chair, now: Date) => Result<MeetingChange & X, MeetingRefusal>,
  extra: (meeting: Meeting) => X,
): Promise<MeetingOutcome<K, X> | Refusal> {
  return changeProject<MeetingOutcome<K, X>>(deps, request, 'leader', (project, me, now): Change<MeetingOutcome<K, X>> => {
    const result = change(project, chairOf(me), now);
    if (!result.ok) return { outcome: { kind: 'meetingRefused', reason: result.error, project } };
    const outcome: MeetingOutcome<K, X> = { ...result.value, kind };
    return { save: result.value.project, outcome };
  }, { replay: (project) => replayed(project, step, kind, extra) });
}

function replayed<K extends string, X extends object>(project: Project, step: StepNumber, kind: K, extra: (meeting: Meeting) => X): MeetingOutcome<K, X> {
  const meeting = currentMeeting(project, step);
  if (!meeting) throw new Error(`a meeting of step ${step} was changed but is gone from ${project.id}`);
  return { ...extra(meeting), kind, project, meeting, replayed: true };
}

/** `overleg stap N op <datum tijd>`: plans or moves the meeting, then its pre-meeting posts. */
export async function planMeeting(
  deps: AppDeps, request: ProjectRequest, step: StepNumber, agenda: readonly string[], typed: string,
): Promise<PlanOutcome | Refusal> {
  const outcome = await changeProject<PlanOutcome>(deps, request, 'leader', (project, me, now) => {
    const at = parseMeetingTime(typed, now);
    if (!at.ok) return { outcome: { kind: 'badTime', error: at.error, example: exampleMeetingTime(stepOf(project.steps, step), now), project } };
    const result = planInProject(project, step, agenda, at.value, chairOf(me), now);
    if (!result.ok) return { outcome: { kind: 'meetingRefused', reason: result.error, project } };
    return { save: result.value.project, outcome: { kind: 'planned', ...result.value } };
  }, { replay: (project) => replayed(project, step, 'planned', () => ({ movedFrom: null })) });
  if (outcome.kind === 'planned' && !outcome.replayed) await scheduleStepJobs(deps, outcome.project, step);
  return outcome;
}

/** `start overleg N`: the meeting runs (planned or not). */
export function startMeeting(deps: AppDeps, request: ProjectRequest, step: StepNumber, agenda: readonly string[]): Promise<MeetingOutcome<'started'> | Refusal> {
  return asLeader<'started', object>(deps, request, 'started', step, (project, chair, now) => startInProject(project, step, agenda, chair, now), () => ({}));
}

/** Remembers which message shows the live card; a failure here only costs the in-place update. */
export async function rememberCardActivity(deps: AppDeps, request: ProjectRequest, step: StepNumber, activityId: string): Promise<void> {
  await changeProject(deps, request, 'leader', (project, _me, now) => {
    const save = recordCardActivity(project, step, activityId, now);
    return save ? { save, outcome: undefined } : { outcome: undefined };
  }, { repeatable: true });
}

/** Card button "Afronden": the item is done with its outcome. */
export function finishAgendaItem(
  deps: AppDeps, request: ProjectRequest, step: StepNumber, item: string, outcome: string,
): Promise<MeetingOutcome<'itemDone', { readonly item: Meeting['items'][number] }> | Refusal> {
  return asLeader(deps, request, 'itemDone', step, (project, chair, now) => completeItem(project, step, item, outcome, chair, now), (meeting) => ({
    item: meeting.items.find((i) => i.key === item) ?? notAnItem(item),
  }));
}

/** `sluit overleg N` or the card button: the meeting is closed and the step done. */
/**
 * `sluit overleg N`: the meeting closes and its record keeps the work done per agenda item, as
 * `workOf` describes it for the project as it is at closing.
 */
export async function closeMeeting(
  deps: AppDeps, request: ProjectRequest, step: StepNumber, workOf: (project: Project, meeting: Meeting) => Promise<MeetingWork>, confirmed = false,
): Promise<MeetingOutcome<'closed'> | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const meeting = currentMeeting(access.project.doc, step);
  const work = meeting ? await workOf(access.project.doc, meeting) : {};
  return asLeader<'closed', object>(deps, request, 'closed', step, (project, chair, now) => closeInProject(project, step, chair, now, work, confirmed), () => ({}));
}

const notAnItem = (item: string): never => {
  throw new Error(`agenda item ${item} was finished but is not on the agenda`);
};

/** `overleg N`: every participant may look; nothing changes. */
export async function showMeeting(
  deps: AppDeps, request: ProjectRequest, step: StepNumber,
): Promise<{ readonly kind: 'meeting'; readonly project: Project; readonly meeting: Meeting | undefined } | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  return { kind: 'meeting', project: access.project.doc, meeting: currentMeeting(access.project.doc, step) };
}
