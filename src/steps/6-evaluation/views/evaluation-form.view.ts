import { plainCardText } from '../../../kernel/card-text';
import type { NumberedGoal } from '../app/monitoring';
import type { GoalEvaluation } from '../domain/evaluation-work';
import type { EvaluationCatalog } from '../i18n/catalog';

export const EVALUATION_FORM_CARD = 'evaluation-form';

interface Choice { readonly title: string; readonly value: string }

export interface EvaluationFormView {
  readonly projectId: string;
  readonly goal: string;
  readonly title: string;
  readonly what: string;
  readonly target: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly reached: { readonly label: string; readonly value: string; readonly choices: readonly Choice[] };
  readonly how: { readonly label: string; readonly value: string };
  readonly satisfied: { readonly label: string; readonly value: string; readonly choices: readonly Choice[] };
  readonly why: { readonly label: string; readonly value: string };
  readonly saveLabel: string;
  readonly requiredMessage: string;
}

/** What the form sends: words the typed command understands too, in either language. */
const REACHED = { yes: 'bereikt', no: 'niet bereikt' } as const;
const SATISFIED = { yes: 'tevreden', no: 'niet tevreden' } as const;

export type EvaluationTyped = Partial<Record<'reached' | 'how' | 'satisfied' | 'why', string>>;

/** One goal's row of the evaluation table (S6.3) as a form, filled with what was saved before or typed. */
export function toEvaluationFormView(
  t: EvaluationCatalog, projectId: string, goal: NumberedGoal, row: GoalEvaluation | undefined, typed: EvaluationTyped = {}, notice = '', error = '',
): EvaluationFormView {
  const f = t.evaluationForm;
  const saved = (yes: boolean | undefined, words: { readonly yes: string; readonly no: string }): string => (yes === undefined ? '' : yes ? words.yes : words.no);
  return {
    projectId,
    goal: String(goal.number),
    title: f.title(goal.number),
    what: plainCardText(goal.what),
    target: plainCardText(`${goal.indicator}: ${goal.startValue} → ${goal.targetValue}`),
    notice,
    errorSummary: error,
    reached: { label: f.reached, value: typed.reached ?? saved(row?.reached, REACHED), choices: [{ title: f.reachedYes, value: REACHED.yes }, { title: f.reachedNo, value: REACHED.no }] },
    how: { label: f.how, value: typed.how ?? row?.measuredHow ?? '' },
    satisfied: { label: f.satisfied, value: typed.satisfied ?? saved(row?.satisfied, SATISFIED), choices: [{ title: f.satisfiedYes, value: SATISFIED.yes }, { title: f.satisfiedNo, value: SATISFIED.no }] },
    why: { label: f.why, value: typed.why ?? row?.why ?? '' },
    saveLabel: t.progressForm.save,
    requiredMessage: t.progressForm.required,
  };
}
