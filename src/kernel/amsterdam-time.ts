/**
 * Wall-clock time in Europe/Amsterdam, the zone every user of the bot lives in.
 * Instants are stored in UTC; the zone offset always comes from Intl (the tz database),
 * never from hard-coded DST rules or the machine's own time zone.
 */

export interface WallDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface WallTime {
  readonly hour: number;
  readonly minute: number;
}

export interface AmsterdamParts extends WallDate, WallTime {
  readonly second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday, as Dutch calendars start the week on Monday. */
  readonly weekday: number;
}

export type AmsterdamToUtc =
  | { readonly ok: true; readonly instant: Date; readonly ambiguous: boolean }
  | { readonly ok: false; readonly reason: 'nonexistent' };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Building a DateTimeFormat is costly; one shared instance serves every call.
// 'h23' rather than hour12:false, which can yield "24" at midnight.
const PARTS_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The calendar fields of an instant as a clock in Amsterdam shows them. */
export function amsterdamParts(instant: Date): AmsterdamParts {
  const fields: Record<string, number> = {};
  for (const part of PARTS_FORMAT.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? NaN;
  const month = fields.month ?? NaN;
  const day = fields.day ?? NaN;
  const utcDay = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return {
    year,
    month,
    day,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
    weekday: utcDay === 0 ? 7 : utcDay,
  };
}

/** Minutes Amsterdam is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(epochMs: number): number {
  const p = amsterdamParts(new Date(epochMs));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(epochMs / MINUTE) * MINUTE) / MINUTE);
}

/** The wall time read as if it were UTC: the starting point for finding the offset. */
const wallAsUtc = (date: WallDate, time: WallTime): number =>
  Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);

/**
 * The UTC instant of an Amsterdam wall time. A time in the spring gap does not exist;
 * a time in the autumn overlap happens twice and yields the first (summer-time) one.
 * Out-of-range fields (month 13, minute 60) are no wall time either: 'nonexistent'.
 */
export function amsterdamToUtc(date: WallDate, time: WallTime): AmsterdamToUtc {
  const local = wallAsUtc(date, time);
  if (Number.isNaN(local)) return { ok: false, reason: 'nonexistent' };
  // DST changes are months apart, so the offsets a day either side cover every candidate.
  const offsets = new Set([offsetMinutes(local - DAY), offsetMinutes(local), offsetMinutes(local + DAY)]);
  const matches = [...offsets]
    .map((offset) => local - offset * MINUTE)
    .filter((epoch) => {
      const p = amsterdamParts(new Date(epoch));
      return (
        p.year === date.year && p.month === date.month && p.day === date.day &&
        p.hour === time.hour && p.minute === time.minute
      );
    })
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first === undefined) return { ok: false, reason: 'nonexistent' };
  return { ok: true, instant: new Date(first), ambiguous: matches.length > 1 };
}

/**
 * Like amsterdamToUtc, but a time in the spring gap moves forward by the gap
 * (02:30 becomes 03:30), so date arithmetic always lands on a real instant.
 */
export function amsterdamToUtcForward(date: WallDate, time: WallTime): Date {
  const exact = amsterdamToUtc(date, time);
  if (exact.ok) return exact.instant;
  const local = wallAsUtc(date, time);
  return new Date(local - offsetMinutes(local - DAY) * MINUTE);
}

/** The same wall-clock time `days` calendar days later (or earlier), across DST changes. */
export function addAmsterdamDays(instant: Date, days: number): Date {
  const p = amsterdamParts(instant);
  const target = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  const date = { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate() };
  const base = amsterdamToUtcForward(date, p);
  // Seconds and milliseconds are not part of the offset search; carry them over as they were.
  return new Date(base.getTime() + p.second * 1000 + instant.getUTCMilliseconds());
}

const NAMES = {
  nl: {
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    at: 'om',
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    at: 'at',
  },
} as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "dinsdag 15 december 2026 om 17:00" / "Tuesday 15 December 2026 at 17:00".
 * Own name tables rather than Intl's long format, whose punctuation differs between ICU versions.
 */
export function formatAmsterdam(instant: Date, locale: 'nl' | 'en'): string {
  const p = amsterdamParts(instant);
  const names = NAMES[locale];
  const weekday = names.weekdays[p.weekday - 1] ?? '';
  const month = names.months[p.month - 1] ?? '';
  return `${weekday} ${p.day} ${month} ${p.year} ${names.at} ${pad(p.hour)}:${pad(p.minute)}`;
}
