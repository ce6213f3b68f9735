import { isDiscussed, MAX_OUTCOME_CHARS, type AgendaItem, type Meeting } from '../domain/meeting';
import { currentMeeting, exampleMeetingTime, typedMoment, type MeetingRefusal, type MeetingTimeError } from '../domain/meetings';
import { leaderOf, type Project } from '../../project';
import { hasMeeting, isStepNumber, stepOf, type StepNumber } from '../../kernel/steps';
import { formatMoment, type Catalog } from '../../i18n';
import type { AgendaView } from './agenda.view';
import { itemWhen } from './meeting.view';

/* The lines the bot says about meetings: confirmations, summaries and every refusal. */

/** A typed step number that has a meeting, or the line saying why not. */
export function readMeetingStep(t: Catalog, typed: number, now: Date): { ok: true; step: StepNumber } | { ok: false; message: string } {
  const r = t.meetings.refusals;
  if (Number.isNaN(typed)) return { ok: false, message: r.noStepNumber(typedMoment(exampleMeetingTime(undefined, now))) };
  if (!isStepNumber(typed)) return { ok: false, message: r.unknownStep(String(typed)) };
  if (!hasMeeting(typed)) return { ok: false, message: r.noMeetingInStep(typed) };
  return { ok: true, step: typed };
}

export function badTimeText(t: Catalog, step: StepNumber, error: MeetingTimeError, example: Date): string {
  const r = t.meetings.refusals;
  const typed = typedMoment(example);
  switch (error) {
    case 'unreadable':
      return r.unreadable(step, typed);
    case 'timeRequired':
      return r.timeRequired(step, typed);
    case 'inPast':
      return r.inPast(typed);
    case 'nonexistentTime':
      return r.nonexistentTime;
    case 'tooFar':
      return r.tooFar(typed);
  }
}

export function meetingRefusalText(
  t: Catalog, reason: MeetingRefusal, project: Project, step: StepNumber, now: Date, agenda: AgendaView, itemKey?: string,
): string {
  const r = t.meetings.refusals;
  const state = stepOf(project.steps, step);
  switch (reason) {
    case 'meetingInPast':
      return r.inPast(typedMoment(exampleMeetingTime(state, now)));
    case 'meetingBeforeDeadline':
      return r.beforeDeadline(step, state.deadline ? formatMoment(t, state.deadline) : '', typedMoment(exampleMeetingTime(state, now)));
    case 'noMeetingInStep':
      return r.noMeetingInStep(step);
    case 'notLeader':
      return t.access.notLeader(leaderOf(project).name);
    case 'stepNotOpen':
    case 'alreadyRunning':
    case 'alreadyHeld':
    case 'noMeeting':
    case 'notStarted':
    case 'notRunning':
      return r[reason](step);
    case 'unknownItem':
      return r.unknownItem;
    case 'outcomeTooLong':
      return r.outcomeTooLong(MAX_OUTCOME_CHARS);
    case 'itemDone':
      return itemDoneText(t, agenda, currentMeeting(project, step), itemKey ?? '');
    default:
      return r.wrongStatus(step, t.steps.statuses[state.status]);
  }
}

function itemDoneText(t: Catalog, agenda: AgendaView, meeting: Meeting | undefined, key: string): string {
  const item = meeting?.items.find((i) => i.key === key);
  const at = item?.doneAt ? itemWhen(t, item.doneAt, meeting?.startedAt ?? null) : '';
  return t.meetings.refusals.itemAlreadyDone(agenda.title(key), item?.doneByName ?? '', at);
}

/** The channel post for a finished item (T4). */
export function itemDoneSummary(t: Catalog, agenda: AgendaView, item: AgendaItem): string {
  const m = t.meetings;
  const title = agenda.title(item.key);
  return item.outcome ? m.itemDone(title, item.outcome) : m.itemDoneNoOutcome(title);
}

export function plannedText(t: Catalog, meeting: Meeting, movedFrom: string | null): string {
  const m = t.meetings;
  return movedFrom ? m.moved(meeting.step, formatMoment(t, movedFrom), formatMoment(t, meeting.plannedAt)) : m.planned(meeting.step, formatMoment(t, meeting.plannedAt));
}

export function closedText(t: Catalog, meeting: Meeting): string {
  const discussed = meeting.items.filter((i) => isDiscussed(i, meeting.work ?? {})).length;
  return t.meetings.closed(meeting.step, discussed, meeting.items.length);
}
