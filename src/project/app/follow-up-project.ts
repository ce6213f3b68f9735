import type { AppDeps } from '../../kernel/deps';
import { initialSteps } from '../../kernel/steps';
import { readChannelBinding } from './project-access';
import { leaderOf, type Project } from '../domain/project';
import { applyStepCommand } from '../../kernel/step-machine';

/**
 * A new cycle (G6): a follow-up project in the same channel with the same people and roles and
 * the given name; the finished project is archived and stays readable by its id. The channel's
 * binding moves to the new project on the version read, so two at once start one.
 */
export async function startFollowUpProject(deps: AppDeps, previous: Project, name: string): Promise<Project | undefined> {
  const now = deps.clock().toISOString();
  const binding = await readChannelBinding(deps, previous.channel.tenantId, previous.channel.channelId);
  if (!binding || binding.doc.activeProjectId !== previous.id) return undefined;
  const id = deps.newId();
  // The profile comes along, saved: step 1 is done, so the new cycle can open step 2 right away.
  const profiled = previous.profile ? applyStepCommand(initialSteps(), { action: 'complete', step: 1, actor: { kind: 'leader', key: leaderOf(previous).key }, now: deps.clock() }) : undefined;
  const project: Project = {
    ...previous,
    id,
    projectId: id,
    status: 'active',
    profile: previous.profile ? { ...previous.profile, name } : null,
    participants: previous.participants.map((p) => ({ ...p, addedAt: now })),
    steps: profiled?.ok ? profiled.value : initialSteps(),
    meetings: [],
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.create(project);
  try {
    // The binding document stays where it is (also one kept under its tenant); it points on.
    await deps.store.replace({ ...binding.doc, activeProjectId: id }, binding.etag);
  } catch (error) {
    // Someone else moved the channel on first: this project never becomes active.
    await deps.store.remove(id, id);
    throw error;
  }
  const stored = await deps.store.read<Project>(previous.id, previous.id);
  if (stored) await deps.store.replace({ ...stored.doc, status: 'archived', updatedAt: now }, stored.etag);
  return project;
}

/** A project by id, also an archived one: the finished cycle stays readable. */
export async function readProject(deps: Pick<AppDeps, 'store'>, id: string): Promise<Project | undefined> {
  return (await deps.store.read<Project>(id, id))?.doc;
}
