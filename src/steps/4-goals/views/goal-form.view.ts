import type { PriorityItem } from '../../2-problems';
import { parseCalendarDate } from '../../../kernel/calendar-date';
import { elementsOf, GOAL_TEXT_FIELDS, MAX_GOAL_TEXT, type GoalFieldError, type GoalInput } from '../domain/goal';
import type { GoalCatalog } from '../i18n/catalog';

export const GOAL_FORM_CARD = 'goal-form';

interface TextField {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly error: string;
  readonly maxLength: number;
  readonly isMultiline: boolean;
}

export interface GoalFormView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly saveLabel: string;
  readonly listLabel: string;
  readonly requiredMessage: string;
  readonly fields: readonly TextField[];
  readonly targetDate: { readonly label: string; readonly value: string; readonly error: string };
  readonly problems: { readonly label: string; readonly value: string; readonly error: string; readonly choices: readonly { readonly title: string; readonly value: string }[] };
}

const MULTILINE = new Set(['what', 'measuredBy', 'whyRealistic']);

/** "Meetbaar en Tijdgebonden", or "Specifiek, Meetbaar en Tijdgebonden". */
function listed(t: GoalCatalog, names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${t.goals.and}${names.at(-1) ?? ''}`;
}

/** Why the goal was refused, naming the SMART elements that are missing or wrong. */
export function goalRefusal(t: GoalCatalog, errors: readonly GoalFieldError[]): string {
  const elements = elementsOf(errors).map((e) => t.goals.elements[e]);
  if (elements.length === 0) return errors.length > 0 ? t.goals.refusedProblems : '';
  return elements.length === 1 ? t.goals.refusedOne(elements[0] ?? '') : t.goals.refusedMany(listed(t, elements));
}

/** The goal form (S4.1): one field per part of every SMART element, and the priority problems it serves. */
export function toGoalFormView(t: GoalCatalog, projectId: string, problems: readonly PriorityItem[], typed: GoalInput = {}, errors: readonly GoalFieldError[] = [], notice = ''): GoalFormView {
  const g = t.goals;
  const errorFor = (field: GoalFieldError['field'], max = 0): string => {
    const error = errors.find((e) => e.field === field);
    if (!error) return '';
    return error.code === 'tooLong' ? g.errors.tooLong(max) : g.errors[error.code];
  };
  const chosen = (typed.problemIds ?? '').split(',').map((id) => id.trim());
  return {
    projectId,
    title: g.formTitle,
    intro: g.formIntro,
    notice,
    errorSummary: goalRefusal(t, errors),
    saveLabel: g.save,
    listLabel: g.listButton,
    requiredMessage: g.errors.required,
    fields: GOAL_TEXT_FIELDS.map((id) => ({
      id,
      label: g.fields[id],
      placeholder: g.placeholders[id],
      value: (typed[id] ?? '').slice(0, MAX_GOAL_TEXT[id]),
      error: errorFor(id, MAX_GOAL_TEXT[id]),
      maxLength: MAX_GOAL_TEXT[id],
      isMultiline: MULTILINE.has(id),
    })),
    // A date picker takes only ISO dates; anything else would be dropped by Teams anyway.
    targetDate: { label: g.fields.targetDate, value: parseCalendarDate(typed.targetDate ?? '') ?? '', error: errorFor('targetDate') },
    problems: {
      label: g.fields.problemIds,
      value: problems.filter((p) => chosen.includes(p.id)).map((p) => p.id).join(','),
      error: errorFor('problemIds'),
      choices: problems.map((p) => ({ title: `${p.rank}. ${p.name}`, value: p.id })),
    },
  };
}
