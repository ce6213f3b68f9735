import type { TurnContext } from 'botbuilder';
import { deregisterParticipant, registerParticipants, saveOrganisation } from '../app/manage-participants';
import { isRefusal, openProject } from '../app/project-access';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { PersonInfo } from '../../kernel/person';
import { toOrganisationFormView } from '../views/organisation-form.view';
import { toParticipantsViews } from '../views/participants.view';
import type { BotEnv } from '../../platform/teams/bot-env';
import { resolveMentions } from '../../platform/teams/mentions';
import { refusalText } from './refusals';
import { card, text, type Reply } from '../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../platform/teams/turn-origin';

const names = (people: readonly { name: string }[]): string => people.map((p) => p.name).join(', ');

/** `deelnemers`: name, organisation and role of everyone, over as many cards as needed (S1.3). */
export async function participantsCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const access = await openProject(env.deps, projectRequest(origin, caller), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(origin.t, access))];
  return toParticipantsViews(origin.t, access.project.doc.participants).map((view) => card(env.cards.render('participants', view)));
}

/**
 * The people a leader's command is about: refused before any roster look-up when the caller is not
 * the leader; otherwise the mentioned people, with a line for each one not found in the team.
 */
async function mentionedByLeader(
  env: BotEnv,
  context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
): Promise<{ people: readonly PersonInfo[]; replies: Reply[] } | { done: Reply[] }> {
  const { t } = origin;
  const gate = await openProject(env.deps, projectRequest(origin, caller), 'leader');
  if (gate.kind !== 'granted') return { done: [text(refusalText(t, gate))] };
  const mentioned = await resolveMentions(context, origin.channel.tenantId);
  const replies: Reply[] = mentioned.notFound.map((name) => text(t.participants.notFound(name)));
  if (mentioned.people.length === 0) return { done: replies.length > 0 ? replies : [text(t.participants.mentionNeeded)] };
  return { people: mentioned.people, replies };
}

/** `deelnemer toevoegen @a @b`: the leader registers the mentioned colleagues. */
export async function addParticipantsCommand(
  env: BotEnv,
  context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
): Promise<Reply[]> {
  const { t } = origin;
  const mentioned = await mentionedByLeader(env, context, origin, caller);
  if ('done' in mentioned) return mentioned.done;
  const replies = mentioned.replies;
  const outcome = await registerParticipants(env.deps, projectRequest(origin, caller), mentioned.people);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.added.length > 0) replies.push(text(t.participants.added(names(outcome.added))));
  if (outcome.alreadyIn.length > 0) replies.push(text(t.participants.alreadyIn(names(outcome.alreadyIn))));
  return replies;
}

/** `deelnemer verwijderen @a`: the leader removes one or more participants. */
export async function removeParticipantsCommand(
  env: BotEnv,
  context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
): Promise<Reply[]> {
  const { t } = origin;
  const mentioned = await mentionedByLeader(env, context, origin, caller);
  if ('done' in mentioned) return mentioned.done;
  const replies = mentioned.replies;
  for (const person of mentioned.people) {
    const outcome = await deregisterParticipant(env.deps, projectRequest(origin, caller), person);
    if (isRefusal(outcome)) return [...replies, text(refusalText(t, outcome))];
    if (outcome.kind === 'removed') replies.push(text(t.participants.removed(outcome.removed.name)));
    else if (outcome.reason === 'isLeader') replies.push(text(t.participants.removeLeader));
    else replies.push(text(t.participants.removeNotParticipant(person.name)));
  }
  return replies;
}

/** `organisatie <naam>` typed, or the organisation card submitted. */
export async function saveOrganisationReplies(
  env: BotEnv,
  origin: TurnOrigin,
  caller: PersonInfo,
  organisation: string,
  cardProjectId?: string,
): Promise<Reply[]> {
  const { t } = origin;
  const outcome = await saveOrganisation(env.deps, projectRequest(origin, caller, cardProjectId), organisation);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'organisationSaved') return [text(t.organisation.saved(outcome.organisation))];
  const error = outcome.reason === 'tooLong' ? t.organisation.tooLong(TEXT_LIMITS.organisation) : t.organisation.required;
  if (cardProjectId === undefined) return [text(error)];
  return [card(env.cards.render('organisation-form', toOrganisationFormView(t, cardProjectId, caller.name, organisation, error)))];
}

export function saveOrganisationAction(
  env: BotEnv,
  _context: TurnContext,
  origin: TurnOrigin,
  caller: PersonInfo,
  data: { projectId: string; organisation?: string },
): Promise<Reply[]> {
  return saveOrganisationReplies(env, origin, caller, data.organisation ?? '', data.projectId);
}
