import type { EntryBase } from '../../../engine';
import { parseCalendarDate, type CalendarDate } from '../../../kernel/calendar-date';
import { fail, ok, type Result } from '../../../kernel/result';

/** The five SMART elements (S4.1), in their order. */
export const SMART_ELEMENTS = ['specifiek', 'meetbaar', 'acceptabel', 'realistisch', 'tijdgebonden'] as const;
export type SmartElement = (typeof SMART_ELEMENTS)[number];

/**
 * A goal of the project group (doelstelling, S4.1), entered by the leader: what exactly
 * (specifiek), the indicator with its starting and target value and how and by whom it is
 * measured (meetbaar), who carries it (acceptabel), why it is achievable (realistisch), the date
 * by which it is reached (tijdgebonden), and the priority problems it serves.
 */
export interface Goal extends EntryBase<'goal'> {
  readonly what: string;
  readonly indicator: string;
  readonly startValue: string;
  readonly targetValue: string;
  readonly measuredBy: string;
  readonly carriedBy: string;
  readonly whyRealistic: string;
  readonly targetDate: CalendarDate;
  /** Problems of step 2's priority list (cluster ids), at least one. */
  readonly problemIds: readonly string[];
}

export const GOAL_TEXT_FIELDS = ['what', 'indicator', 'startValue', 'targetValue', 'measuredBy', 'carriedBy', 'whyRealistic'] as const;
export type GoalTextField = (typeof GOAL_TEXT_FIELDS)[number];
export type GoalField = GoalTextField | 'targetDate' | 'problemIds';

/** Which SMART element each field belongs to; the problems served are not one of them. */
export const ELEMENT_OF: Readonly<Record<GoalField, SmartElement | null>> = {
  what: 'specifiek',
  indicator: 'meetbaar',
  startValue: 'meetbaar',
  targetValue: 'meetbaar',
  measuredBy: 'meetbaar',
  carriedBy: 'acceptabel',
  whyRealistic: 'realistisch',
  targetDate: 'tijdgebonden',
  problemIds: null,
};

export const MAX_GOAL_TEXT: Readonly<Record<GoalTextField, number>> = {
  what: 500, indicator: 200, startValue: 100, targetValue: 100, measuredBy: 300, carriedBy: 300, whyRealistic: 500,
};

/** The form as sent: every field text; the problems of a multi-select arrive comma-separated. */
export type GoalInput = Partial<Record<GoalTextField | 'targetDate' | 'problemIds', string | undefined>>;

export interface GoalFieldError {
  readonly field: GoalField;
  readonly code: 'required' | 'tooLong' | 'unreadableDate' | 'inPast' | 'notOnList';
}

export type ValidGoal = Pick<Goal, GoalTextField | 'targetDate' | 'problemIds'>;

/**
 * Checks a goal: every SMART element filled in (an indicator needs its starting and target value
 * and how it is measured), a readable target date that is not in the past, and at least one
 * problem of the priority list.
 */
export function validateGoal(input: GoalInput, context: { readonly problemIds: readonly string[]; readonly today: CalendarDate }): Result<ValidGoal, GoalFieldError[]> {
  const errors: GoalFieldError[] = [];
  const texts = {} as Record<GoalTextField, string>;
  for (const field of GOAL_TEXT_FIELDS) {
    const value = (input[field] ?? '').trim().replace(/[ \t]+/g, ' ');
    if (value === '') errors.push({ field, code: 'required' });
    else if (value.length > MAX_GOAL_TEXT[field]) errors.push({ field, code: 'tooLong' });
    texts[field] = value;
  }
  const rawDate = (input.targetDate ?? '').trim();
  const targetDate = rawDate === '' ? undefined : parseCalendarDate(rawDate);
  if (rawDate === '') errors.push({ field: 'targetDate', code: 'required' });
  else if (!targetDate) errors.push({ field: 'targetDate', code: 'unreadableDate' });
  else if (targetDate < context.today) errors.push({ field: 'targetDate', code: 'inPast' });
  const chosen = [...new Set((input.problemIds ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  if (chosen.length === 0) errors.push({ field: 'problemIds', code: 'required' });
  else if (chosen.some((id) => !context.problemIds.includes(id))) errors.push({ field: 'problemIds', code: 'notOnList' });
  if (errors.length > 0 || !targetDate) return fail(errors);
  // In the order of the priority list, whatever order they were ticked in.
  return ok({ ...texts, targetDate, problemIds: context.problemIds.filter((id) => chosen.includes(id)) });
}

/** The SMART elements a refused goal lacks or has wrong, in SMART order. */
export const elementsOf = (errors: readonly GoalFieldError[]): SmartElement[] =>
  SMART_ELEMENTS.filter((element) => errors.some((e) => ELEMENT_OF[e.field] === element));

/** Same text, ignoring case and spacing: the same goal saved twice (a double click) is one goal. */
export const sameGoal = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Goals in the order they were saved, numbered from 1: "Doel 2" is the second one saved. */
export const inOrder = (goals: readonly Goal[]): Goal[] => [...goals].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
