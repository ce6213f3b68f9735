import { plainCardText } from '../../../kernel/card-text';
import type { CalendarDate } from '../../../kernel/calendar-date';
import { decisionOf, neededApprovals, type ExecutionWork } from '../domain/execution-work';
import type { ExecutionCatalog } from '../i18n/catalog';

export const DECISION_FORM_CARD = 'decision-form';

export interface DecisionFormView {
  readonly projectId: string;
  readonly title: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly organisation: { readonly label: string; readonly placeholder: string; readonly value: string };
  readonly outcome: { readonly label: string; readonly value: string; readonly choices: readonly { readonly title: string; readonly value: string }[] };
  readonly conditions: { readonly label: string; readonly value: string };
  readonly date: { readonly label: string; readonly value: string };
  readonly remarks: { readonly label: string; readonly value: string };
  readonly saveLabel: string;
  readonly planLabel: string;
  readonly requiredMessage: string;
}

/** The outcomes as the form sends them: the words the typed command reads too. */
export const OUTCOME_WORDS = { akkoord: 'akkoord', nietAkkoord: 'niet akkoord', voorwaarden: 'akkoord onder voorwaarden' } as const;

export type DecisionTyped = Partial<Record<'organisation' | 'outcome' | 'conditions' | 'date' | 'remarks', string>>;

/** The decision form (S5.5); the placeholder names the organisations whose approval is still missing. */
export function toDecisionFormView(t: ExecutionCatalog, projectId: string, work: ExecutionWork, today: CalendarDate, typed: DecisionTyped = {}, notice = '', error = ''): DecisionFormView {
  const f = t.forms;
  const missing = neededApprovals(work).filter((o) => decisionOf(work, o) === undefined).map(plainCardText).join(', ');
  return {
    projectId,
    title: f.decisionTitle,
    notice,
    errorSummary: error,
    organisation: { label: f.organisation, placeholder: f.organisationPlaceholder(missing), value: typed.organisation ?? '' },
    outcome: {
      label: f.outcome,
      value: typed.outcome ?? '',
      choices: (Object.keys(OUTCOME_WORDS) as (keyof typeof OUTCOME_WORDS)[]).map((k) => ({ title: t.outcomes[k], value: OUTCOME_WORDS[k] })),
    },
    conditions: { label: f.conditions, value: typed.conditions ?? '' },
    date: { label: f.date, value: typed.date ?? today },
    remarks: { label: f.remarks, value: typed.remarks ?? '' },
    saveLabel: f.save,
    planLabel: f.toPlan,
    requiredMessage: f.required,
  };
}
