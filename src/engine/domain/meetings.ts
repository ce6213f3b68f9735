import { cleanEnteredText } from '../../kernel/text';
/**
 * Meetings (overleggen, G4): plan, start, work through the agenda, close. The meeting lives in
 * the project document, so a step change and its meeting change are saved together; step
 * status changes only through the step machine.
 */
import { addAmsterdamDays, amsterdamParts, amsterdamToUtcForward } from '../../kernel/amsterdam-time';
import { parseDeadlineInput, type DeadlineInputError } from '../../kernel/deadline-input';
import { MAX_OUTCOME_CHARS, notDiscussed, type AgendaItem, type Meeting, type MeetingRound, type MeetingWork } from './meeting';
import { touch, type Project } from '../../project';
import { fail, ok, type Result } from '../../kernel/result';
import { applyStepCommand, type StepRefusal } from '../../kernel/step-machine';
import { stepOf, type StepAction, type StepNumber, type StepState } from '../../kernel/steps';

export type MeetingRefusal =
  | StepRefusal
  | 'stepNotOpen'
  | 'alreadyRunning'
  | 'alreadyHeld'
  | 'noMeeting'
  | 'notStarted'
  | 'notRunning'
  | 'unknownItem'
  | 'openItems'
  | 'itemDone'
  | 'outcomeTooLong';

/** The leader acting; only the leader runs a meeting (the use cases check that first). */
export interface Chair {
  readonly key: string;
  readonly name: string;
}

export interface MeetingChange {
  readonly project: Project;
  readonly meeting: Meeting;
}

export function currentMeeting(project: Project, step: StepNumber): Meeting | undefined {
  // Documents saved before meetings existed have no list yet.
  return (project.meetings ?? []).find((m) => m.step === step);
}

function newMeeting(step: StepNumber, plannedAt: Date, previous: Meeting | undefined, agenda: readonly string[]): Meeting {
  const earlier = previous ? [...(previous.earlier ?? []), roundOf(previous)] : [];
  return {
    step,
    status: 'planned',
    plannedAt: plannedAt.toISOString(),
    items: agenda.map((key) => ({ key, done: false, outcome: '', doneAt: null, doneBy: null, doneByName: null })),
    startedAt: null,
    closedAt: null,
    closedBy: null,
    closedByName: null,
    cardActivityId: null,
    ...(earlier.length > 0 ? { earlier } : {}),
  };
}

function roundOf(meeting: Meeting): MeetingRound {
  const { step: _step, earlier: _earlier, ...round } = meeting;
  return round;
}

function save(project: Project, meeting: Meeting, steps: readonly StepState[], now: Date): MeetingChange {
  const others = (project.meetings ?? []).filter((m) => m.step !== meeting.step);
  const meetings = [...others, meeting].sort((a, b) => a.step - b.step);
  return { project: touch({ ...project, steps, meetings }, now), meeting };
}

/** The step machine's verdict, with its refusals said in meeting terms where that is clearer. */
function moveStep(project: Project, step: StepNumber, action: StepAction, chair: Chair, now: Date, meetingAt?: Date): Result<StepState[], MeetingRefusal> {
  const result = applyStepCommand(project.steps, { action, step, actor: { kind: 'leader', key: chair.key }, now, ...(meetingAt ? { meetingAt } : {}) });
  if (result.ok || result.error !== 'wrongStatus') return result;
  const status = stepOf(project.steps, step).status;
  if (status === 'meeting') return fail('alreadyRunning');
  if (status === 'done') return fail('alreadyHeld');
  if (status === 'notOpen') return fail('stepNotOpen');
  return fail('wrongStatus');
}

/**
 * Plans the meeting, or moves a planned one; a step reopened after its meeting may plan a new round.
 * A new meeting gets the step's proposed agenda (its item keys).
 */
export function planMeeting(project: Project, step: StepNumber, agenda: readonly string[], at: Date, chair: Chair, now: Date): Result<MeetingChange & { movedFrom: string | null }, MeetingRefusal> {
  const current = currentMeeting(project, step);
  if (current?.status === 'running') return fail('alreadyRunning');
  const steps = moveStep(project, step, 'planMeeting', chair, now, at);
  if (!steps.ok) return steps;
  const meeting = current?.status === 'planned' ? { ...current, plannedAt: at.toISOString() } : newMeeting(step, at, current, agenda);
  const movedFrom = current?.status === 'planned' && current.plannedAt !== meeting.plannedAt ? current.plannedAt : null;
  return ok({ ...save(project, meeting, steps.value, now), movedFrom });
}

/** Starts the meeting, planned or not (the group may meet spontaneously); resumes one left running. */
export function startMeeting(project: Project, step: StepNumber, agenda: readonly string[], chair: Chair, now: Date): Result<MeetingChange, MeetingRefusal> {
  const current = currentMeeting(project, step);
  const steps = moveStep(project, step, 'startMeeting', chair, now);
  if (!steps.ok) return steps;
  const base = current && current.status !== 'closed' ? current : newMeeting(step, now, current, agenda);
  const meeting: Meeting = base.status === 'running' ? base : { ...base, status: 'running', startedAt: now.toISOString() };
  return ok(save(project, meeting, steps.value, now));
}

/** Why an agenda can not be worked on now, if it can not. */
function runningCheck(project: Project, meeting: Meeting | undefined): MeetingRefusal | undefined {
  if (!meeting) return 'noMeeting';
  if (meeting.status === 'planned') return 'notStarted';
  if (meeting.status === 'closed') return 'alreadyHeld';
  return stepOf(project.steps, meeting.step).status === 'meeting' ? undefined : 'notRunning';
}

/** Line breaks stay; other control characters go (they would blow up the card's JSON). */
/** Finishes one agenda item with its outcome. Finishing it again (a double click) changes nothing. */
export function completeItem(
  project: Project, step: StepNumber, key: string, outcome: string, chair: Chair, now: Date,
): Result<MeetingChange & { item: AgendaItem }, MeetingRefusal> {
  const current = currentMeeting(project, step);
  const refusal = runningCheck(project, current);
  if (refusal || !current) return fail(refusal ?? 'noMeeting');
  const found = current.items.find((i) => i.key === key);
  if (!found) return fail('unknownItem');
  if (found.done) return fail('itemDone');
  const text = cleanEnteredText(outcome);
  if (text.length > MAX_OUTCOME_CHARS) return fail('outcomeTooLong');
  const item: AgendaItem = { ...found, done: true, outcome: text, doneAt: now.toISOString(), doneBy: chair.key, doneByName: chair.name };
  const meeting: Meeting = { ...current, items: current.items.map((i) => (i.key === key ? item : i)) };
  return ok({ ...save(project, meeting, project.steps, now), item });
}

/**
 * Closes the running meeting; `work` (what was done per agenda item) becomes part of its record.
 * With items nobody got to, only when the leader confirms: the record then says they were not
 * discussed.
 */
export function closeMeeting(
  project: Project, step: StepNumber, chair: Chair, now: Date, work: MeetingWork = {}, confirmed = false,
): Result<MeetingChange, MeetingRefusal> {
  const current = currentMeeting(project, step);
  const refusal = runningCheck(project, current);
  if (refusal || !current) return fail(refusal ?? 'noMeeting');
  if (!confirmed && notDiscussed(current.items, work).length > 0) return fail('openItems');
  const steps = moveStep(project, step, 'finishMeeting', chair, now);
  if (!steps.ok) return steps;
  const recorded = Object.keys(work).length > 0 ? { work } : {};
  const meeting: Meeting = { ...current, status: 'closed', closedAt: now.toISOString(), closedBy: chair.key, closedByName: chair.name, ...recorded };
  return ok(save(project, meeting, steps.value, now));
}

/** Remembers the message that shows the live card; undefined when there is nothing to change. */
export function recordCardActivity(project: Project, step: StepNumber, activityId: string, now: Date): Project | undefined {
  const current = currentMeeting(project, step);
  if (current?.status !== 'running' || current.cardActivityId === activityId) return undefined;
  return save(project, { ...current, cardActivityId: activityId }, project.steps, now).project;
}

export type MeetingTimeError = DeadlineInputError | 'timeRequired';

/** A time at the end ("14:00", "14.00", "14 uur", "9:30 uur"): a meeting needs one, a deadline does not. */
const ENDS_WITH_TIME = /(?:\d{1,2}[:.]\d{2}(?:\s*uur)?|\d{1,2}\s*uur)$/i;

export function parseMeetingTime(text: string, now: Date): Result<Date, MeetingTimeError> {
  const parsed = parseDeadlineInput(text, now);
  if (!parsed.ok) return parsed;
  if (!ENDS_WITH_TIME.test(text.trim())) return fail('timeRequired');
  return ok(parsed.value.instant);
}

/** The same day, or the Monday after when it falls in a weekend: examples name a working day. */
function workingDay(day: Date): Date {
  const p = amsterdamParts(day);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return weekday === 6 ? addAmsterdamDays(day, 2) : weekday === 0 ? addAmsterdamDays(day, 1) : day;
}

/** A moment that would be accepted: a week from now, or the day after the input deadline, at 14:00 on a working day. */
export function exampleMeetingTime(step: StepState | undefined, now: Date): Date {
  const deadline = step?.deadline ? new Date(step.deadline) : undefined;
  const day = deadline && deadline.getTime() > now.getTime() ? addAmsterdamDays(deadline, 1) : addAmsterdamDays(now, 7);
  return amsterdamToUtcForward(amsterdamParts(workingDay(day)), { hour: 14, minute: 0 });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** How a leader types a moment: "15-12-2027 14:00". */
export function typedMoment(instant: Date): string {
  const p = amsterdamParts(instant);
  return `${pad(p.day)}-${pad(p.month)}-${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}
