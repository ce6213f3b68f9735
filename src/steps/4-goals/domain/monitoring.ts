import { parseCalendarDate, type CalendarDate } from '../../../kernel/calendar-date';
import { fail, ok, type Result } from '../../../kernel/result';

/** How often progress data is entered, or on which dates (S4.3 "wanneer"). */
export const FREQUENCIES = ['week', 'twoWeeks', 'month', 'quarter', 'dates'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export type Interval = Exclude<Frequency, 'dates'>;

export type MonitoringSchedule =
  | { readonly kind: 'every'; readonly interval: Interval; readonly from: CalendarDate }
  | { readonly kind: 'dates'; readonly dates: readonly CalendarDate[] };

/**
 * A monitoring agreement (S4.3): for one goal, which participant enters which progress data,
 * how often or on which dates. Step 6 reads these to ask for the data and remind (S6.1).
 */
export interface MonitoringAgreement {
  readonly id: string;
  readonly goalId: string;
  readonly participantKey: string;
  readonly participantName: string;
  readonly what: string;
  readonly schedule: MonitoringSchedule;
  readonly createdAt: string;
}

export const MAX_MONITORING_WHAT = 300;
export const MAX_MONITORING_DATES = 24;

export type MonitoringField = 'goal' | 'participant' | 'what' | 'frequency' | 'from' | 'dates';
export interface MonitoringFieldError {
  readonly field: MonitoringField;
  readonly code: 'required' | 'tooLong' | 'notAGoal' | 'unreadableDate' | 'inPast' | 'afterGoal' | 'tooMany';
}

export interface MonitoringInput {
  readonly what: string;
  readonly frequency: string;
  readonly from: string;
  readonly dates: string;
}

/** "1-3-2027, 1-6-2027" or "1 maart 2027; 1 juni 2027": the dates in order, each once. */
function readDates(typed: string): CalendarDate[] | undefined {
  const parts = typed.split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean);
  const dates = parts.map(parseCalendarDate);
  if (dates.some((d) => d === undefined)) return undefined;
  return [...new Set(dates as CalendarDate[])].sort();
}

/**
 * Checks what and when. Dates lie between today and the goal's target date: progress after the
 * goal's date is the evaluation's business (step 6), not monitoring.
 */
export function validateMonitoring(
  input: MonitoringInput, context: { readonly today: CalendarDate; readonly goalDate: CalendarDate },
): Result<Pick<MonitoringAgreement, 'what' | 'schedule'>, MonitoringFieldError[]> {
  const errors: MonitoringFieldError[] = [];
  const what = input.what.trim().replace(/[ \t]+/g, ' ');
  if (what === '') errors.push({ field: 'what', code: 'required' });
  else if (what.length > MAX_MONITORING_WHAT) errors.push({ field: 'what', code: 'tooLong' });
  const frequency = FREQUENCIES.find((f) => f === input.frequency.trim());
  const inRange = (field: 'from' | 'dates', date: CalendarDate): boolean => {
    if (date < context.today) errors.push({ field, code: 'inPast' });
    else if (date > context.goalDate) errors.push({ field, code: 'afterGoal' });
    else return true;
    return false;
  };
  let schedule: MonitoringSchedule | undefined;
  if (!frequency) errors.push({ field: 'frequency', code: 'required' });
  else if (frequency === 'dates') {
    const dates = input.dates.trim() === '' ? [] : readDates(input.dates);
    if (!dates) errors.push({ field: 'dates', code: 'unreadableDate' });
    else if (dates.length === 0) errors.push({ field: 'dates', code: 'required' });
    else if (dates.length > MAX_MONITORING_DATES) errors.push({ field: 'dates', code: 'tooMany' });
    else if (dates.every((d) => inRange('dates', d))) schedule = { kind: 'dates', dates };
  } else {
    const from = input.from.trim() === '' ? undefined : parseCalendarDate(input.from);
    if (input.from.trim() === '') errors.push({ field: 'from', code: 'required' });
    else if (!from) errors.push({ field: 'from', code: 'unreadableDate' });
    else if (inRange('from', from)) schedule = { kind: 'every', interval: frequency, from };
  }
  if (errors.length > 0 || !schedule) return fail(errors);
  return ok({ what, schedule });
}

const STEP: Readonly<Record<Interval, { readonly months: number; readonly days: number }>> = {
  week: { months: 0, days: 7 },
  twoWeeks: { months: 0, days: 14 },
  month: { months: 1, days: 0 },
  quarter: { months: 3, days: 0 },
};

/** The n-th date of a schedule: counted from the first date, so the 31st stays the last day of shorter months. */
function nth(from: CalendarDate, interval: Interval, n: number): CalendarDate {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const { months, days } = STEP[interval];
  const firstOfMonth = new Date(Date.UTC(year, month - 1 + months * n, 1));
  const lastDay = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth(), Math.min(day, lastDay) + days * n));
  return date.toISOString().slice(0, 10);
}

/** Enough for weekly entries over more than a year; a schedule is never endless. */
const MAX_DUE_DATES = 60;

/** The dates on which progress data is due, up to and including the goal's target date. */
export function dueDates(schedule: MonitoringSchedule, until: CalendarDate): CalendarDate[] {
  if (schedule.kind === 'dates') return schedule.dates.filter((d) => d <= until);
  const dates: CalendarDate[] = [];
  for (let n = 0; dates.length < MAX_DUE_DATES; n++) {
    const date = nth(schedule.from, schedule.interval, n);
    if (date > until) break;
    dates.push(date);
  }
  return dates;
}
