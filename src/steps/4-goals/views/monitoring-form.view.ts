import { parseCalendarDate } from '../../../kernel/calendar-date';
import type { Project } from '../../../project';
import type { Goal } from '../domain/goal';
import { FREQUENCIES, MAX_MONITORING_WHAT, type MonitoringFieldError } from '../domain/monitoring';
import type { GoalCatalog } from '../i18n/catalog';
import type { MonitoringForm } from '../app/monitoring';

export const MONITORING_FORM_CARD = 'monitoring-form';

type Choice = { readonly title: string; readonly value: string };
interface Field {
  readonly label: string;
  readonly value: string;
  readonly error: string;
}

export interface MonitoringFormView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly requiredMessage: string;
  readonly goal: Field & { readonly choices: readonly Choice[] };
  readonly participant: Field & { readonly choices: readonly Choice[] };
  readonly what: Field & { readonly placeholder: string; readonly maxLength: number };
  readonly frequency: Field & { readonly choices: readonly Choice[] };
  readonly from: Field;
  readonly dates: Field & { readonly placeholder: string };
  readonly saveLabel: string;
  readonly backLabel: string;
}

/** The agreement form (S4.3): goal, participant, which data, how often from when, or on which dates. */
export function toMonitoringFormView(
  t: GoalCatalog, project: Project, goals: readonly Goal[], typed: Partial<MonitoringForm> = {}, errors: readonly MonitoringFieldError[] = [], notice = '',
): MonitoringFormView {
  const m = t.monitoring;
  const errorFor = (field: MonitoringFieldError['field']): string => {
    const error = errors.find((e) => e.field === field);
    if (!error) return '';
    return error.code === 'tooLong' ? m.errors.tooLong(MAX_MONITORING_WHAT) : m.errors[error.code];
  };
  const known = <T extends { readonly value: string }>(choices: readonly T[], value: string | undefined): string => choices.find((c) => c.value === value)?.value ?? '';
  const goalChoices = goals.map((g, index) => ({ title: m.goalChoice(index + 1, g.what), value: g.id }));
  const people = project.participants.map((p) => ({ title: m.participantChoice(p.name, p.organisation ?? ''), value: p.key }));
  const frequencies = FREQUENCIES.map((value) => ({ title: m.frequencies[value], value }));
  return {
    projectId: project.id,
    title: m.formTitle,
    intro: m.formIntro,
    notice,
    errorSummary: errors.length > 0 ? m.errors.summary : '',
    requiredMessage: m.errors.required,
    goal: { label: m.goalLabel, value: known(goalChoices, typed.goalId), error: errorFor('goal'), choices: goalChoices },
    participant: { label: m.participantLabel, value: known(people, typed.participant), error: errorFor('participant'), choices: people },
    what: { label: m.whatLabel, placeholder: m.whatPlaceholder, value: (typed.what ?? '').slice(0, MAX_MONITORING_WHAT), error: errorFor('what'), maxLength: MAX_MONITORING_WHAT },
    frequency: { label: m.frequencyLabel, value: known(frequencies, typed.frequency), error: errorFor('frequency'), choices: frequencies },
    from: { label: m.fromLabel, value: parseCalendarDate(typed.from ?? '') ?? '', error: errorFor('from') },
    dates: { label: m.datesLabel, placeholder: m.datesPlaceholder, value: typed.dates ?? '', error: errorFor('dates') },
    saveLabel: m.save,
    backLabel: m.back,
  };
}
