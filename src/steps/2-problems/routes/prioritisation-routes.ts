import { problemCatalog } from '../i18n/catalog';
import {
  causeCommand, closeVoting, clusterCommand, doeiTarget, endorseList, fixPriorityList, openVoting, readWork,
  rememberPriorityCard, saveDoei, showPriorityList, vote, type WorkOutcome,
} from '../app/prioritisation';
import { isRefusal, type Refusal } from '../../../project';
import type { Doei } from '../domain/priority-work';
import type { AdaptiveCardJson } from '../../../platform/cards/card-renderer';
import {
  CLUSTER_DOEI_CARD, CLUSTER_OVERVIEW_CARD, priorityRefusalText, toClusterOverviewView, toDoeiFormView,
} from '../views/prioritisation.view';
import { PRIORITY_LIST_CARD, toPriorityListView, toVoteRoundView, VOTE_ROUND_CARD } from '../views/prioritisation-vote.view';
import { refusalText } from '../../../project';
import { card, inChannelLanguage, text, type Reply, type Turn } from '../../../platform/turn';

/**
 * The step 2 prioritisation meeting (S2.4, S2.5): the leader clusters, links causes, records
 * DOEI notes and runs a voting round; the voting card and the priority list card are one card
 * each for the whole channel, updated in place.
 */

type Done<X> = Extract<WorkOutcome<X>, { kind: 'done' }>;

/** The refusal line, or undefined when the work was done. */
function refusedLine<X>(turn: Turn, outcome: WorkOutcome<X> | Refusal): string | undefined {
  if (isRefusal(outcome)) return refusalText(problemCatalog(turn.t), outcome);
  if (outcome.kind === 'refused') return priorityRefusalText(problemCatalog(turn.t), outcome.refusal);
  return undefined;
}
const isDone = <X>(outcome: WorkOutcome<X> | Refusal): outcome is Done<X> => !isRefusal(outcome) && outcome.kind === 'done';

const overview = (turn: Turn, done: Done<object>): AdaptiveCardJson =>
  turn.env.cards.render(CLUSTER_OVERVIEW_CARD, toClusterOverviewView(problemCatalog(turn.t), done.work, done.problems));
const voteCard = (turn: Turn, done: Done<object>): AdaptiveCardJson =>
  turn.env.cards.render(VOTE_ROUND_CARD, toVoteRoundView(problemCatalog(turn.t), done.project, done.work));
const listCard = (turn: Turn, done: Done<object>): AdaptiveCardJson =>
  turn.env.cards.render(PRIORITY_LIST_CARD, toPriorityListView(problemCatalog(turn.t), done.project, done.work));

/** Posts a live card now (not at the end of the turn) to learn its id, and remembers it. */
async function postLive(turn: Turn, which: 'round' | 'list', content: AdaptiveCardJson): Promise<void> {
  const posted = await turn.post(card(content));
  if (posted) await rememberPriorityCard(turn.env.deps, turn.request(), which, posted);
}

/** `cluster <naam>: 1, 4, 7`. */
export async function clusterRoute(turn: Turn, spec: string): Promise<Reply[]> {
  const outcome = await clusterCommand(turn.env.deps, turn.request(), spec);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  const { cluster, added } = outcome;
  return [text(problemCatalog(turn.t).prioritisation.clustered(cluster.name, cluster.number, added, cluster.problemIds.length)), card(overview(turn, outcome))];
}

/** `clusters`: every participant may look, also after the meeting. */
export async function clustersRoute(turn: Turn): Promise<Reply[]> {
  const outcome = await readWork(turn.env.deps, turn.request(), { need: 'participant', meetingOnly: false });
  return isDone(outcome) ? [card(overview(turn, outcome))] : [text(refusedLine(turn, outcome) ?? '')];
}

/** `oorzaak <A> -> <B>`. */
export async function causeRoute(turn: Turn, spec: string): Promise<Reply[]> {
  const outcome = await causeCommand(turn.env.deps, turn.request(), spec);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  return [text(problemCatalog(turn.t).prioritisation.causeAdded(outcome.cause.name, outcome.effect.name)), card(overview(turn, outcome))];
}

/** `doei <cluster>`: the form with what was saved before. */
export async function doeiRoute(turn: Turn, typed: string): Promise<Reply[]> {
  const outcome = await doeiTarget(turn.env.deps, turn.request(), typed);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  return [card(turn.env.cards.render(CLUSTER_DOEI_CARD, toDoeiFormView(problemCatalog(turn.t), outcome.project.id, outcome.cluster)))];
}

/** `stemronde [n]`: posts the one voting card for everyone. */
export async function openVoteRoute(turn: Turn, votes: string): Promise<Reply[]> {
  const outcome = await openVoting(turn.env.deps, turn.request(), votes);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  await turn.post(text(problemCatalog(turn.t).prioritisation.voteOpened(outcome.work.round?.allowance ?? 0)));
  await postLive(turn, 'round', voteCard(turn, outcome));
  return [];
}

/** `sluit stemronde`: the live card loses its buttons and keeps the tallies. */
export async function closeVoteRoute(turn: Turn): Promise<Reply[]> {
  const outcome = await closeVoting(turn.env.deps, turn.request());
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  const content = voteCard(turn, outcome);
  await turn.updateCards([outcome.work.round?.cardActivityId], content);
  const voters = new Set(outcome.work.round?.votes.map((v) => v.voter)).size;
  return [text(problemCatalog(turn.t).prioritisation.voteClosed(voters, outcome.project.participants.length)), card(content)];
}

/** `prioriteitenlijst <A>, <B>, …` fixes the list (leader); without clusters it shows it (everyone). */
export async function priorityListRoute(turn: Turn, spec: string): Promise<Reply[]> {
  const request = turn.request();
  if (spec.trim() === '') {
    const shown = await showPriorityList(turn.env.deps, request);
    return isDone(shown) ? [card(listCard(turn, shown))] : [text(refusedLine(turn, shown) ?? '')];
  }
  const outcome = await fixPriorityList(turn.env.deps, request, spec);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  await turn.post(text(problemCatalog(turn.t).prioritisation.listFixed(outcome.work.list?.clusterIds.length ?? 0)));
  await postLive(turn, 'list', listCard(turn, outcome));
  return [];
}

/** Card action `cluster.doei`: data { projectId, cluster, data?, onderzoek?, ervaringen?, inzichten? }. */
export async function saveDoeiAction(
  turn: Turn,
  data: { projectId: string; cluster: string } & Partial<Record<keyof Doei, string | undefined>>,
): Promise<Reply[]> {
  const channel = inChannelLanguage(turn);
  const input: Partial<Doei> = Object.fromEntries((['data', 'onderzoek', 'ervaringen', 'inzichten'] as const).map((k) => [k, data[k] ?? '']));
  const outcome = await saveDoei(turn.env.deps, turn.request(data.projectId), data.cluster, input);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  const saved = text(problemCatalog(channel.t).prioritisation.doeiSaved(outcome.cluster.name));
  const form = card(turn.env.cards.render(CLUSTER_DOEI_CARD, toDoeiFormView(problemCatalog(turn.t), outcome.project.id, outcome.cluster)));
  return turn.isExecute ? [form, saved] : [saved];
}

/** Card action `vote.cast`: data { projectId, cluster }; the tallies update in place for everyone. */
export async function castVoteAction(
  pressed: Turn, data: { projectId: string; cluster: string },
): Promise<Reply[]> {
  const turn = inChannelLanguage(pressed);
  const outcome = await vote(turn.env.deps, turn.request(data.projectId), data.cluster);
  if (!isDone(outcome)) return [text(refusedLine(pressed, outcome) ?? '')];
  const content = voteCard(turn, outcome);
  await turn.updateCards([turn.sourceCardId, outcome.work.round?.cardActivityId], content);
  return turn.isExecute ? [card(content)] : [];
}

/** Card action `priority.endorse`: data { projectId }; n of N updates in place for everyone. */
export async function endorseAction(
  pressed: Turn, data: { projectId: string },
): Promise<Reply[]> {
  const turn = inChannelLanguage(pressed);
  const outcome = await endorseList(turn.env.deps, turn.request(data.projectId));
  if (!isDone(outcome)) return [text(refusedLine(pressed, outcome) ?? '')];
  const content = listCard(turn, outcome);
  await turn.updateCards([turn.sourceCardId, outcome.work.list?.cardActivityId], content);
  return turn.isExecute ? [card(content)] : [];
}
