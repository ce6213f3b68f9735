import { parseCalendarDate, type CalendarDate } from '../../kernel/calendar-date';
import { TEXT_LIMITS } from '../../kernel/limits';
import { fail, ok, type Result } from '../../kernel/result';

/** Step 1 project data (S1.1). */
export interface ProjectProfile {
  readonly name: string;
  readonly commissioner: string;
  readonly startDate: CalendarDate | null;
  readonly plannedEndDate: CalendarDate | null;
  readonly description: string;
}

/** The profile as typed into the card: every field text, possibly missing. */
export interface ProfileInput {
  readonly name?: string;
  readonly commissioner?: string;
  readonly startDate?: string;
  readonly plannedEndDate?: string;
  readonly description?: string;
}

export type ProfileField = keyof ProfileInput;

export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'commissioner', 'startDate', 'plannedEndDate', 'description'];

/** The saved profile as the form's texts ('' for what is not filled in): what a form is opened with. */
export function profileFormValues(profile: ProjectProfile | null): Record<ProfileField, string> {
  return {
    name: profile?.name ?? '',
    commissioner: profile?.commissioner ?? '',
    startDate: profile?.startDate ?? '',
    plannedEndDate: profile?.plannedEndDate ?? '',
    description: profile?.description ?? '',
  };
}
export type ProfileErrorCode = 'required' | 'tooLong' | 'unreadableDate' | 'endBeforeStart';
export interface ProfileFieldError {
  readonly field: ProfileField;
  readonly code: ProfileErrorCode;
  readonly max?: number;
}

/** Checks every field at once, so the card can show all errors next to their fields. */
export function validateProfile(input: ProfileInput): Result<ProjectProfile, ProfileFieldError[]> {
  const errors: ProfileFieldError[] = [];
  const text = (field: 'name' | 'commissioner' | 'description', max: number, required: boolean): string => {
    const value = (input[field] ?? '').trim();
    if (required && value === '') errors.push({ field, code: 'required' });
    if (value.length > max) errors.push({ field, code: 'tooLong', max });
    return value;
  };
  const date = (field: 'startDate' | 'plannedEndDate'): CalendarDate | null => {
    const raw = (input[field] ?? '').trim();
    if (raw === '') return null;
    const parsed = parseCalendarDate(raw);
    if (!parsed) errors.push({ field, code: 'unreadableDate' });
    return parsed ?? null;
  };

  const name = text('name', TEXT_LIMITS.projectName, true);
  const commissioner = text('commissioner', TEXT_LIMITS.commissioner, false);
  const description = text('description', TEXT_LIMITS.description, false);
  const startDate = date('startDate');
  const plannedEndDate = date('plannedEndDate');
  if (startDate && plannedEndDate && plannedEndDate < startDate) {
    errors.push({ field: 'plannedEndDate', code: 'endBeforeStart' });
  }
  if (errors.length > 0) return fail(errors);
  return ok({ name, commissioner, startDate, plannedEndDate, description });
}
