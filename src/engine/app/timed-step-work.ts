import type { Participant, Project } from '../../project';
import { applyStepCommand } from '../../kernel/step-machine';
import { stepOf, type StepState } from '../../kernel/steps';
import { touch } from '../../project';
import { retryOnStale } from '../../platform/store/retry-on-stale';
import type { AppDeps } from '../../kernel/deps';
import { entriesPerStep, inputPerStep, type StepInput } from './project-status';
import type { StepJobPayload } from './step-jobs';

/**
 * What the scheduler does at a step's deadline and before it. Each function first checks that
 * the step is still in the state the job was made for; a job for an old deadline does nothing.
 */
export type Timed<T> = ({ readonly kind: 'due' } & T) | { readonly kind: 'nothingToDo' };

async function readProject(deps: Pick<AppDeps, 'store'>, projectId: string) {
  return deps.store.read<Project>(projectId, projectId);
}

/** At the deadline: input closes (G3), through the step machine, as the system. */
export async function closeInputAtDeadline(deps: AppDeps, job: StepJobPayload): Promise<Timed<{ project: Project; step: StepState }>> {
  return retryOnStale<Timed<{ project: Project; step: StepState }>>(
    3,
    async () => {
      const stored = await readProject(deps, job.projectId);
      if (!stored || stored.doc.status !== 'active') return { kind: 'nothingToDo' };
      const step = stepOf(stored.doc.steps, job.step);
      if (step.status !== 'open' || step.deadline !== job.at) return { kind: 'nothingToDo' };
      const now = deps.clock();
      const result = applyStepCommand(stored.doc.steps, { action: 'deadlinePassed', step: job.step, actor: { kind: 'system' }, now });
      if (!result.ok) return { kind: 'nothingToDo' };
      const project = touch({ ...stored.doc, steps: result.value }, now);
      await deps.store.replace(project, stored.etag);
      return { kind: 'due', project, step: stepOf(project.steps, job.step) };
    },
    () => {
      throw new Error(`could not close step ${job.step} of ${job.projectId}: it kept changing`);
    },
  );
}

/** Before the deadline: who has not yet given input for the step. */
export async function reminderFacts(
  deps: AppDeps,
  job: StepJobPayload,
): Promise<Timed<{ project: Project; step: StepState; missing: readonly Participant[] }>> {
  const stored = await readProject(deps, job.projectId);
  if (!stored || stored.doc.status !== 'active') return { kind: 'nothingToDo' };
  const step = stepOf(stored.doc.steps, job.step);
  if (step.status !== 'open' || step.deadline !== job.at) return { kind: 'nothingToDo' };
  // A reminder that comes due only after the deadline (the bot was down) would announce a past moment.
  if (deps.clock().getTime() >= Date.parse(job.at)) return { kind: 'nothingToDo' };
  // A step without participant input (step 4: the leader enters the goals) has nobody to remind.
  if (![...deps.inputKinds.values()].includes(job.step)) return { kind: 'nothingToDo' };
  const gave = (await entriesPerStep(deps, job.projectId)).get(job.step)?.authors ?? new Set<string>();
  return { kind: 'due', project: stored.doc, step, missing: stored.doc.participants.filter((p) => !gave.has(p.key)) };
}

/** Before a meeting: the step's input, counted, for the post to the channel (T3). */
export async function preMeetingFacts(deps: AppDeps, job: StepJobPayload): Promise<Timed<{ project: Project; step: StepState; input: StepInput }>> {
  const stored = await readProject(deps, job.projectId);
  if (!stored || stored.doc.status !== 'active') return { kind: 'nothingToDo' };
  const step = stepOf(stored.doc.steps, job.step);
  if (step.meetingAt !== job.at || step.status === 'meeting' || step.status === 'done') return { kind: 'nothingToDo' };
  const input = (await inputPerStep(deps, stored.doc)).get(job.step) ?? { entries: 0, participantsWithInput: 0 };
  return { kind: 'due', project: stored.doc, step, input };
}
