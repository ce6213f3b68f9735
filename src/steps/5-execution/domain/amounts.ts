import { fail, ok, type Result } from '../../../kernel/result';

/**
 * Euro amounts in whole cents (no floating point), typed the Dutch way: "12.500", "12.500,00",
 * "€ 12.500,50", "1250,5"; also the English way when that cannot be misread: "12500.50" (a point
 * and two decimals) and "12,500.00" (thousands with a comma and cents after a point).
 */
export function parseEuroCents(input: string): Result<number, 'notANumber' | 'negative'> {
  const text = input.replace(/€|eur(o)?/gi, '').replace(/\s+/g, '');
  if (text.startsWith('-')) return fail('negative');
  let whole: string;
  let decimals = '';
  const dutch = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?(?:,-)?$/.exec(text);
  const english = /^(\d+|\d{1,3}(?:,\d{3})+)\.(\d{2})$/.exec(text);
  if (dutch && !(english && !text.includes(','))) {
    whole = (dutch[1] ?? '').replace(/\./g, '');
    decimals = dutch[2] ?? '';
  } else if (english) {
    whole = (english[1] ?? '').replace(/,/g, '');
    decimals = english[2] ?? '';
  } else return fail('notANumber');
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? ok(cents) : fail('notANumber');
}

/** "€ 12.500,00": the Dutch way, thousands with a point and cents after a comma. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${sign}${whole},${String(abs % 100).padStart(2, '0')}`;
}

/** A decimal number with at most two decimals in hundredths: "8", "0,2", "7.5". Negative or other text is refused. */
export function parseHundredths(input: string): Result<number, 'notANumber' | 'negative'> {
  const text = input.trim();
  if (text.startsWith('-')) return fail('negative');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return fail('notANumber');
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(value) ? ok(value) : fail('notANumber');
}

/** Hundredths shown with a decimal comma and without needless zeros: 750 → "7,5", 800 → "8". */
export function formatHundredths(value: number): string {
  const whole = Math.floor(value / 100);
  const rest = value % 100;
  if (rest === 0) return String(whole);
  return `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** A share in percent with at most two decimals, in basis points (100 % = 10 000). */
export function parseShare(input: string): Result<number, 'notANumber' | 'negative' | 'tooLarge'> {
  const parsed = parseHundredths(input.replace(/%$/, '').trim());
  if (!parsed.ok) return parsed;
  return parsed.value > 10_000 ? fail('tooLarge') : parsed;
}

/**
 * The amount each funder pays, in cents, for shares in basis points. Each gets its share rounded
 * down; when the shares make 100 % the cents left go to the largest remainders, so the parts add
 * up to the amount exactly.
 */
export function splitCents(amount: number, shares: readonly number[]): number[] {
  const exact = shares.map((bp) => amount * bp);
  const parts = exact.map((x) => Math.floor(x / 10_000));
  const total = shares.reduce((a, b) => a + b, 0);
  if (total === 10_000) {
    let left = amount - parts.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => [x % 10_000, i] as const).sort((a, b) => b[0] - a[0]);
    for (const [, i] of order) {
      if (left <= 0) break;
      parts[i] = (parts[i] ?? 0) + 1;
      left--;
    }
  }
  return parts;
}
