import { parseCalendarDate } from '../../../kernel/calendar-date';
import { fail, ok, type Result } from '../../../kernel/result';
import type { Capacity, ExecutionMeasure } from './execution-work';
import { parseAmount, parseCapacity, parseExecutor, parseFunders, type InputError } from './input';

/** The measure form as sent: every field as text; the goals of a multi-select arrive comma-separated. */
export const MEASURE_INPUT_FIELDS = ['what', 'who', 'how', 'start', 'end', 'goals', 'costs', 'funders', 'capacity'] as const;
export type MeasureFormInput = Partial<Record<(typeof MEASURE_INPUT_FIELDS)[number], string>>;

export type MeasureFields = Omit<ExecutionMeasure, 'id' | 'number'>;

/** What the form can change; the first five are the matrix (S5.1), then costs (S5.2) and capacity (S5.3). */
export const FORM_FIELDS = ['what', 'who', 'how', 'when', 'goals', 'costs', 'capacity'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

type Participants = Parameters<typeof parseExecutor>[1];

/** "Rachid El Amrani 8 uur" per line (or separated by ";"); a later line for the same person wins, 0 takes them off. */
function parseCapacityLines(text: string, participants: Participants): Result<Capacity[], InputError> {
  const byName = new Map<string, Capacity>();
  for (const line of text.split(/\r?\n|;/).map((l) => l.trim()).filter((l) => l !== '')) {
    const capacity = parseCapacity(line, participants);
    if (!capacity.ok) return capacity;
    byName.set(capacity.value.name, capacity.value);
  }
  return ok([...byName.values()].filter((c) => c.amount > 0));
}

/**
 * Checks the whole form: what, who, how and when are required, at least one existing goal; costs
 * and capacity may stay empty while unknown, but funders need an amount to share.
 */
export function validateMeasureForm(input: MeasureFormInput, participants: Participants, goalIds: readonly string[]): Result<MeasureFields, InputError> {
  const text = (key: keyof MeasureFormInput): string => (input[key] ?? '').trim();
  for (const [key, field] of [['what', 'what'], ['who', 'who'], ['how', 'how'], ['start', 'when'], ['end', 'when']] as const) {
    if (text(key) === '') return fail({ kind: 'missing', field });
  }
  const who = parseExecutor(text('who'), participants);
  if (!who.ok) return who;
  const start = parseCalendarDate(text('start'));
  if (!start) return fail({ kind: 'badDate', text: text('start') });
  const end = parseCalendarDate(text('end'));
  if (!end) return fail({ kind: 'badDate', text: text('end') });
  if (end < start) return fail({ kind: 'endBeforeStart' });
  const goals = text('goals').split(',').map((g) => g.trim()).filter((g) => g !== '');
  if (goals.length === 0) return fail({ kind: 'noGoal' });
  const unknown = goals.find((g) => !goalIds.includes(g));
  if (unknown) return fail({ kind: 'unknownGoal', text: unknown });
  const amount = text('costs') === '' ? ok(null) : parseAmount(text('costs'));
  if (!amount.ok) return amount;
  const funders = parseFunders(text('funders'));
  if (!funders.ok) return funders;
  if (amount.value === null && funders.value.length > 0) return fail({ kind: 'fundersWithoutAmount' });
  const capacity = parseCapacityLines(text('capacity'), participants);
  if (!capacity.ok) return capacity;
  return ok({
    what: text('what'), who: who.value, how: text('how'), start, end, goalIds: [...new Set(goals)], costCents: amount.value, funders: funders.value, capacity: capacity.value,
  });
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Which parts of a measure the form changed, in the form's order. */
export function changedFields(before: ExecutionMeasure, after: MeasureFields): FormField[] {
  const differs: Record<FormField, boolean> = {
    what: before.what !== after.what,
    who: !same(before.who, after.who),
    how: before.how !== after.how,
    when: before.start !== after.start || before.end !== after.end,
    goals: !same([...before.goalIds].sort(), [...after.goalIds].sort()),
    costs: before.costCents !== after.costCents || !same(before.funders, after.funders),
    capacity: !same(before.capacity, after.capacity),
  };
  return FORM_FIELDS.filter((f) => differs[f]);
}
