import { formatDate } from '../../../i18n';
import { plainCardText } from '../../../kernel/card-text';
import type { CalendarDate } from '../../../kernel/calendar-date';
import type { Agreement, NumberedGoal } from '../app/monitoring';
import type { EvaluationCatalog } from '../i18n/catalog';

export const PROGRESS_FORM_CARD = 'progress-form';

export interface ProgressFormView {
  readonly projectId: string;
  readonly goal: string;
  readonly title: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly value: { readonly label: string; readonly placeholder: string; readonly value: string };
  readonly date: { readonly label: string; readonly value: string };
  readonly note: { readonly label: string; readonly value: string };
  readonly saveLabel: string;
  readonly requiredMessage: string;
}

/** Due dates shown on the form: the few around now are what the person needs. */
const DATES_SHOWN = 4;

export interface ProgressFormInput {
  readonly projectId: string;
  readonly goal: NumberedGoal;
  readonly agreement: Agreement;
  /** The date the form suggests: the due date of a reminder, else today. */
  readonly date: CalendarDate;
}

/** The form to enter one measured value for a goal (S6.1), with what to measure and when it is due. */
export function toProgressFormView(
  t: EvaluationCatalog, input: ProgressFormInput, typed: { readonly value?: string; readonly date?: string; readonly note?: string } = {}, notice = '', error = '',
): ProgressFormView {
  const f = t.progressForm;
  const { goal, agreement } = input;
  const upcoming = agreement.dueDates.filter((d) => d >= input.date).slice(0, DATES_SHOWN);
  const dates = (upcoming.length > 0 ? upcoming : agreement.dueDates.slice(-DATES_SHOWN)).map((d) => formatDate(t, d)).join(', ');
  return {
    projectId: input.projectId,
    goal: String(goal.number),
    title: f.title(goal.number),
    notice,
    errorSummary: error,
    facts: [
      { title: f.goal, value: plainCardText(goal.what) },
      { title: f.measure, value: plainCardText(agreement.what) },
      { title: f.target, value: plainCardText(`${goal.indicator}: ${goal.startValue} → ${goal.targetValue}`) },
      ...(dates ? [{ title: f.dates, value: dates }] : []),
    ],
    value: { label: f.value, placeholder: f.valuePlaceholder, value: typed.value ?? '' },
    date: { label: f.date, value: typed.date ?? input.date },
    note: { label: f.note, value: typed.note ?? '' },
    saveLabel: f.save,
    requiredMessage: f.required,
  };
}
