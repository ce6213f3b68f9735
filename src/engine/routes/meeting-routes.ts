import { moduleOf } from '../../steps/step-module';
import { closeMeeting, finishAgendaItem, planMeeting, rememberCardActivity, showMeeting, startMeeting } from '../app/meetings';
import { isRefusal, type Refusal } from '../../project';
import type { Meeting, MeetingWork } from '../domain/meeting';
import { currentMeeting } from '../domain/meetings';
import type { MeetingRefusal } from '../domain/meetings';
import type { Project } from '../../project';
import type { StepNumber } from '../../kernel/steps';
import type { AdaptiveCardJson } from '../../platform/cards/card-renderer';
import {
  badTimeText, closedText, itemDoneSummary, meetingRefusalText, plannedText, readMeetingStep,
} from '../views/meeting-messages.view';
import { agendaOf, type AgendaView } from '../views/agenda.view';
import { toMeetingOutcomeView } from '../views/meeting-outcome.view';
import { MEETING_AGENDA_CARD, MEETING_CLOSE_CONFIRM_CARD, MEETING_OUTCOME_CARD, toCloseConfirmView, toMeetingAgendaView } from '../views/meeting.view';
import { refusalText } from '../../project';
import { card, inChannelLanguage, text, type Reply, type Turn } from '../../platform/turn';
import { channelCardPosts } from '../../platform/outbox';

/**
 * Meetings (G4, T4): the leader plans, starts, works through and closes a meeting; everyone
 * in the project can look. The live agenda card is updated in place for the whole channel.
 */

const agendaFor = (turn: Turn, step: StepNumber): AgendaView => agendaOf(turn.env.steps, step, turn.t);

const context = (turn: Turn) => ({ deps: turn.env.deps, cards: turn.env.cards, t: turn.t });

/** What the step says was done so far in its meeting, per agenda item. */
async function liveWork(turn: Turn, project: Project, meeting: Meeting | undefined): Promise<MeetingWork> {
  if (!meeting) return {};
  if (meeting.status === 'closed') return meeting.work ?? {};
  return (await moduleOf(turn.env.steps, meeting.step)?.meetingWork?.(context(turn), project, meeting)) ?? {};
}

async function agendaCard(turn: Turn, project: Project, step: StepNumber, meeting: Meeting | undefined): Promise<AdaptiveCardJson> {
  const work = await liveWork(turn, project, meeting);
  return turn.env.cards.render(MEETING_AGENDA_CARD, toMeetingAgendaView(turn.t, project, step, meeting, agendaFor(turn, step), work));
}

/**
 * After work in a running meeting (a cluster made, a vote cast), the live agenda card shows it:
 * it is updated in place for the whole channel. Nothing happens outside a running meeting.
 */
export async function refreshMeetingCard(turn: Turn, project: Project, step: StepNumber): Promise<void> {
  const meeting = currentMeeting(project, step);
  if (meeting?.status !== 'running' || !meeting.cardActivityId) return;
  // The agenda card is the channel's: in the project's language, whoever pressed a button in theirs.
  const channel = inChannelLanguage(turn);
  await channel.updateCards([meeting.cardActivityId], await agendaCard(channel, project, step, meeting));
}

/** Closing records the work with the meeting, as the step describes it at that moment. */
const closingWork = (turn: Turn) => (project: Project, meeting: Meeting) => liveWork(turn, project, meeting);
/** The recorded outcome, with the step's own section (step 2: the priority list). */
async function outcomeCard(turn: Turn, project: Project, meeting: Meeting): Promise<AdaptiveCardJson> {
  const { cards, steps } = turn.env;
  const section = await moduleOf(steps, meeting.step)?.outcomeSection?.(context(turn), project, meeting);
  return cards.render(MEETING_OUTCOME_CARD, toMeetingOutcomeView(turn.t, meeting, agendaFor(turn, meeting.step), section));
}

/** Says why nothing happened: an access refusal or a meeting rule. */
function refused(turn: Turn, outcome: Refusal | { reason: MeetingRefusal; project: Project }, step: StepNumber, item?: string): Reply[] {
  if ('reason' in outcome) return [text(meetingRefusalText(turn.t, outcome.reason, outcome.project, step, turn.env.deps.clock(), agendaFor(turn, step), item))];
  return [text(refusalText(turn.t, outcome))];
}

/** `overleg stap N op <datum tijd>`: plans (or moves) the meeting and shows its agenda. */
export async function planMeetingCommand(turn: Turn, typed: number, typedWhen: string): Promise<Reply[]> {
  const { t } = turn;
  const step = readMeetingStep(t, typed, turn.env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const outcome = await planMeeting(turn.env.deps, turn.request(), step.step, agendaFor(turn, step.step).keys, typedWhen);
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(turn, outcome, step.step);
  if (outcome.kind === 'badTime') return [text(badTimeText(t, step.step, outcome.error, outcome.example))];
  turn.env.log.info('meeting planned', { projectId: outcome.project.id, step: step.step, at: outcome.meeting.plannedAt });
  return [text(plannedText(t, outcome.meeting, outcome.movedFrom)), card(await agendaCard(turn, outcome.project, step.step, outcome.meeting))];
}

/** `start overleg N`: posts the live agenda card and remembers it, so ticks update it in place. */
export async function startMeetingCommand(turn: Turn, typed: number): Promise<Reply[]> {
  const step = readMeetingStep(turn.t, typed, turn.env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const request = turn.request();
  const outcome = await startMeeting(turn.env.deps, request, step.step, agendaFor(turn, step.step).keys);
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(turn, outcome, step.step);
  turn.env.log.info('meeting started', { projectId: outcome.project.id, step: step.step });
  // Delivered again: the live card was posted and remembered the first time; the same answer, nothing new.
  if (outcome.replayed) return [text(turn.t.meetings.started(step.step)), card(await agendaCard(turn, outcome.project, step.step, outcome.meeting))];
  await turn.post(text(turn.t.meetings.started(step.step)));
  const posted = await turn.post(card(await agendaCard(turn, outcome.project, step.step, outcome.meeting)));
  if (posted) await rememberCardActivity(turn.env.deps, request, step.step, posted);
  // What the meeting works on (step 2: the typed list), unless the channel already has it as it is now.
  const startCards = (await moduleOf(turn.env.steps, step.step)?.meetingStartCards?.(context(turn), outcome.project)) ?? [];
  await turn.env.post(channelCardPosts(`meeting-start-${outcome.project.id}-${step.step}-${turn.env.deps.newId()}`, outcome.project, startCards));
  return [];
}

/** Items nobody got to: the leader is asked to confirm, with the items named. */
async function confirmCard(turn: Turn, project: Project, step: StepNumber): Promise<AdaptiveCardJson> {
  const meeting = currentMeeting(project, step);
  const work = await liveWork(turn, project, meeting);
  if (!meeting) throw new Error(`no meeting of step ${step} to confirm closing`);
  return turn.env.cards.render(MEETING_CLOSE_CONFIRM_CARD, toCloseConfirmView(turn.t, project.id, meeting, agendaFor(turn, step), work));
}

/** `sluit overleg N` (or `sluit overleg N toch`): closes the meeting; the live card turns into the outcome. */
export async function closeMeetingCommand(turn: Turn, typed: number, confirmed = false): Promise<Reply[]> {
  const step = readMeetingStep(turn.t, typed, turn.env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const outcome = await closeMeeting(turn.env.deps, turn.request(), step.step, closingWork(turn), confirmed);
  if (!isRefusal(outcome) && outcome.kind === 'meetingRefused' && outcome.reason === 'openItems') return [card(await confirmCard(turn, outcome.project, step.step))];
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(turn, outcome, step.step);
  turn.env.log.info('meeting closed', { projectId: outcome.project.id, step: step.step });
  const content = await outcomeCard(turn, outcome.project, outcome.meeting);
  await turn.updateCards([outcome.meeting.cardActivityId], content);
  return [text(closedText(turn.t, outcome.meeting)), card(content)];
}

/** `overleg N`: the agenda (planned), the live card (running) or the recorded outcome (closed). */
export async function showMeetingCommand(turn: Turn, typed: number): Promise<Reply[]> {
  const step = readMeetingStep(turn.t, typed, turn.env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const outcome = await showMeeting(turn.env.deps, turn.request(), step.step);
  if (isRefusal(outcome)) return [text(refusalText(turn.t, outcome))];
  const { project, meeting } = outcome;
  if (meeting?.status === 'closed') return [card(await outcomeCard(turn, project, meeting))];
  const agenda = card(await agendaCard(turn, project, step.step, meeting));
  return meeting ? [agenda] : [text(turn.t.meetings.notPlannedYet(step.step)), agenda];
}

/** Card action `meeting.item`: data { projectId, step, item, outcome? } — mark an agenda item done with its outcome. */
export async function completeAgendaItemAction(
  pressed: Turn,
  data: { projectId: string; step: number; item: string; outcome?: string | undefined },
): Promise<Reply[]> {
  // The live card and the summary are for everyone: the project's language.
  const turn = inChannelLanguage(pressed);
  const step = readMeetingStep(turn.t, data.step, turn.env.deps.clock());
  if (!step.ok) return [text(pressed.t.input.invalidCard)];
  const outcome = await finishAgendaItem(turn.env.deps, turn.request(data.projectId), step.step, data.item, data.outcome ?? '');
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(pressed, outcome, step.step, data.item);
  turn.env.log.info('agenda item finished', { projectId: outcome.project.id, step: step.step, item: data.item });
  const content = await agendaCard(turn, outcome.project, step.step, outcome.meeting);
  await turn.updateCards([turn.sourceCardId, outcome.meeting.cardActivityId], content);
  const summary = text(itemDoneSummary(turn.t, agendaFor(turn, step.step), outcome.item));
  return turn.isExecute ? [card(content), summary] : [summary];
}

/** Card action `meeting.close`: data { projectId, step, confirm? }; with items nobody got to, first the question. */
export async function closeMeetingAction(
  pressed: Turn, data: { projectId: string; step: number; confirm?: boolean | undefined },
): Promise<Reply[]> {
  const turn = inChannelLanguage(pressed);
  const step = readMeetingStep(turn.t, data.step, turn.env.deps.clock());
  if (!step.ok) return [text(pressed.t.input.invalidCard)];
  const outcome = await closeMeeting(turn.env.deps, turn.request(data.projectId), step.step, closingWork(turn), data.confirm === true);
  // The question is for the leader alone: it replaces the card for them, the channel sees nothing yet.
  if (!isRefusal(outcome) && outcome.kind === 'meetingRefused' && outcome.reason === 'openItems') return [card(await confirmCard(pressed, outcome.project, step.step))];
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(pressed, outcome, step.step);
  turn.env.log.info('meeting closed', { projectId: outcome.project.id, step: step.step });
  const content = await outcomeCard(turn, outcome.project, outcome.meeting);
  await turn.updateCards([turn.sourceCardId, outcome.meeting.cardActivityId], content);
  const summary = text(closedText(turn.t, outcome.meeting));
  return turn.isExecute ? [card(content), summary] : [summary];
}

/** Card action `meeting.agenda` ("Terug naar de agenda"): the agenda card again, nothing changes. */
export async function meetingAgendaAction(turn: Turn, data: { projectId: string; step: number }): Promise<Reply[]> {
  const step = readMeetingStep(turn.t, data.step, turn.env.deps.clock());
  if (!step.ok) return [text(turn.t.input.invalidCard)];
  const outcome = await showMeeting(turn.env.deps, turn.request(data.projectId), step.step);
  if (isRefusal(outcome)) return [text(refusalText(turn.t, outcome))];
  const { project, meeting } = outcome;
  return [card(meeting?.status === 'closed' ? await outcomeCard(turn, project, meeting) : await agendaCard(turn, project, step.step, meeting))];
}
