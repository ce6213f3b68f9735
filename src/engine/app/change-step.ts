import { applyStepCommand, type StepCommand, type StepRefusal } from '../../kernel/step-machine';
import { stepOf, type StepState } from '../../kernel/steps';
import { touch, type Project } from '../../project';
import { changeProject } from '../../project';
import type { AppDeps } from '../../kernel/deps';
import type { ProjectRequest, Refusal } from '../../project';
import { scheduleStepJobs } from './step-jobs';
import { withStepCard } from '../domain/step-card';

export type StepChangeOutcome =
  | {
      readonly kind: 'stepChanged'; readonly project: Project; readonly step: StepState; readonly previous: StepState;
      /** The same activity delivered again: its change was made before, nothing was done now. */
      readonly replayed?: boolean;
    }
  | { readonly kind: 'stepRefused'; readonly reason: StepRefusal; readonly step: StepState };

export type LeaderStepCommand = Omit<StepCommand, 'actor' | 'now'>;

/** The leader's step commands (G3): the step machine decides, then the timed jobs follow the new state. */
export async function changeStep(deps: AppDeps, request: ProjectRequest, command: LeaderStepCommand): Promise<StepChangeOutcome | Refusal> {
  const outcome = await changeProject<StepChangeOutcome>(deps, request, 'leader', (project, me, now) => {
    const previous = stepOf(project.steps, command.step);
    const result = applyStepCommand(project.steps, { ...command, actor: { kind: 'leader', key: me.key }, now });
    if (!result.ok) return { outcome: { kind: 'stepRefused', reason: result.error, step: previous } };
    const saved = touch({ ...project, steps: result.value }, now);
    return { save: saved, outcome: { kind: 'stepChanged', project: saved, step: stepOf(saved.steps, command.step), previous } };
  }, {
    replay: (project) => {
      const step = stepOf(project.steps, command.step);
      return { kind: 'stepChanged', project, step, previous: step, replayed: true };
    },
  });
  if (outcome.kind === 'stepChanged' && !outcome.replayed) await scheduleStepJobs(deps, outcome.project, command.step);
  return outcome;
}

/** Remembers which message shows the step's card; a failure here only costs the update in place. */
export async function rememberStepCard(deps: AppDeps, request: ProjectRequest, step: StepState['number'], activityId: string): Promise<void> {
  await changeProject(deps, request, 'leader', (project, _me, now) => {
    const save = withStepCard(project, step, activityId, now);
    return save ? { save, outcome: undefined } : { outcome: undefined };
  }, { repeatable: true });
}
