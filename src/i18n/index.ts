import { formatAmsterdam } from '../kernel/amsterdam-time';
import { languageOfLocale, type Language } from '../kernel/language';
import { en } from './en';
import { nl, type Catalog } from './nl';

export type { Catalog };
export { en, nl };

/** The texts in one language. */
export function catalogOf(language: Language): Catalog {
  return language === 'en' ? en : nl;
}

/** Dutch unless the Teams client says it speaks English: only a hint, used where no project decides. */
export function catalogFor(locale: string | undefined): Catalog {
  return catalogOf(languageOfLocale(locale));
}

/** The language a catalog speaks. */
export const languageOf = (catalog: Catalog): Language => (catalog.locale === 'en' ? 'en' : 'nl');

/** A date or instant as people read it in the Netherlands, in the catalog's language. */
export function formatDate(catalog: Catalog, isoDateOrInstant: string, withTime = false): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrInstant);
  const instant = new Date(dateOnly ? `${isoDateOrInstant}T12:00:00Z` : isoDateOrInstant);
  return new Intl.DateTimeFormat(catalog.dateLocale, {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime && !dateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(instant);
}

/** An instant as a weekday, date and time in Amsterdam, in the catalog's language. */
export function formatMoment(catalog: Catalog, iso: string): string {
  return formatAmsterdam(new Date(iso), catalog.locale === 'en' ? 'en' : 'nl');
}
