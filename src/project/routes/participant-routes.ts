import { deregisterParticipant, pendingOrganisation, registerParticipants, saveOrganisation } from '../app/manage-participants';
import { isRefusal, openProject } from '../app/project-access';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { PersonInfo } from '../../kernel/person';
import { toOrganisationFormView } from '../views/organisation-form.view';
import { toParticipantsViews } from '../views/participants.view';
import { refusalText } from './refusals';
import { card, text, type Reply, type Turn } from '../../platform/turn';

const names = (people: readonly { name: string }[]): string => people.map((p) => p.name).join(', ');

/** `deelnemers`: name, organisation and role of everyone, over as many cards as needed (S1.3). */
export async function participantsCommand(turn: Turn): Promise<Reply[]> {
  const access = await openProject(turn.env.deps, turn.request(), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(turn.t, access))];
  return toParticipantsViews(turn.t, access.project.doc.participants).map((view) => card(turn.env.cards.render('participants', view)));
}

/**
 * The people a leader's command is about: refused before any roster look-up when the caller is not
 * the leader; otherwise the mentioned people, with a line for each one not found in the team.
 */
async function mentionedByLeader(
  turn: Turn,
): Promise<{ people: readonly PersonInfo[]; replies: Reply[] } | { done: Reply[] }> {
  const { t } = turn;
  const gate = await openProject(turn.env.deps, turn.request(), 'leader');
  if (gate.kind !== 'granted') return { done: [text(refusalText(t, gate))] };
  const mentioned = await turn.mentionedPeople();
  const replies: Reply[] = mentioned.notFound.map((name) => text(t.participants.notFound(name)));
  if (mentioned.people.length === 0) return { done: replies.length > 0 ? replies : [text(t.participants.mentionNeeded)] };
  return { people: mentioned.people, replies };
}

/** `deelnemer toevoegen @a @b`: the leader registers the mentioned colleagues. */
export async function addParticipantsCommand(
  turn: Turn,
): Promise<Reply[]> {
  const { t } = turn;
  const mentioned = await mentionedByLeader(turn);
  if ('done' in mentioned) return mentioned.done;
  const replies = mentioned.replies;
  const outcome = await registerParticipants(turn.env.deps, turn.request(), mentioned.people);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.added.length > 0) replies.push(text(t.participants.added(names(outcome.added))));
  if (outcome.alreadyIn.length > 0) replies.push(text(t.participants.alreadyIn(names(outcome.alreadyIn))));
  return replies;
}

/** `deelnemer verwijderen @a`: the leader removes one or more participants. */
export async function removeParticipantsCommand(
  turn: Turn,
): Promise<Reply[]> {
  const { t } = turn;
  const mentioned = await mentionedByLeader(turn);
  if ('done' in mentioned) return mentioned.done;
  const replies = mentioned.replies;
  for (const person of mentioned.people) {
    const outcome = await deregisterParticipant(turn.env.deps, turn.request(), person);
    if (isRefusal(outcome)) return [...replies, text(refusalText(t, outcome))];
    if (outcome.kind === 'removed') replies.push(text(t.participants.removed(outcome.removed.name)));
    else if (outcome.reason === 'isLeader') replies.push(text(t.participants.removeLeader));
    else replies.push(text(t.participants.removeNotParticipant(person.name)));
  }
  return replies;
}

/** `organisatie <naam>` typed, or the organisation card submitted. */
export async function saveOrganisationReplies(
  turn: Turn,
  organisation: string,
  cardProjectId?: string,
): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await saveOrganisation(turn.env.deps, turn.request(cardProjectId), organisation);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'organisationSaved') return [text(t.organisation.saved(outcome.organisation))];
  const error = outcome.reason === 'tooLong' ? t.organisation.tooLong(TEXT_LIMITS.organisation) : t.organisation.required;
  if (cardProjectId === undefined) return [text(error)];
  return [card(turn.env.cards.render('organisation-form', toOrganisationFormView(t, cardProjectId, turn.caller.name, organisation, error)))];
}

export function saveOrganisationAction(
  turn: Turn,
  data: { projectId: string; organisation?: string },
): Promise<Reply[]> {
  return saveOrganisationReplies(turn, data.organisation ?? '', data.projectId);
}

/** After other commands, until answered: which organisation do you represent? */
export async function askOrganisationIfMissing(turn: Turn): Promise<Reply[]> {
  const pending = await pendingOrganisation(turn.env.deps, turn.request());
  if (!pending) return [];
  return [card(turn.env.cards.render('organisation-form', toOrganisationFormView(turn.t, pending.projectId, pending.name)))];
}
