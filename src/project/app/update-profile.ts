import { applyStepCommand } from '../../kernel/step-machine';
import { stepOf } from '../../kernel/steps';
import { touch, type Project } from '../domain/project';
import { validateProfile, type ProfileFieldError, type ProfileInput } from '../domain/profile';
import { changeProject } from './change-project';
import type { AppDeps } from '../../kernel/deps';
import type { ProjectRequest, Refusal } from './project-access';

export type UpdateProfileOutcome =
  | { readonly kind: 'saved'; readonly project: Project; readonly stepDone: boolean }
  | { readonly kind: 'invalid'; readonly errors: readonly ProfileFieldError[]; readonly project: Project };

/**
 * Only the leader edits the profile (S1.1), at any time; invalid input saves nothing. The first
 * save finishes step 1, so step 2 can open.
 */
export function updateProfile(
  deps: AppDeps,
  request: ProjectRequest,
  input: ProfileInput,
): Promise<UpdateProfileOutcome | Refusal> {
  return changeProject<UpdateProfileOutcome>(deps, request, 'leader', (project, me, now) => {
    // A field the card did not send keeps its saved value; only an empty field clears it.
    const current = project.profile;
    const profile = validateProfile({
      name: input.name ?? current?.name,
      commissioner: input.commissioner ?? current?.commissioner,
      startDate: input.startDate ?? current?.startDate ?? undefined,
      plannedEndDate: input.plannedEndDate ?? current?.plannedEndDate ?? undefined,
      description: input.description ?? current?.description,
    });
    if (!profile.ok) return { outcome: { kind: 'invalid', errors: profile.error, project } };
    const completed = stepOf(project.steps, 1).status === 'open' ? applyStepCommand(project.steps, { action: 'complete', step: 1, actor: { kind: 'leader', key: me.key }, now }) : undefined;
    const steps = completed?.ok ? completed.value : project.steps;
    const saved = touch({ ...project, profile: profile.value, steps }, now);
    return { save: saved, outcome: { kind: 'saved', project: saved, stepDone: completed?.ok === true } };
  });
}
