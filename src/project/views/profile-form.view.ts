import type { Catalog } from '../../i18n';
import { amsterdamDate } from '../../kernel/calendar-date';
import { TEXT_LIMITS } from '../../kernel/limits';
import type { Project } from '../domain/project';
import type { FormFieldView } from '../../kernel/form-field';
import { profileFormValues, type ProfileField, type ProfileFieldError, type ProfileInput } from '../domain/profile';


export interface ProfileFormView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly errorSummary: string;
  /** The saved values the form is opened with (JSON), so a save applies only what was changed on it. */
  readonly opened: string;
  readonly saveLabel: string;
  readonly name: FormFieldView;
  readonly commissioner: FormFieldView;
  readonly startDate: FormFieldView;
  readonly plannedEndDate: FormFieldView;
  readonly description: FormFieldView;
}

/**
 * The edit form, filled with what is saved or (after a refusal) with what was typed,
 * each error next to its own field.
 */
export function toProfileFormView(
  t: Catalog,
  project: Project,
  typed?: ProfileInput,
  errors: readonly ProfileFieldError[] = [],
  notice = '',
): ProfileFormView {
  const saved = project.profile;
  const values: Record<ProfileField, string> = {
    name: typed?.name ?? saved?.name ?? '',
    commissioner: typed?.commissioner ?? saved?.commissioner ?? '',
    startDate: typed?.startDate ?? saved?.startDate ?? amsterdamDate(new Date(project.createdAt)),
    plannedEndDate: typed?.plannedEndDate ?? saved?.plannedEndDate ?? '',
    description: typed?.description ?? saved?.description ?? '',
  };
  const errorFor = (field: ProfileField): string => {
    const error = errors.find((e) => e.field === field);
    if (!error) return '';
    return error.code === 'tooLong' ? t.profile.errors.tooLong(error.max ?? 0) : t.profile.errors[error.code];
  };
  const field = (name: ProfileField, maxLength: number, placeholder = ''): FormFieldView => ({
    label: t.profile[name],
    value: values[name].slice(0, maxLength),
    error: errorFor(name),
    maxLength,
    requiredMessage: t.profile.errors.required,
    placeholder,
  });
  return {
    projectId: project.id,
    title: t.profile.formTitle,
    intro: t.profile.formIntro,
    errorSummary: errors.length > 0 ? t.profile.errors.summary : notice,
    opened: JSON.stringify(profileFormValues(project.profile)),
    saveLabel: t.profile.save,
    name: field('name', TEXT_LIMITS.projectName),
    commissioner: field('commissioner', TEXT_LIMITS.commissioner, t.profile.commissionerPlaceholder),
    startDate: field('startDate', 40),
    plannedEndDate: field('plannedEndDate', 40),
    description: field('description', TEXT_LIMITS.description),
  };
}
