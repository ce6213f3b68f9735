import type { EntryBase } from '../../../engine';
import type { CalendarDate } from '../../../kernel/calendar-date';

/** One progress measurement by the participant of a monitoring agreement, or the leader (S6.1). */
export interface ProgressEntry extends EntryBase<'progress'> {
  readonly goalId: string;
  readonly agreementId: string;
  readonly value: string;
  readonly date: CalendarDate;
  readonly note: string;
  readonly authorName: string;
}

/** Days after a due date that an entry still counts for it, and after which it is overdue. */
export const GRACE_DAYS = 7;

export const addDays = (date: CalendarDate, days: number): CalendarDate => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const overdueDate = (due: CalendarDate): CalendarDate => addDays(due, GRACE_DAYS);

/**
 * Which due dates an agreement's entries cover: each entry, in date order, covers the earliest
 * due date not yet covered that is at most `GRACE_DAYS` after it. So a measurement a few days
 * early counts for its date, and a late one makes up for the oldest one missing.
 */
export function coveredDueDates(dueDates: readonly CalendarDate[], entryDates: readonly CalendarDate[]): Set<CalendarDate> {
  const covered = new Set<CalendarDate>();
  for (const date of [...entryDates].sort()) {
    const due = dueDates.find((d) => !covered.has(d) && addDays(d, -GRACE_DAYS) <= date);
    if (due !== undefined) covered.add(due);
  }
  return covered;
}

/** The due dates up to today without an entry (S6.1). */
export const missingDueDates = (dueDates: readonly CalendarDate[], entryDates: readonly CalendarDate[], today: CalendarDate): CalendarDate[] => {
  const covered = coveredDueDates(dueDates, entryDates);
  return dueDates.filter((d) => d <= today && !covered.has(d));
};

/** A number as typed, "12" or "7,5": undefined when it is none. Negative values are allowed for measurements, but not text. */
export function readNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s+/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

/** How far from start to target the latest value is, in whole percent; undefined when not numeric or start equals target. */
export function progressPercent(start: string, target: string, latest: string): number | undefined {
  const [s, g, l] = [readNumber(start), readNumber(target), readNumber(latest)];
  if (s === undefined || g === undefined || l === undefined || s === g) return undefined;
  return Math.round(((l - s) / (g - s)) * 100);
}

export type ReminderKind = 'due' | 'overdue';

/**
 * The reminders one agreement needs for the days after `since` up to and including `today`: on a
 * due date not yet covered by an entry, and again `GRACE_DAYS` later when it still is not. Days
 * missed (the bot was down) are caught up, but a date that is already overdue gets only the
 * second reminder.
 */
export function remindersBetween(
  dueDates: readonly CalendarDate[], entryDates: readonly CalendarDate[], since: CalendarDate, today: CalendarDate,
): { readonly date: CalendarDate; readonly kind: ReminderKind }[] {
  const covered = coveredDueDates(dueDates, entryDates);
  const inWindow = (date: CalendarDate): boolean => date > since && date <= today;
  return dueDates.flatMap((date): { date: CalendarDate; kind: ReminderKind }[] => {
    if (covered.has(date)) return [];
    if (inWindow(overdueDate(date))) return [{ date, kind: 'overdue' }];
    return inWindow(date) && overdueDate(date) > today ? [{ date, kind: 'due' }] : [];
  });
}
