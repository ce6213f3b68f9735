import { deregisterParticipants, organisationStillToAsk, registerParticipants, saveOrganisation } from '../app/manage-participants';
import { catalogOf } from '../../i18n';
import { cardActivity, type OutboxItem } from '../../platform/outbox';
import { personalLanguage } from '../domain/language';
import type { Participant, Project } from '../domain/project';
import { isRefusal, openProject } from '../app/project-access';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { PersonInfo } from '../../kernel/person';
import { toOrganisationFormView } from '../views/organisation-form.view';
import { toParticipantsViews } from '../views/participants.view';
import { refusalText } from './refusals';
import { card, MAX_MENTIONED_PEOPLE, text, type MentionedPeople, type Reply, type Turn } from '../../platform/turn';
import type { Catalog } from '../../i18n';

const names = (people: readonly { name: string }[]): string => people.map((p) => p.name).join(', ');

/** `deelnemers`: name, organisation and role of everyone, over as many cards as needed (S1.3). */
export async function participantsCommand(turn: Turn): Promise<Reply[]> {
  const access = await openProject(turn.env.deps, turn.request(), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(turn.t, access))];
  return toParticipantsViews(turn.t, access.project.doc.participants).map((view) => card(turn.env.cards.render('participants', view)));
}

/** What did not work out with the mentions: who is not in the team, and how many were too many. */
export function mentionProblems(t: Catalog, mentioned: MentionedPeople): string[] {
  const notFound = mentioned.notFound;
  return [
    ...(notFound.length === 1 ? [t.participants.notFound(notFound[0] ?? '')] : notFound.length > 1 ? [t.participants.notFoundMany(notFound.join(', '))] : []),
    ...(mentioned.ignored > 0 ? [t.participants.mentionsIgnored(MAX_MENTIONED_PEOPLE, mentioned.ignored)] : []),
  ];
}

/** However many people a command names, the answer is one message. */
export const oneMessage = (lines: readonly string[]): Reply[] => (lines.length === 0 ? [] : [text(lines.join('\n\n'))]);

/**
 * The people a leader's command is about: refused before any roster look-up when the caller is not
 * the leader; otherwise the mentioned people, with what did not work out with the mentions.
 */
async function mentionedByLeader(
  turn: Turn,
): Promise<{ people: readonly PersonInfo[]; lines: string[] } | { done: Reply[] }> {
  const { t } = turn;
  const gate = await openProject(turn.env.deps, turn.request(), 'leader');
  if (gate.kind !== 'granted') return { done: [text(refusalText(t, gate))] };
  const mentioned = await turn.mentionedPeople();
  const lines = mentionProblems(t, mentioned);
  if (mentioned.people.length === 0) return { done: oneMessage(lines.length > 0 ? lines : [t.participants.mentionNeeded]) };
  return { people: mentioned.people, lines };
}

/** `deelnemer toevoegen @a @b`: the leader registers the mentioned colleagues. */
export async function addParticipantsCommand(
  turn: Turn,
): Promise<Reply[]> {
  const { t } = turn;
  const mentioned = await mentionedByLeader(turn);
  if ('done' in mentioned) return mentioned.done;
  const outcome = await registerParticipants(turn.env.deps, turn.request(), mentioned.people);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  await turn.env.post(outcome.added.flatMap((p) => organisationQuestion(turn, outcome.project, p)));
  return oneMessage([
    ...(outcome.added.length > 0 ? [t.participants.added(names(outcome.added))] : []),
    ...(outcome.alreadyIn.length > 0 ? [t.participants.alreadyIn(names(outcome.alreadyIn))] : []),
    ...mentioned.lines,
  ]);
}

/** `deelnemer verwijderen @a`: the leader removes one or more participants. */
export async function removeParticipantsCommand(
  turn: Turn,
): Promise<Reply[]> {
  const { t } = turn;
  const mentioned = await mentionedByLeader(turn);
  if ('done' in mentioned) return mentioned.done;
  const outcome = await deregisterParticipants(turn.env.deps, turn.request(), mentioned.people);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  return oneMessage([
    ...outcome.removed.map((p) => t.participants.removed(p.name)),
    ...(outcome.leader ? [t.participants.removeLeader] : []),
    ...outcome.notParticipants.map((p) => t.participants.removeNotParticipant(p.name)),
    ...mentioned.lines,
  ]);
}

/**
 * The organisation question, once, where only that person sees it: a card in a personal chat, in
 * their own language. Nothing for someone Teams gave no user id to write to.
 */
export function organisationQuestion(turn: Pick<Turn, 'env'>, project: Project, person: Participant): OutboxItem[] {
  if (!person.teamsUserId || person.organisation !== null) return [];
  const t = catalogOf(personalLanguage(project, person.key));
  const view = toOrganisationFormView(t, { projectId: project.id, personName: person.name, projectName: project.profile?.name ?? t.project.unnamed });
  return [{
    id: `organisation-question-${project.id}-${person.key}`,
    target: { serviceUrl: project.channel.serviceUrl, conversationId: '', tenantId: project.channel.tenantId, userId: person.teamsUserId },
    activity: cardActivity(turn.env.cards.render('organisation-form', view)),
    sourceProjectId: project.id,
  }];
}

/** `organisatie <naam>` typed, or the organisation card answered (in the personal chat it was asked in). */
export async function saveOrganisationReplies(
  turn: Turn,
  organisation: string,
  cardProjectId?: string,
): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await saveOrganisation(turn.env.deps, turn.request(cardProjectId), organisation);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  const form = (project: Project, extra: { typed?: string; error?: string; saved?: string }) =>
    card(turn.env.cards.render('organisation-form', toOrganisationFormView(t, {
      projectId: project.id, personName: turn.caller.name, projectName: project.profile?.name ?? t.project.unnamed, ...extra,
    })));
  if (outcome.kind === 'organisationSaved') {
    // On the card, the answer takes the question's place; typed, a line says it.
    return cardProjectId === undefined ? [text(t.organisation.saved(outcome.organisation))] : [form(outcome.project, { saved: outcome.organisation })];
  }
  const error = outcome.reason === 'tooLong' ? t.organisation.tooLong(TEXT_LIMITS.organisation) : t.organisation.required;
  if (cardProjectId === undefined) return [text(error)];
  return [form(outcome.project, { typed: organisation, error })];
}

export function saveOrganisationAction(
  turn: Turn,
  data: { projectId: string; organisation?: string },
): Promise<Reply[]> {
  return saveOrganisationReplies(turn, data.organisation ?? '', data.projectId);
}

/**
 * After a command: someone never asked for their organisation (registered before the question went
 * out at registration) gets it once, in a personal message. Nothing is said in the channel.
 */
export async function askOrganisationIfMissing(turn: Turn): Promise<Reply[]> {
  const pending = await organisationStillToAsk(turn.env.deps, turn.request());
  if (pending) await turn.env.post(organisationQuestion(turn, pending.project, pending.me));
  return [];
}
