import { plainCardText } from '../../../kernel/card-text';
import type { Candidate, NumberedGoal } from '../app/execution';
import { formatEuro, formatHundredths } from '../domain/amounts';
import type { ExecutionMeasure } from '../domain/execution-work';
import type { MeasureFormInput } from '../domain/measure-form';
import type { ExecutionCatalog } from '../i18n/catalog';

export const MEASURE_FORM_CARD = 'execution-measure-form';

interface Field { readonly id: string; readonly label: string; readonly placeholder: string; readonly value: string; readonly isMultiline: boolean; readonly isRequired: boolean; readonly maxLength: number }

export interface MeasureFormView {
  readonly projectId: string;
  /** The measure's number when it is changed; empty for a new one. */
  readonly measure: string;
  /** For a change: the values the form was opened with (JSON), so a save applies only what was changed here. */
  readonly opened: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly errorSummary: string;
  readonly top: readonly Field[];
  readonly start: { readonly label: string; readonly value: string };
  readonly end: { readonly label: string; readonly value: string };
  readonly goals: { readonly label: string; readonly value: string; readonly choices: readonly { readonly title: string; readonly value: string }[] };
  readonly bottom: readonly Field[];
  readonly saveLabel: string;
  readonly planLabel: string;
  readonly requiredMessage: string;
}

/** What the form shows for a measure of the matrix: its fields as the leader would type them. */
export function measureAsInput(t: ExecutionCatalog, m: ExecutionMeasure): MeasureFormInput {
  return {
    what: m.what,
    who: m.who.name ? `${m.who.name} (${m.who.organisation})` : m.who.organisation,
    how: m.how,
    start: m.start,
    end: m.end,
    goals: m.goalIds.join(','),
    costs: m.costCents === null ? '' : formatEuro(m.costCents).replace(/^€\s*/, ''),
    funders: m.funders.map((f) => `${f.name} ${formatHundredths(f.share)}%`).join(', '),
    capacity: m.capacity.map((c) => `${c.name} ${formatHundredths(c.amount)} ${c.unit === 'fte' ? 'fte' : t.forms.hoursWord}`).join('\n'),
  };
}

/** A measure of step 3 or 4 taken into the matrix: its words and who does it, the rest still to fill in. */
export const candidateAsInput = (c: Candidate): MeasureFormInput => ({ what: c.what, who: c.who.replace(/^(.+), (.+)$/, '$1 ($2)') });

/** The measure form (S5.1–S5.3): the matrix fields, the goals it serves, and optionally costs and capacity. */
export function toMeasureFormView(
  t: ExecutionCatalog, projectId: string, goals: readonly NumberedGoal[], hoursPerFte: number,
  number: number | undefined, typed: MeasureFormInput = {}, notice = '', error = '', opened: MeasureFormInput = {},
): MeasureFormView {
  const f = t.forms;
  const field = (id: keyof MeasureFormInput, label: string, options: { placeholder?: string; multiline?: boolean; required?: boolean; max?: number } = {}): Field => ({
    id, label, placeholder: options.placeholder ?? '', value: typed[id] ?? '', isMultiline: options.multiline ?? false, isRequired: options.required ?? true, maxLength: options.max ?? 500,
  });
  return {
    projectId,
    measure: number === undefined ? '' : String(number),
    opened: number === undefined ? '' : JSON.stringify(opened),
    title: number === undefined ? f.measureTitle : f.measureChangeTitle(number),
    intro: f.measureIntro,
    notice,
    errorSummary: error,
    top: [field('what', f.what, { multiline: true }), field('who', f.who, { placeholder: f.whoPlaceholder, max: 200 }), field('how', f.how, { multiline: true })],
    start: { label: f.start, value: typed.start ?? '' },
    end: { label: f.end, value: typed.end ?? '' },
    goals: { label: f.goals, value: typed.goals ?? '', choices: goals.map((g) => ({ title: t.matrix.gap(g.number, plainCardText(g.what)), value: g.id })) },
    bottom: [
      field('costs', f.costs, { placeholder: f.costsPlaceholder, required: false, max: 30 }),
      field('funders', f.funders, { placeholder: f.fundersPlaceholder, required: false, max: 500 }),
      field('capacity', f.capacity(hoursPerFte), { placeholder: f.capacityPlaceholder, multiline: true, required: false, max: 2000 }),
    ],
    saveLabel: f.save,
    planLabel: f.toPlan,
    requiredMessage: f.required,
  };
}
