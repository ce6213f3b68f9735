import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  causeCommand, closeVoting, clusterCommand, doeiTarget, endorseList, fixPriorityList, openVoting, readWork,
  rememberPriorityCard, saveDoei, showPriorityList, vote, type WorkOutcome,
} from '../app/prioritisation';
import { isRefusal, type Refusal } from '../../../project/app/project-access';
import type { PersonInfo } from '../../../kernel/person';
import type { Doei } from '../domain/priority-work';
import type { AdaptiveCardJson } from '../../../platform/cards/card-renderer';
import {
  CLUSTER_DOEI_CARD, CLUSTER_OVERVIEW_CARD, priorityRefusalText, toClusterOverviewView, toDoeiFormView,
} from '../views/prioritisation.view';
import { PRIORITY_LIST_CARD, toPriorityListView, toVoteRoundView, VOTE_ROUND_CARD } from '../views/prioritisation-vote.view';
import type { BotEnv } from '../../../platform/teams/bot-env';
import { refusalText } from '../../../project/routes/refusals';
import { card, text, type Reply } from '../../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../../platform/teams/turn-origin';

/**
 * The step 2 prioritisation meeting (S2.4, S2.5): the leader clusters, links causes, records
 * DOEI notes and runs a voting round; the voting card and the priority list card are one card
 * each for the whole channel, updated in place.
 */

type Done<X> = Extract<WorkOutcome<X>, { kind: 'done' }>;

/** The refusal line, or undefined when the work was done. */
function refusedLine<X>(origin: TurnOrigin, outcome: WorkOutcome<X> | Refusal): string | undefined {
  if (isRefusal(outcome)) return refusalText(origin.t, outcome);
  if (outcome.kind === 'refused') return priorityRefusalText(origin.t, outcome.refusal);
  return undefined;
}
const isDone = <X>(outcome: WorkOutcome<X> | Refusal): outcome is Done<X> => !isRefusal(outcome) && outcome.kind === 'done';

const overview = (env: BotEnv, origin: TurnOrigin, done: Done<object>): AdaptiveCardJson =>
  env.cards.render(CLUSTER_OVERVIEW_CARD, toClusterOverviewView(origin.t, done.work, done.problems));
const voteCard = (env: BotEnv, origin: TurnOrigin, done: Done<object>): AdaptiveCardJson =>
  env.cards.render(VOTE_ROUND_CARD, toVoteRoundView(origin.t, done.project, done.work));
const listCard = (env: BotEnv, origin: TurnOrigin, done: Done<object>): AdaptiveCardJson =>
  env.cards.render(PRIORITY_LIST_CARD, toPriorityListView(origin.t, done.project, done.work));

const isExecute = (context: TurnContext): boolean => context.activity.type === 'invoke';

/** The work is saved already, so a failed update only costs the live view; it is logged. */
async function updateInPlace(env: BotEnv, context: TurnContext, ids: readonly (string | null | undefined)[], content: AdaptiveCardJson): Promise<void> {
  for (const id of new Set(ids.filter((x): x is string => Boolean(x)))) {
    try {
      await context.updateActivity({ type: 'message', id, attachments: [CardFactory.adaptiveCard(content)] });
    } catch (error) {
      env.log.warn('prioritisation card not updated in place', { activityId: id, error: String(error) });
    }
  }
}

/** Posts a live card now (not at the end of the turn) to learn its id, and remembers it. */
async function postLive(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, which: 'round' | 'list', content: AdaptiveCardJson): Promise<void> {
  const posted = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(content)));
  if (posted?.id) await rememberPriorityCard(env.deps, projectRequest(origin, caller), which, posted.id);
}

/** `cluster <naam>: 1, 4, 7`. */
export async function clusterRoute(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, spec: string): Promise<Reply[]> {
  const outcome = await clusterCommand(env.deps, projectRequest(origin, caller), spec);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  const { cluster, added } = outcome;
  return [text(origin.t.prioritisation.clustered(cluster.name, cluster.number, added, cluster.problemIds.length)), card(overview(env, origin, outcome))];
}

/** `clusters`: every participant may look, also after the meeting. */
export async function clustersRoute(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const outcome = await readWork(env.deps, projectRequest(origin, caller), { need: 'participant', meetingOnly: false });
  return isDone(outcome) ? [card(overview(env, origin, outcome))] : [text(refusedLine(origin, outcome) ?? '')];
}

/** `oorzaak <A> -> <B>`. */
export async function causeRoute(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, spec: string): Promise<Reply[]> {
  const outcome = await causeCommand(env.deps, projectRequest(origin, caller), spec);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  return [text(origin.t.prioritisation.causeAdded(outcome.cause.name, outcome.effect.name)), card(overview(env, origin, outcome))];
}

/** `doei <cluster>`: the form with what was saved before. */
export async function doeiRoute(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, typed: string): Promise<Reply[]> {
  const outcome = await doeiTarget(env.deps, projectRequest(origin, caller), typed);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  return [card(env.cards.render(CLUSTER_DOEI_CARD, toDoeiFormView(origin.t, outcome.project.id, outcome.cluster)))];
}

/** `stemronde [n]`: posts the one voting card for everyone. */
export async function openVoteRoute(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, votes: string): Promise<Reply[]> {
  const outcome = await openVoting(env.deps, projectRequest(origin, caller), votes);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  await context.sendActivity(MessageFactory.text(origin.t.prioritisation.voteOpened(outcome.work.round?.allowance ?? 0)));
  await postLive(env, context, origin, caller, 'round', voteCard(env, origin, outcome));
  return [];
}

/** `sluit stemronde`: the live card loses its buttons and keeps the tallies. */
export async function closeVoteRoute(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const outcome = await closeVoting(env.deps, projectRequest(origin, caller));
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  const content = voteCard(env, origin, outcome);
  await updateInPlace(env, context, [outcome.work.round?.cardActivityId], content);
  const voters = new Set(outcome.work.round?.votes.map((v) => v.voter)).size;
  return [text(origin.t.prioritisation.voteClosed(voters, outcome.project.participants.length)), card(content)];
}

/** `prioriteitenlijst <A>, <B>, …` fixes the list (leader); without clusters it shows it (everyone). */
export async function priorityListRoute(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, spec: string): Promise<Reply[]> {
  const request = projectRequest(origin, caller);
  if (spec.trim() === '') {
    const shown = await showPriorityList(env.deps, request);
    return isDone(shown) ? [card(listCard(env, origin, shown))] : [text(refusedLine(origin, shown) ?? '')];
  }
  const outcome = await fixPriorityList(env.deps, request, spec);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  await context.sendActivity(MessageFactory.text(origin.t.prioritisation.listFixed(outcome.work.list?.clusterIds.length ?? 0)));
  await postLive(env, context, origin, caller, 'list', listCard(env, origin, outcome));
  return [];
}

/** Card action `cluster.doei`: data { projectId, cluster, data?, onderzoek?, ervaringen?, inzichten? }. */
export async function saveDoeiAction(
  env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo,
  data: { projectId: string; cluster: string } & Partial<Record<keyof Doei, string | undefined>>,
): Promise<Reply[]> {
  const input: Partial<Doei> = Object.fromEntries((['data', 'onderzoek', 'ervaringen', 'inzichten'] as const).map((k) => [k, data[k] ?? '']));
  const outcome = await saveDoei(env.deps, projectRequest(origin, caller, data.projectId), data.cluster, input);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  const saved = text(origin.t.prioritisation.doeiSaved(outcome.cluster.name));
  const form = card(env.cards.render(CLUSTER_DOEI_CARD, toDoeiFormView(origin.t, outcome.project.id, outcome.cluster)));
  return isExecute(context) ? [form, saved] : [saved];
}

/** Card action `vote.cast`: data { projectId, cluster }; the tallies update in place for everyone. */
export async function castVoteAction(
  env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, data: { projectId: string; cluster: string },
): Promise<Reply[]> {
  const outcome = await vote(env.deps, projectRequest(origin, caller, data.projectId), data.cluster);
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  const content = voteCard(env, origin, outcome);
  await updateInPlace(env, context, [context.activity.replyToId, outcome.work.round?.cardActivityId], content);
  return isExecute(context) ? [card(content)] : [];
}

/** Card action `priority.endorse`: data { projectId }; n of N updates in place for everyone. */
export async function endorseAction(
  env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, data: { projectId: string },
): Promise<Reply[]> {
  const outcome = await endorseList(env.deps, projectRequest(origin, caller, data.projectId));
  if (!isDone(outcome)) return [text(refusedLine(origin, outcome) ?? '')];
  const content = listCard(env, origin, outcome);
  await updateInPlace(env, context, [context.activity.replyToId, outcome.work.list?.cardActivityId], content);
  return isExecute(context) ? [card(content)] : [];
}
