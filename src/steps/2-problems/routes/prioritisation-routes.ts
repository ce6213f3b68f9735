import { problemCatalog } from '../i18n/catalog';
import {
  causeCommand, closeVoting, clusterCommand, clusterFromCard, doeiTarget, endorseList, fixPriorityList, fixPriorityListFromVotes, openVoting,
  readWork, rememberPriorityCard, saveDoei, showPriorityList, unvote, vote, type WorkOutcome,
} from '../app/prioritisation';
import { isRefusal, type Refusal } from '../../../project';
import { refreshMeetingCard } from '../../../engine';
import type { Doei } from '../domain/priority-work';
import type { AdaptiveCardJson } from '../../../platform/cards/card-renderer';
import {
  CLUSTER_DOEI_CARD, CLUSTER_FORM_CARD, CLUSTER_OVERVIEW_CARD, priorityRefusalText, toClusterFormView, toClusterOverviewView, toDoeiFormView,
} from '../views/prioritisation.view';
import { PRIORITY_LIST_CARD, toPriorityListView, toVoteRoundView, VOTE_ROUND_CARD } from '../views/prioritisation-vote.view';
import { refusalText } from '../../../project';
import { card, inChannelLanguage, text, type Reply, type Turn } from '../../../platform/turn';

/**
 * The step 2 prioritisation meeting (S2.4, S2.5): the leader clusters, links causes, records
 * DOEI notes and runs a voting round; the voting card and the priority list card are one card
 * each for the whole channel, updated in place, and the live agenda shows the work as it grows.
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
  turn.env.cards.render(CLUSTER_OVERVIEW_CARD, toClusterOverviewView(problemCatalog(turn.t), done.work, done.problems, done.project));
/** Without a voter: the card everyone sees; with one: that voter's own view, with the votes they have left. */
const voteCard = (turn: Turn, done: Done<object>, voter?: string): AdaptiveCardJson =>
  turn.env.cards.render(VOTE_ROUND_CARD, toVoteRoundView(problemCatalog(turn.t), done.project, done.work, done.problems, voter));
const listCard = (turn: Turn, done: Done<object>): AdaptiveCardJson =>
  turn.env.cards.render(PRIORITY_LIST_CARD, toPriorityListView(problemCatalog(turn.t), done.project, done.work));
const clusterForm = (turn: Turn, done: Done<object>, notice = ''): AdaptiveCardJson =>
  turn.env.cards.render(CLUSTER_FORM_CARD, toClusterFormView(problemCatalog(turn.t), done.project.id, done.work, done.problems, notice));

/** Posts a live card now (not at the end of the turn) to learn its id, and remembers it; delivered again, it was remembered before. */
async function postLive(turn: Turn, which: 'round' | 'list', content: AdaptiveCardJson, replayed: boolean | undefined): Promise<void> {
  const posted = await turn.post(card(content));
  if (posted && !replayed) await rememberPriorityCard(turn.env.deps, turn.request(), which, posted);
}

/** The live agenda card shows the work done so far under its items, for everyone. */
const showOnAgenda = (turn: Turn, done: Done<object>): Promise<void> => refreshMeetingCard(turn, done.project, 2);

/** `cluster <naam>: 1, 4, 7`; without them, the card to tick problems on. */
export async function clusterRoute(turn: Turn, spec: string): Promise<Reply[]> {
  if (spec.trim() === '') return clusterFormRoute(turn);
  const outcome = await clusterCommand(turn.env.deps, turn.request(), spec);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  const { cluster, added } = outcome;
  await showOnAgenda(turn, outcome);
  return [text(problemCatalog(turn.t).prioritisation.clustered(cluster.name, cluster.number, added, cluster.problemIds.length)), card(overview(turn, outcome))];
}

/** `cluster` (or the overview's button): the form, for the leader during the meeting. */
async function clusterFormRoute(turn: Turn, projectId?: string): Promise<Reply[]> {
  const outcome = await readWork(turn.env.deps, turn.request(projectId), { need: 'leader', meetingOnly: true });
  return isDone(outcome) ? [card(clusterForm(turn, outcome))] : [text(refusedLine(turn, outcome) ?? '')];
}

export const clusterFormAction = (turn: Turn, data: { projectId: string }): Promise<Reply[]> => clusterFormRoute(turn, data.projectId);

/** Card action `cluster.save`: data { projectId, name, problems: "3,7" }; the form comes back for the next cluster. */
export async function saveClusterAction(turn: Turn, data: { projectId: string; name?: string | undefined; problems?: string | undefined }): Promise<Reply[]> {
  const numbers = (data.problems ?? '').split(/[\s,;]+/).filter((n) => /^\d+$/.test(n)).map(Number);
  const outcome = await clusterFromCard(turn.env.deps, turn.request(data.projectId), data.name ?? '', numbers);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  const { cluster, added } = outcome;
  await showOnAgenda(turn, outcome);
  const said = (t: Turn): string => problemCatalog(t.t).prioritisation.clustered(cluster.name, cluster.number, added, cluster.problemIds.length);
  // The leader's card comes back empty for the next cluster; the channel hears what was bundled.
  return turn.isExecute ? [card(clusterForm(turn, outcome, said(turn))), text(said(inChannelLanguage(turn)))] : [text(said(turn))];
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
  await showOnAgenda(turn, outcome);
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
  await postLive(turn, 'round', voteCard(turn, outcome), outcome.replayed);
  await showOnAgenda(turn, outcome);
  return [];
}

/** `sluit stemronde`: the live card loses its buttons and keeps the tallies. */
export async function closeVoteRoute(turn: Turn): Promise<Reply[]> {
  const outcome = await closeVoting(turn.env.deps, turn.request());
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  const content = voteCard(turn, outcome);
  await turn.updateCards([outcome.work.round?.cardActivityId], content);
  await showOnAgenda(turn, outcome);
  const voters = new Set(outcome.work.round?.votes.map((v) => v.voter)).size;
  return [text(problemCatalog(turn.t).prioritisation.voteClosed(voters, outcome.project.participants.length)), card(content)];
}

/** Posts the fixed list (one card for everyone, remembered) with a line saying what it holds. */
async function announceList(turn: Turn, done: Done<object>): Promise<Reply[]> {
  const items = done.work.list?.items ?? [];
  const problems = new Set(items.flatMap((i) => i.problemIds)).size;
  await turn.post(text(problemCatalog(turn.t).prioritisation.listFixed(items.length, problems)));
  await postLive(turn, 'list', listCard(turn, done), done.replayed);
  await showOnAgenda(turn, done);
  return [];
}

/** `prioriteitenlijst <A>, p7, …` fixes the list (leader); without items it shows it (everyone). */
export async function priorityListRoute(turn: Turn, spec: string): Promise<Reply[]> {
  const request = turn.request();
  if (spec.trim() === '') {
    const shown = await showPriorityList(turn.env.deps, request);
    return isDone(shown) ? [card(listCard(turn, shown))] : [text(refusedLine(turn, shown) ?? '')];
  }
  const outcome = await fixPriorityList(turn.env.deps, request, spec);
  if (!isDone(outcome)) return [text(refusedLine(turn, outcome) ?? '')];
  return announceList(turn, outcome);
}

/** Card action `priority.fromVotes` on the closed voting card: the list in the order of the votes. */
export async function fixFromVotesAction(pressed: Turn, data: { projectId: string }): Promise<Reply[]> {
  const turn = inChannelLanguage(pressed);
  const outcome = await fixPriorityListFromVotes(turn.env.deps, turn.request(data.projectId));
  if (!isDone(outcome)) return [text(refusedLine(pressed, outcome) ?? '')];
  await announceList(turn, outcome);
  // Action.Execute needs an answer for the one who pressed: the voting card, unchanged.
  return pressed.isExecute ? [card(voteCard(turn, outcome))] : [];
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
  await showOnAgenda(turn, outcome);
  const saved = text(problemCatalog(channel.t).prioritisation.doeiSaved(outcome.cluster.name));
  const form = card(turn.env.cards.render(CLUSTER_DOEI_CARD, toDoeiFormView(problemCatalog(turn.t), outcome.project.id, outcome.cluster)));
  return turn.isExecute ? [form, saved] : [saved];
}

/**
 * After a vote or one taken back: the tallies update in place for everyone, and the voter gets
 * their own view, with the votes they have left and "−1" where they can take one back.
 */
async function afterVote(pressed: Turn, outcome: WorkOutcome | Refusal): Promise<Reply[]> {
  if (!isDone(outcome)) return [text(refusedLine(pressed, outcome) ?? '')];
  const turn = inChannelLanguage(pressed);
  await turn.updateCards([turn.sourceCardId, outcome.work.round?.cardActivityId], voteCard(turn, outcome));
  return pressed.isExecute ? [card(voteCard(pressed, outcome, outcome.me))] : [];
}

/** Card action `vote.cast`: data { projectId, target } (a cluster, or a problem in no cluster). */
export async function castVoteAction(pressed: Turn, data: { projectId: string; target: string }): Promise<Reply[]> {
  return afterVote(pressed, await vote(pressed.env.deps, pressed.request(data.projectId), data.target));
}

/** Card action `vote.withdraw`: data { projectId, target }; one of one's own votes comes back. */
export async function withdrawVoteAction(pressed: Turn, data: { projectId: string; target: string }): Promise<Reply[]> {
  return afterVote(pressed, await unvote(pressed.env.deps, pressed.request(data.projectId), data.target));
}

/** Card action `vote.mine`: one's own view of the voting card; nothing changes. */
export async function myVotesAction(turn: Turn, data: { projectId: string }): Promise<Reply[]> {
  const outcome = await readWork(turn.env.deps, turn.request(data.projectId), { need: 'participant', meetingOnly: false });
  return isDone(outcome) ? [card(voteCard(turn, outcome, outcome.me))] : [text(refusedLine(turn, outcome) ?? '')];
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
  await showOnAgenda(turn, outcome);
  return turn.isExecute ? [card(content)] : [];
}
