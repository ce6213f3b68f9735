import { applyStepCommand } from '../../kernel/step-machine';
import { stepOf } from '../../kernel/steps';
import { touch, type Project } from '../domain/project';
import { PROFILE_FIELDS, profileFormValues, validateProfile, type ProfileField, type ProfileFieldError, type ProfileInput } from '../domain/profile';
import { mergeFormChange } from '../../kernel/form-change';
import { changeProject } from './change-project';
import type { AppDeps } from '../../kernel/deps';
import type { ProjectRequest, Refusal } from './project-access';

export type UpdateProfileOutcome =
  | { readonly kind: 'saved'; readonly project: Project; readonly stepDone: boolean }
  /** The form was opened before someone else changed these fields, which the caller changed too: nothing saved. */
  | { readonly kind: 'stale'; readonly fields: readonly ProfileField[]; readonly project: Project }
  | { readonly kind: 'invalid'; readonly errors: readonly ProfileFieldError[]; readonly project: Project };

/**
 * Only the leader edits the profile (S1.1), at any time; invalid input saves nothing. The first
 * save finishes step 1, so step 2 can open. With the values the form was opened with (`opened`),
 * only the fields changed on the form are saved, and a field someone else changed meanwhile is
 * never silently overwritten.
 */
export function updateProfile(
  deps: AppDeps,
  request: ProjectRequest,
  input: ProfileInput,
  opened?: ProfileInput,
): Promise<UpdateProfileOutcome | Refusal> {
  return changeProject<UpdateProfileOutcome>(deps, request, 'leader', (project, me, now) => {
    // A field the card did not send keeps its saved value; only an empty field clears it.
    const current = profileFormValues(project.profile);
    const merged = mergeFormChange(PROFILE_FIELDS, opened ?? current, opened ? input : { ...current, ...definedOnly(input) }, current);
    if (merged.kind === 'conflict') return { outcome: { kind: 'stale', fields: merged.fields, project } };
    const profile = validateProfile(merged.values);
    if (!profile.ok) return { outcome: { kind: 'invalid', errors: profile.error, project } };
    const completed = stepOf(project.steps, 1).status === 'open' ? applyStepCommand(project.steps, { action: 'complete', step: 1, actor: { kind: 'leader', key: me.key }, now }) : undefined;
    const steps = completed?.ok ? completed.value : project.steps;
    const saved = touch({ ...project, profile: profile.value, steps }, now);
    return { save: saved, outcome: { kind: 'saved', project: saved, stepDone: completed?.ok === true } };
  });
}

const definedOnly = (input: ProfileInput): ProfileInput => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
