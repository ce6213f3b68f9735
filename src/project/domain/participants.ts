import { TEXT_LIMITS } from '../../kernel/limits';
import { personKey, type PersonInfo, type PersonKey } from '../../kernel/person';
import { findParticipant, touch, type Participant, type Project } from './project';
import { fail, ok, type Result } from '../../kernel/result';

export interface AddParticipantsOutcome {
  readonly project: Project;
  readonly added: readonly Participant[];
  readonly alreadyIn: readonly Participant[];
}

/** Registers people as participants; people already in the project are reported, not duplicated. */
export function addParticipants(
  project: Project,
  people: readonly PersonInfo[],
  by: PersonKey,
  now: Date,
): AddParticipantsOutcome {
  const added: Participant[] = [];
  const alreadyIn: Participant[] = [];
  for (const person of people) {
    const key = personKey(person);
    if (added.some((p) => p.key === key)) continue;
    const existing = findParticipant(project, key);
    if (existing) {
      if (!alreadyIn.includes(existing)) alreadyIn.push(existing);
      continue;
    }
    added.push({
      ...person,
      name: person.name.slice(0, TEXT_LIMITS.personName),
      key,
      role: 'participant',
      organisation: null,
      addedAt: now.toISOString(),
      addedBy: by,
      // Whoever can get a personal message is asked for their organisation right away.
      ...(person.teamsUserId ? { organisationAskedAt: now.toISOString() } : {}),
    });
  }
  const next = added.length > 0 ? touch({ ...project, participants: [...project.participants, ...added] }, now) : project;
  return { project: next, added, alreadyIn };
}

export type RemoveParticipantError = 'notParticipant' | 'isLeader';

export function removeParticipant(
  project: Project,
  key: PersonKey,
  now: Date,
): Result<{ project: Project; removed: Participant }, RemoveParticipantError> {
  const participant = findParticipant(project, key);
  if (!participant) return fail('notParticipant');
  if (participant.role === 'leader') return fail('isLeader');
  const participants = project.participants.filter((p) => p.key !== key);
  return ok({ project: touch({ ...project, participants }, now), removed: participant });
}

export type OrganisationError = 'required' | 'tooLong' | 'notParticipant';

export function setOrganisation(
  project: Project,
  key: PersonKey,
  organisation: string,
  now: Date,
): Result<Project, OrganisationError> {
  const value = organisation.trim();
  if (value === '') return fail('required');
  if (value.length > TEXT_LIMITS.organisation) return fail('tooLong');
  if (!findParticipant(project, key)) return fail('notParticipant');
  const participants = project.participants.map((p) => (p.key === key ? { ...p, organisation: value } : p));
  return ok(touch({ ...project, participants }, now));
}

/** Notes that the organisation question went to someone; undefined when there is no need to ask. */
export function markOrganisationAsked(project: Project, key: PersonKey, now: Date): Project | undefined {
  const participant = findParticipant(project, key);
  if (!participant || participant.organisation !== null || participant.organisationAskedAt !== undefined || !participant.teamsUserId) return undefined;
  const participants = project.participants.map((p) => (p.key === key ? { ...p, organisationAskedAt: now.toISOString() } : p));
  return touch({ ...project, participants }, now);
}
