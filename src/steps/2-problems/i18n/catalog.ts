import { en, nl, type Catalog } from '../../../i18n';
import { problemsEn } from './en';
import { problemsNl, type ProblemTexts } from './nl';

/** The shared catalog with step 2's own texts, in the same language. */
export type ProblemCatalog = Catalog & ProblemTexts;

const BY_LANGUAGE: Readonly<Record<'nl' | 'en', ProblemCatalog>> = { nl: { ...nl, ...problemsNl }, en: { ...en, ...problemsEn } };

export const problemCatalog = (t: Catalog): ProblemCatalog => BY_LANGUAGE[t.locale === 'en' ? 'en' : 'nl'];
