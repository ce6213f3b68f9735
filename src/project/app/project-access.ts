import type { ProjectRequest } from '../../kernel/channel';
import { channelBindingKey, legacyChannelBindingKey, type ChannelBinding } from '../domain/channel-binding';
import { personKey } from '../../kernel/person';
import { findParticipant, leaderOf, type Participant, type Project } from '../domain/project';
import type { Versioned } from '../../platform/store/port';
import type { AppDeps } from '../../kernel/deps';

/** Who asks, from which channel, and (for a card) which project the card was made for. */
export type { ProjectRequest };

export type Need = 'participant' | 'leader';

/**
 * The channel's binding: by channel id, whoever asks (a shared channel has people of several
 * tenants); a project started before bindings were per channel id is found under its tenant.
 */
export async function readChannelBinding(deps: Pick<AppDeps, 'store'>, tenantId: string, channelId: string): Promise<Versioned<ChannelBinding> | undefined> {
  const key = channelBindingKey(channelId);
  const binding = await deps.store.read<ChannelBinding>(key.projectId, key.id);
  if (binding || tenantId === '') return binding;
  const legacy = legacyChannelBindingKey(tenantId, channelId);
  return deps.store.read<ChannelBinding>(legacy.projectId, legacy.id);
}

/** Why a request about a project is refused; nothing is changed in any of these cases. */
export type Refusal =
  | { readonly kind: 'noProject' }
  | { readonly kind: 'wrongProject' }
  | { readonly kind: 'notParticipant'; readonly leaderName: string }
  | { readonly kind: 'notLeader'; readonly leaderName: string }
  | { readonly kind: 'conflict' };

export interface Granted {
  readonly kind: 'granted';
  readonly project: Versioned<Project>;
  readonly me: Participant;
}

export async function findActiveProject(
  deps: Pick<AppDeps, 'store'>,
  tenantId: string,
  channelId: string,
): Promise<Versioned<Project> | undefined> {
  const binding = await readChannelBinding(deps, tenantId, channelId);
  if (!binding) return undefined;
  return deps.store.read<Project>(binding.doc.activeProjectId, binding.doc.activeProjectId);
}

/**
 * The project a request is about: the channel's active project or, for a card answered in a
 * personal chat (no channel), the active project the card names. Not only in the caller's own
 * tenant: partners of other organisations take part through a shared channel (the gate then
 * checks that the caller is a participant). In a channel, an active project of that channel is
 * the channel's active project (a channel has one; a new cycle archives the old one before the
 * channel moves on), so the card's project document alone is the proof and the channel's binding
 * is not read. Anything else, such as a card of an earlier cycle, is looked up through the binding.
 */
export async function requestedProject(deps: Pick<AppDeps, 'store'>, request: ProjectRequest): Promise<Versioned<Project> | undefined> {
  if (request.cardProjectId !== undefined) {
    const project = await deps.store.read<Project>(request.cardProjectId, request.cardProjectId);
    const active = project?.doc.type === 'project' && project.doc.status === 'active';
    if (request.channelId === '') return active ? project : undefined;
    if (active && project.doc.channel.channelId === request.channelId) return project;
  }
  if (request.channelId === '') return undefined;
  return findActiveProject(deps, request.tenantId, request.channelId);
}

/**
 * The one gate for project data (G2): the channel's active project, the card's project id
 * matching it, and the caller being a participant (or the leader, when that is needed).
 */
export async function openProject(deps: AppDeps, request: ProjectRequest, need: Need): Promise<Granted | Refusal> {
  const project = await requestedProject(deps, request);
  if (!project) return { kind: 'noProject' };
  if (request.cardProjectId !== undefined && request.cardProjectId !== project.doc.id) {
    return { kind: 'wrongProject' };
  }
  const leaderName = leaderOf(project.doc).name;
  const me = findParticipant(project.doc, personKey(request.caller));
  if (!me) return { kind: 'notParticipant', leaderName };
  if (need === 'leader' && me.role !== 'leader') return { kind: 'notLeader', leaderName };
  return { kind: 'granted', project, me };
}

export function isRefusal<T extends { kind: string }>(value: T | Refusal): value is Refusal {
  return ['noProject', 'wrongProject', 'notParticipant', 'notLeader', 'conflict'].includes(value.kind);
}
