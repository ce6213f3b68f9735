import type { AppDeps } from '../../kernel/deps';
import { initialSteps } from '../../kernel/steps';
import { applyStepCommand } from '../../kernel/step-machine';
import { DocumentExistsError, type StoredDocument } from '../../platform/store/port';
import { retryOnStale } from '../../platform/store/retry-on-stale';
import { CYCLE_ID, type CarriedGoal, type CycleLink } from '../domain/cycle-link';
import { leaderOf, type Project } from '../domain/project';
import { readChannelBinding } from './project-access';

/** What the finished cycle decided the next one starts with. */
export interface FollowUpPlan {
  /** Chosen once, before anything is written, so a start that stopped half-way resumes on the same project. */
  readonly id: string;
  readonly name: string;
  readonly cycle: number;
  readonly startedAt: string;
  readonly problems: readonly string[];
  readonly openGoals: readonly CarriedGoal[];
}

export type FollowUpOutcome =
  | { readonly kind: 'started'; readonly project: Project; readonly link: CycleLink }
  /** The channel had already moved on to this plan's project (a simultaneous start finished first). */
  | { readonly kind: 'alreadyStarted' }
  /** The channel belongs to another project than the finished one. */
  | { readonly kind: 'channelMoved' };

async function createOnce<T extends StoredDocument>(deps: Pick<AppDeps, 'store'>, doc: T): Promise<T> {
  try {
    await deps.store.create(doc);
    return doc;
  } catch (error) {
    if (!(error instanceof DocumentExistsError)) throw error;
    return (await deps.store.read<T>(doc.projectId, doc.id))?.doc ?? doc;
  }
}

/**
 * A new cycle (G6): a follow-up project in the same channel with the same people and roles, the
 * profile carried over (step 1 done) and a link to the cycle it follows. `prepare` lets the steps
 * bring what they carry over into it while nobody can see it yet; only then is the finished project
 * archived (it stays readable by its id) and does the channel move on, on the version read.
 * Every part is written once however often it is resumed.
 */
export async function startFollowUpProject(
  deps: AppDeps, previous: Project, plan: FollowUpPlan, prepare: (next: Project) => Promise<void>,
): Promise<FollowUpOutcome> {
  const binding = await readChannelBinding(deps, previous.channel.tenantId, previous.channel.channelId);
  if (binding?.doc.activeProjectId === plan.id) return { kind: 'alreadyStarted' };
  if (!binding || binding.doc.activeProjectId !== previous.id) return { kind: 'channelMoved' };
  const profiled = previous.profile ? applyStepCommand(initialSteps(), { action: 'complete', step: 1, actor: { kind: 'leader', key: leaderOf(previous).key }, now: new Date(plan.startedAt) }) : undefined;
  const project = await createOnce<Project>(deps, {
    ...previous,
    id: plan.id,
    projectId: plan.id,
    status: 'active',
    profile: previous.profile ? { ...previous.profile, name: plan.name } : null,
    participants: previous.participants.map((p) => ({ ...p, addedAt: plan.startedAt })),
    steps: profiled?.ok ? profiled.value : initialSteps(),
    meetings: [],
    createdAt: plan.startedAt,
    updatedAt: plan.startedAt,
  });
  const link = await createOnce<CycleLink>(deps, {
    type: 'stepWork', id: CYCLE_ID, projectId: plan.id, previousProjectId: previous.id, previousName: previous.profile?.name ?? '',
    cycle: plan.cycle, problems: plan.problems, openGoals: plan.openGoals, createdAt: plan.startedAt,
  });
  await prepare(project);
  // Archived before the channel moves on: a card of the finished cycle is then never taken for the
  // channel's active project, not even for the moment between the two writes.
  await retryOnStale(3, async () => {
    const stored = await deps.store.read<Project>(previous.id, previous.id);
    if (stored && stored.doc.status !== 'archived') await deps.store.replace({ ...stored.doc, status: 'archived', updatedAt: plan.startedAt }, stored.etag);
  }, () => undefined);
  // The binding document stays where it is (also one kept under its tenant); it points on.
  await deps.store.replace({ ...binding.doc, activeProjectId: plan.id }, binding.etag);
  return { kind: 'started', project, link };
}

/** A project by id, also an archived one: the finished cycle stays readable. */
export async function readProject(deps: Pick<AppDeps, 'store'>, id: string): Promise<Project | undefined> {
  return (await deps.store.read<Project>(id, id))?.doc;
}

/** What a follow-up project carried over from the cycle before it; undefined for a first cycle. */
export async function cycleLinkOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<CycleLink | undefined> {
  return (await deps.store.read<CycleLink>(project.id, CYCLE_ID))?.doc;
}
