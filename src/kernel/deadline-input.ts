/**
 * Deadlines as a Dutch project leader types them after `tot` / `op`:
 * `15-12-2026 17:00`, `15 december om 17:00 uur`, `morgen 17:00`, `vrijdag`, …
 * Wall time is Europe/Amsterdam; the result is a UTC instant.
 */
import { amsterdamParts, amsterdamToUtc, amsterdamToUtcForward, type WallDate, type WallTime } from './amsterdam-time';
import { parseCalendarDate } from './calendar-date';
import { fail, ok, type Result } from './result';

export type DeadlineInputError = 'unreadable' | 'inPast' | 'nonexistentTime' | 'tooFar';

export interface Deadline {
  readonly instant: Date;
  /** The wall time happens twice (autumn DST change); the first occurrence was chosen. */
  readonly ambiguous: boolean;
}

export const DEADLINE_EXAMPLES_NL = ['15-12-2026', '15-12-2026 17:00', '15 december 17:00'] as const;
export const DEADLINE_EXAMPLES_EN = ['15-12-2026', '15-12-2026 17:00', '15 December 17:00'] as const;

/**
 * Without a time the deadline is the end of that day: "tot 15 december" in Dutch
 * includes the 15th, so the work may still be handed in that evening.
 */
const END_OF_DAY: WallTime = { hour: 23, minute: 59 };
const MAX_YEARS_AHEAD = 5;

const RELATIVE_DAYS: Record<string, number> = {
  vandaag: 0, today: 0,
  morgen: 1, tomorrow: 1,
  overmorgen: 2, 'day after tomorrow': 2,
};

const WEEKDAYS: Record<string, number> = {
  maandag: 1, monday: 1,
  dinsdag: 2, tuesday: 2,
  woensdag: 3, wednesday: 3,
  donderdag: 4, thursday: 4,
  vrijdag: 5, friday: 5,
  zaterdag: 6, saturday: 6,
  zondag: 7, sunday: 7,
};

/**
 * Candidate days in order. A `fixed` day is what was typed; for `recurring` input
 * (no year, a weekday name) the first candidate not yet past is meant.
 */
interface DayChoice {
  readonly recurring: boolean;
  readonly candidates: readonly WallDate[];
}

export function parseDeadlineInput(text: string, now: Date): Result<Deadline, DeadlineInputError> {
  const normalized = text.toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  const split = splitTime(normalized);
  if (!split) return fail('unreadable');
  const choice = readDay(split.dayText, now);
  if (!choice) return fail('unreadable');
  const time = split.time ?? END_OF_DAY;

  for (const date of choice.candidates) {
    const exact = amsterdamToUtc(date, time);
    // A time in the spring gap is judged "past or not" by where it would have been.
    const instant = exact.ok ? exact.instant : amsterdamToUtcForward(date, time);
    if (instant.getTime() <= now.getTime()) {
      if (choice.recurring) continue;
      return fail('inPast');
    }
    if (!exact.ok) return fail('nonexistentTime');
    if (instant.getTime() > yearsLater(now, MAX_YEARS_AHEAD).getTime()) return fail('tooFar');
    return ok({ instant, ambiguous: exact.ambiguous });
  }
  return fail('inPast');
}

/** Separates an optional trailing time ("17:00", "17.00", "om 9:30 uur", "17 uur") from the day. */
function splitTime(text: string): { dayText: string; time: WallTime | undefined } | undefined {
  const uur = /^(.*?)\s*(?<![a-z])uur$/.exec(text);
  const rest = uur ? (uur[1] ?? '') : text;
  const match = /^(.+?) (?:(?:om|at) )?(\d{1,2})(?:[:.](\d{2}))?$/.exec(rest);
  // Bare "15 december 17" stays a (bad) date; a whole hour needs "uur" to be a time.
  if (!match || (match[3] === undefined && !uur)) {
    return uur ? undefined : { dayText: text, time: undefined };
  }
  const hour = Number(match[2]);
  const minute = Number(match[3] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return { dayText: match[1] ?? '', time: { hour, minute } };
}

function readDay(text: string, now: Date): DayChoice | undefined {
  const today = amsterdamParts(now);
  const relative = RELATIVE_DAYS[text];
  if (relative !== undefined) return { recurring: false, candidates: [plusDays(today, relative)] };

  const weekday = WEEKDAYS[text];
  if (weekday !== undefined) {
    // Today first (if its time is still ahead), else the same weekday a week later.
    const days = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => plusDays(today, n));
    return { recurring: true, candidates: days.filter((d) => isoWeekday(d) === weekday) };
  }

  // A leading weekday ("dinsdag 15 december 2026", as the bot itself writes) must agree with the date.
  // Only before a numbered date: "vrijdag morgen" is Dutch for Friday morning, not tomorrow.
  const named = /^([a-z]+) (\d.*)$/.exec(text);
  const prefixDay = WEEKDAYS[named?.[1] ?? ''];
  if (named && prefixDay !== undefined) {
    const choice = readDay(named[2] ?? '', now);
    const candidates = choice?.candidates.filter((d) => isoWeekday(d) === prefixDay) ?? [];
    return choice && candidates.length > 0 ? { recurring: choice.recurring, candidates } : undefined;
  }

  const full = parseCalendarDate(text);
  if (full) return { recurring: false, candidates: [fromIso(full)] };

  // No year: the next occurrence. Eight years reach the next 29 February from any date.
  const yearless = /^(\d{1,2}) ([a-z]+)\.?$/.exec(text) ?? /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (!yearless) return undefined;
  const separator = /^\d+$/.test(yearless[2] ?? '') ? '-' : ' ';
  const candidates: WallDate[] = [];
  for (let year = today.year; year <= today.year + 8; year += 1) {
    const iso = parseCalendarDate(`${yearless[1]}${separator}${yearless[2]}${separator}${year}`);
    if (iso) candidates.push(fromIso(iso));
  }
  return candidates.length > 0 ? { recurring: true, candidates } : undefined;
}

function plusDays(date: WallDate, days: number): WallDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isoWeekday(date: WallDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

function fromIso(iso: string): WallDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
}

/** The same UTC moment `years` later; 29 February rolls over to 1 March. */
function yearsLater(now: Date, years: number): Date {
  const later = new Date(now.getTime());
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return later;
}
