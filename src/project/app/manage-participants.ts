import { addParticipants, markOrganisationAsked, removeParticipant, setOrganisation, type OrganisationError } from '../domain/participants';
import type { Participant, Project } from '../domain/project';
import { personKey, type PersonInfo } from '../../kernel/person';
import { changeProject } from './change-project';
import type { AppDeps } from '../../kernel/deps';
import type { ProjectRequest, Refusal } from './project-access';

export interface RegisterOutcome {
  readonly kind: 'registered';
  readonly project: Project;
  readonly added: readonly Participant[];
  readonly alreadyIn: readonly Participant[];
}

/** The leader registers colleagues (S1.3); there is no maximum (G1). */
export function registerParticipants(
  deps: AppDeps,
  request: ProjectRequest,
  people: readonly PersonInfo[],
): Promise<RegisterOutcome | Refusal> {
  return changeProject<RegisterOutcome>(deps, request, 'leader', (project, me, now) => {
    const result = addParticipants(project, people, me.key, now);
    return {
      ...(result.added.length > 0 ? { save: result.project } : {}),
      outcome: { kind: 'registered', project: result.project, added: result.added, alreadyIn: result.alreadyIn },
    };
  });
}

export interface RemoveOutcome {
  readonly kind: 'deregistered';
  readonly removed: readonly Participant[];
  readonly notParticipants: readonly PersonInfo[];
  /** The leader was among them, and stays. */
  readonly leader: boolean;
}

/** The leader removes the people named, in one write however many there are. */
export function deregisterParticipants(
  deps: AppDeps,
  request: ProjectRequest,
  people: readonly PersonInfo[],
): Promise<RemoveOutcome | Refusal> {
  return changeProject<RemoveOutcome>(deps, request, 'leader', (project, _me, now) => {
    let current = project;
    const removed: Participant[] = [];
    const notParticipants: PersonInfo[] = [];
    let leader = false;
    for (const person of people) {
      const result = removeParticipant(current, personKey(person), now);
      if (result.ok) {
        current = result.value.project;
        removed.push(result.value.removed);
      } else if (result.error === 'isLeader') leader = true;
      else notParticipants.push(person);
    }
    return { ...(removed.length > 0 ? { save: current } : {}), outcome: { kind: 'deregistered', removed, notParticipants, leader } };
  });
}

export type OrganisationOutcome =
  | { readonly kind: 'organisationSaved'; readonly project: Project; readonly organisation: string }
  | { readonly kind: 'organisationInvalid'; readonly project: Project; readonly reason: Exclude<OrganisationError, 'notParticipant'> };

/** Every participant says which organisation they take part for. */
export function saveOrganisation(
  deps: AppDeps,
  request: ProjectRequest,
  organisation: string,
): Promise<OrganisationOutcome | Refusal> {
  return changeProject<OrganisationOutcome>(deps, request, 'participant', (project, me, now) => {
    const result = setOrganisation(project, me.key, organisation, now);
    if (!result.ok) {
      // The gate already checked membership, so only the text itself can be wrong here.
      const reason = result.error === 'notParticipant' ? 'required' : result.error;
      return { outcome: { kind: 'organisationInvalid', project, reason } };
    }
    return { save: result.value, outcome: { kind: 'organisationSaved', project: result.value, organisation: organisation.trim() } };
  });
}

/**
 * Someone registered before the question went out at registration (or without a Teams user id
 * then) is asked once, the first time they use the bot: this notes it, and says whom to ask.
 */
export async function organisationStillToAsk(deps: AppDeps, request: ProjectRequest): Promise<{ readonly project: Project; readonly me: Participant } | undefined> {
  const outcome = await changeProject(deps, request, 'participant', (project, me, now) => {
    const save = markOrganisationAsked(project, me.key, now);
    return save ? { save, outcome: { project: save, me } } : { outcome: undefined };
  }, { repeatable: true });
  return outcome && !('kind' in outcome) ? outcome : undefined;
}
