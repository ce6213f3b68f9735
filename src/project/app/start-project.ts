import { newChannelBinding } from '../domain/channel-binding';
import { personKey, type PersonInfo } from '../../kernel/person';
import { findParticipant, leaderOf, newProject, type ChannelRef, type Project } from '../domain/project';
import { validateProfile } from '../domain/profile';
import { DocumentExistsError } from '../../platform/store/port';
import type { AppDeps } from '../../kernel/deps';
import { findActiveProject } from './project-access';

export type StartProjectOutcome =
  | { readonly kind: 'started'; readonly project: Project }
  | { readonly kind: 'alreadyActive'; readonly project: Project; readonly leaderName: string; readonly callerTakesPart: boolean };

/**
 * Creates a project bound to the channel, with the caller as leader. "One active project per
 * channel" holds even when two people start one at the same moment: the channel binding is
 * created conditionally, and whoever loses removes the project it had just written.
 */
export async function startProject(
  deps: AppDeps,
  channel: ChannelRef,
  leader: PersonInfo,
  name?: string,
): Promise<StartProjectOutcome> {
  const existing = await findActiveProject(deps, channel.tenantId, channel.channelId);
  if (existing) return alreadyActive(existing.doc, leader);

  const draft = newProject({ id: deps.newId(), channel, leader, now: deps.clock() });
  const named = name ? validateProfile({ name }) : undefined;
  const project: Project = named?.ok ? { ...draft, profile: named.value } : draft;
  await deps.store.create(project);
  try {
    await deps.store.create(newChannelBinding(channel.channelId, project.id));
  } catch (error) {
    if (!(error instanceof DocumentExistsError)) throw error;
    await deps.store.remove(project.projectId, project.id);
    const winner = await findActiveProject(deps, channel.tenantId, channel.channelId);
    if (!winner) throw error;
    return alreadyActive(winner.doc, leader);
  }
  return { kind: 'started', project };
}

/** Only participants learn which project it is; anyone else learns whom to ask. */
function alreadyActive(project: Project, caller: PersonInfo): StartProjectOutcome {
  const callerTakesPart = findParticipant(project, personKey(caller)) !== undefined;
  return { kind: 'alreadyActive', project, leaderName: leaderOf(project).name, callerTakesPart };
}
