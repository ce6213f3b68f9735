import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { closeMeeting, finishAgendaItem, planMeeting, rememberCardActivity, showMeeting, startMeeting } from '../app/meetings';
import { isRefusal, type Refusal } from '../../project/app/project-access';
import type { Meeting } from '../domain/meeting';
import type { MeetingRefusal } from '../domain/meetings';
import type { PersonInfo } from '../../kernel/person';
import type { Project } from '../../project/domain/project';
import type { StepNumber } from '../domain/steps';
import type { AdaptiveCardJson } from '../../platform/cards/card-renderer';
import {
  badTimeText, closedText, itemDoneSummary, meetingRefusalText, plannedText, readMeetingStep,
} from '../views/meeting-messages.view';
import { toMeetingOutcomeView } from '../views/meeting-outcome.view';
import { MEETING_AGENDA_CARD, MEETING_OUTCOME_CARD, toMeetingAgendaView } from '../views/meeting.view';
import type { BotEnv } from '../../platform/teams/bot-env';
import { refusalText } from '../../project/routes/refusals';
import { card, text, type Reply } from '../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../platform/teams/turn-origin';

/**
 * Meetings (G4, T4): the leader plans, starts, works through and closes a meeting; everyone
 * in the project can look. The live agenda card is updated in place for the whole channel.
 */

const agendaCard = (env: BotEnv, origin: TurnOrigin, project: Project, meeting: Meeting): AdaptiveCardJson =>
  env.cards.render(MEETING_AGENDA_CARD, toMeetingAgendaView(origin.t, project, meeting.step, meeting));
const outcomeCard = (env: BotEnv, origin: TurnOrigin, meeting: Meeting): AdaptiveCardJson =>
  env.cards.render(MEETING_OUTCOME_CARD, toMeetingOutcomeView(origin.t, meeting));

/** Says why nothing happened: an access refusal or a meeting rule. */
function refused(env: BotEnv, origin: TurnOrigin, outcome: Refusal | { reason: MeetingRefusal; project: Project }, step: StepNumber, item?: string): Reply[] {
  if ('reason' in outcome) return [text(meetingRefusalText(origin.t, outcome.reason, outcome.project, step, env.deps.clock(), item))];
  return [text(refusalText(origin.t, outcome))];
}

/** Action.Execute answers with the card for the clicker; for Action.Submit the in-place update is enough. */
const isExecute = (context: TurnContext): boolean => context.activity.type === 'invoke';

/**
 * Replaces the card for everyone in the channel: the one clicked and the live card the meeting
 * started with (they differ when someone clicked a copy). The meeting is already saved, so a
 * failure here is only logged.
 */
async function updateInPlace(env: BotEnv, context: TurnContext, ids: readonly (string | null | undefined)[], content: AdaptiveCardJson): Promise<void> {
  for (const activityId of new Set(ids.filter((id): id is string => Boolean(id)))) {
    try {
      await context.updateActivity({ type: 'message', id: activityId, attachments: [CardFactory.adaptiveCard(content)] });
    } catch (error) {
      env.log.warn('meeting card not updated in place', { activityId, error: String(error) });
    }
  }
}

/** `overleg stap N op <datum tijd>`: plans (or moves) the meeting and shows its agenda. */
export async function planMeetingCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, typed: number, typedWhen: string): Promise<Reply[]> {
  const { t } = origin;
  const step = readMeetingStep(t, typed, env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const outcome = await planMeeting(env.deps, projectRequest(origin, caller), step.step, typedWhen);
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(env, origin, outcome, step.step);
  if (outcome.kind === 'badTime') return [text(badTimeText(t, step.step, outcome.error, outcome.example))];
  env.log.info('meeting planned', { projectId: outcome.project.id, step: step.step, at: outcome.meeting.plannedAt });
  return [text(plannedText(t, outcome.meeting, outcome.movedFrom)), card(agendaCard(env, origin, outcome.project, outcome.meeting))];
}

/** `start overleg N`: posts the live agenda card and remembers it, so ticks update it in place. */
export async function startMeetingCommand(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, typed: number): Promise<Reply[]> {
  const step = readMeetingStep(origin.t, typed, env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const request = projectRequest(origin, caller);
  const outcome = await startMeeting(env.deps, request, step.step);
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(env, origin, outcome, step.step);
  env.log.info('meeting started', { projectId: outcome.project.id, step: step.step });
  await context.sendActivity(MessageFactory.text(origin.t.meetings.started(step.step)));
  const posted = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(agendaCard(env, origin, outcome.project, outcome.meeting))));
  if (posted?.id) await rememberCardActivity(env.deps, request, step.step, posted.id);
  return [];
}

/** `sluit overleg N`: closes the meeting; the live card turns into the outcome. */
export async function closeMeetingCommand(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, typed: number): Promise<Reply[]> {
  const step = readMeetingStep(origin.t, typed, env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const outcome = await closeMeeting(env.deps, projectRequest(origin, caller), step.step);
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(env, origin, outcome, step.step);
  env.log.info('meeting closed', { projectId: outcome.project.id, step: step.step });
  const content = outcomeCard(env, origin, outcome.meeting);
  await updateInPlace(env, context, [outcome.meeting.cardActivityId], content);
  return [text(closedText(origin.t, outcome.meeting)), card(content)];
}

/** `overleg N`: the agenda (planned), the live card (running) or the recorded outcome (closed). */
export async function showMeetingCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, typed: number): Promise<Reply[]> {
  const step = readMeetingStep(origin.t, typed, env.deps.clock());
  if (!step.ok) return [text(step.message)];
  const outcome = await showMeeting(env.deps, projectRequest(origin, caller), step.step);
  if (isRefusal(outcome)) return [text(refusalText(origin.t, outcome))];
  const { project, meeting } = outcome;
  if (meeting?.status === 'closed') return [card(outcomeCard(env, origin, meeting))];
  const agenda = card(env.cards.render(MEETING_AGENDA_CARD, toMeetingAgendaView(origin.t, project, step.step, meeting)));
  return meeting ? [agenda] : [text(origin.t.meetings.notPlannedYet(step.step)), agenda];
}

/** Card action `meeting.item`: data { projectId, step, item, outcome? } — mark an agenda item done with its outcome. */
export async function completeAgendaItemAction(
  env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo,
  data: { projectId: string; step: number; item: string; outcome?: string | undefined },
): Promise<Reply[]> {
  const step = readMeetingStep(origin.t, data.step, env.deps.clock());
  if (!step.ok) return [text(origin.t.input.invalidCard)];
  const outcome = await finishAgendaItem(env.deps, projectRequest(origin, caller, data.projectId), step.step, data.item, data.outcome ?? '');
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(env, origin, outcome, step.step, data.item);
  env.log.info('agenda item finished', { projectId: outcome.project.id, step: step.step, item: data.item });
  const content = agendaCard(env, origin, outcome.project, outcome.meeting);
  await updateInPlace(env, context, [context.activity.replyToId, outcome.meeting.cardActivityId], content);
  const summary = text(itemDoneSummary(origin.t, step.step, outcome.item));
  return isExecute(context) ? [card(content), summary] : [summary];
}

/** Card action `meeting.close`: data { projectId, step }. */
export async function closeMeetingAction(
  env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, data: { projectId: string; step: number },
): Promise<Reply[]> {
  const step = readMeetingStep(origin.t, data.step, env.deps.clock());
  if (!step.ok) return [text(origin.t.input.invalidCard)];
  const outcome = await closeMeeting(env.deps, projectRequest(origin, caller, data.projectId), step.step);
  if (isRefusal(outcome) || outcome.kind === 'meetingRefused') return refused(env, origin, outcome, step.step);
  env.log.info('meeting closed', { projectId: outcome.project.id, step: step.step });
  const content = outcomeCard(env, origin, outcome.meeting);
  await updateInPlace(env, context, [context.activity.replyToId, outcome.meeting.cardActivityId], content);
  const summary = text(closedText(origin.t, outcome.meeting));
  return isExecute(context) ? [card(content), summary] : [summary];
}
