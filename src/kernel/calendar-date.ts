/**
 * Calendar dates as Dutch people write them, stored as ISO `YYYY-MM-DD`.
 * Accepts `2026-12-15` (date pickers), `15-12-2026`, `15/12/2026`, `15.12.2026`,
 * `15 december 2026` and `15 dec 2026` (Dutch or English month names).
 */
export type CalendarDate = string;

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

export function parseCalendarDate(input: string): CalendarDate | undefined {
  const text = input.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (numeric) return toIsoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS[named[2] ?? ''];
    return month ? toIsoDate(Number(named[3]), month, Number(named[1])) : undefined;
  }
  return undefined;
}

function toIsoDate(year: number, month: number, day: number): CalendarDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || year > 2200) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar date in Europe/Amsterdam at the given instant. */
export function amsterdamDate(instant: Date): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
