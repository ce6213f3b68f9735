import { parseCalendarDate, type CalendarDate } from '../../../kernel/calendar-date';
import { fail, ok, type Result } from '../../../kernel/result';
import { parseEuroCents, parseHundredths, parseShare } from './amounts';
import type { Capacity, DecisionOutcome, Executor, Funder } from './execution-work';

/** Why input was refused; each has its Dutch and English message. */
export type InputError =
  | { readonly kind: 'format' }
  | { readonly kind: 'amountNotANumber'; readonly text: string }
  | { readonly kind: 'amountNegative' }
  | { readonly kind: 'shareNotANumber'; readonly text: string }
  | { readonly kind: 'shareTooLarge' }
  | { readonly kind: 'sharesOver100' }
  | { readonly kind: 'badDate'; readonly text: string }
  | { readonly kind: 'endBeforeStart' }
  | { readonly kind: 'unknownGoal'; readonly text: string }
  | { readonly kind: 'noGoal' }
  | { readonly kind: 'unknownMeasure'; readonly text: string }
  | { readonly kind: 'unknownField'; readonly text: string }
  | { readonly kind: 'unknownOutcome'; readonly text: string }
  | { readonly kind: 'conditionsMissing' }
  | { readonly kind: 'notAParticipant'; readonly text: string }
  | { readonly kind: 'organisationUnknown'; readonly text: string }
  | { readonly kind: 'missing'; readonly field: 'what' | 'who' | 'how' | 'when' | 'organisation' }
  | { readonly kind: 'fundersWithoutAmount' };

export const parts = (rest: string): string[] => rest.split('|').map((p) => p.trim());

export interface PeriodInput { readonly start: CalendarDate; readonly end: CalendarDate }

/** "01-02-2027 t/m 31-12-2027" (also "tot", "-", "–", "until", "to"). */
export function parsePeriod(text: string): Result<PeriodInput, InputError> {
  const [a, b, extra] = text.split(/\s+(?:t\/m|tot en met|tot|until|to|-|–)\s+/i);
  if (a === undefined || b === undefined || extra !== undefined) return fail({ kind: 'format' });
  const start = parseCalendarDate(a);
  if (!start) return fail({ kind: 'badDate', text: a });
  const end = parseCalendarDate(b);
  if (!end) return fail({ kind: 'badDate', text: b });
  return end < start ? fail({ kind: 'endBeforeStart' }) : ok({ start, end });
}

/** "1, 3" or "doel 1 en 3": goal numbers that exist, as goal ids. */
export function parseGoals(text: string, goals: readonly { readonly id: string; readonly number: number }[]): Result<string[], InputError> {
  const tokens = text.replace(/doel(en)?|goals?/gi, ' ').split(/[\s,;]+|\ben\b|\band\b/).filter((x) => x.trim() !== '');
  if (tokens.length === 0) return fail({ kind: 'noGoal' });
  const ids: string[] = [];
  for (const token of tokens) {
    const goal = /^\d+$/.test(token) ? goals.find((g) => g.number === Number(token)) : undefined;
    if (!goal) return fail({ kind: 'unknownGoal', text: token });
    if (!ids.includes(goal.id)) ids.push(goal.id);
  }
  return ok(ids);
}

/** A participant by name (with their organisation), "Naam (Organisatie)", or an organisation alone. */
export function parseExecutor(text: string, participants: readonly { readonly key: string; readonly name: string; readonly organisation: string | null }[]): Result<Executor, InputError> {
  const name = text.trim();
  if (name === '') return fail({ kind: 'format' });
  const participant = participants.find((p) => p.name.trim().toLowerCase() === name.toLowerCase());
  if (participant) {
    return participant.organisation ? ok({ key: participant.key, name: participant.name, organisation: participant.organisation }) : fail({ kind: 'organisationUnknown', text: participant.name });
  }
  const withOrganisation = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (withOrganisation) {
    const [who, organisation] = [(withOrganisation[1] ?? '').trim(), (withOrganisation[2] ?? '').trim()];
    // A participant written with their own organisation (as the form shows them) is that participant.
    const known = participants.find((p) => p.name.trim().toLowerCase() === who.toLowerCase() && p.organisation?.trim().toLowerCase() === organisation.toLowerCase());
    return ok(known?.organisation ? { key: known.key, name: known.name, organisation: known.organisation } : { key: null, name: who, organisation });
  }
  return ok({ key: null, name: null, organisation: name });
}

/** "€ 12.500,00" */
export function parseAmount(text: string): Result<number, InputError> {
  const cents = parseEuroCents(text);
  if (cents.ok) return cents;
  return fail(cents.error === 'negative' ? { kind: 'amountNegative' } : { kind: 'amountNotANumber', text });
}

/** "Gemeente 60%, Politie 40%": one or more funders with their share; the shares make at most 100 %. */
export function parseFunders(text: string): Result<Funder[], InputError> {
  const funders: Funder[] = [];
  for (const item of text.split(/[,;]\s*(?=[^\d])/).map((x) => x.trim()).filter((x) => x !== '')) {
    const match = /^(.+?)\s+(-?[\d.,]+)\s*%$/.exec(item);
    if (!match) return fail({ kind: 'shareNotANumber', text: item });
    const share = parseShare(match[2] ?? '');
    if (!share.ok) return fail(share.error === 'tooLarge' ? { kind: 'shareTooLarge' } : share.error === 'negative' ? { kind: 'amountNegative' } : { kind: 'shareNotANumber', text: item });
    funders.push({ name: (match[1] ?? '').trim(), share: share.value });
  }
  if (funders.reduce((a, f) => a + f.share, 0) > 10_000) return fail({ kind: 'sharesOver100' });
  return ok(funders);
}

/** "Rachid El Amrani 8 uur" or "Kevin Bakker 0,2 fte": a participant of the project, an amount and its unit. */
export function parseCapacity(text: string, participants: readonly { readonly name: string; readonly organisation: string | null }[]): Result<Capacity, InputError> {
  const match = /^(.+?)\s+(-?\S+)\s*(uur|uren|u|hours?|h|fte)$/i.exec(text.trim());
  if (!match) return fail({ kind: 'format' });
  const who = (match[1] ?? '').trim();
  const participant = participants.find((p) => p.name.trim().toLowerCase() === who.toLowerCase());
  if (!participant) return fail({ kind: 'notAParticipant', text: who });
  if (!participant.organisation) return fail({ kind: 'organisationUnknown', text: participant.name });
  const amount = parseHundredths(match[2] ?? '');
  if (!amount.ok) return fail(amount.error === 'negative' ? { kind: 'amountNegative' } : { kind: 'amountNotANumber', text: match[2] ?? '' });
  return ok({ name: participant.name, organisation: participant.organisation, amount: amount.value, unit: /fte/i.test(match[3] ?? '') ? 'fte' : 'hours' });
}

/** "akkoord", "niet akkoord", "akkoord onder voorwaarden: <voorwaarden>" (English: approved, not approved, approved with conditions). */
export function parseOutcome(text: string): Result<{ outcome: DecisionOutcome; conditions: string }, InputError> {
  const value = text.trim();
  const conditional = /^(akkoord onder voorwaarden|approved with conditions)\s*:?\s*(.*)$/i.exec(value);
  if (conditional) {
    const conditions = (conditional[2] ?? '').trim();
    return conditions === '' ? fail({ kind: 'conditionsMissing' }) : ok({ outcome: 'voorwaarden', conditions });
  }
  if (/^(niet akkoord|not approved)$/i.test(value)) return ok({ outcome: 'nietAkkoord', conditions: '' });
  if (/^(akkoord|approved)$/i.test(value)) return ok({ outcome: 'akkoord', conditions: '' });
  return fail({ kind: 'unknownOutcome', text: value });
}
