import { en, nl, type Catalog } from '../../../i18n';
import { goalStepEn } from './en';
import { goalStepNl, type GoalStepTexts } from './nl';

/** The shared catalog with step 4's own texts, in the same language. */
export type GoalCatalog = Catalog & GoalStepTexts;

const BY_LANGUAGE: Readonly<Record<'nl' | 'en', GoalCatalog>> = { nl: { ...nl, ...goalStepNl }, en: { ...en, ...goalStepEn } };

export const goalCatalog = (t: Catalog): GoalCatalog => BY_LANGUAGE[t.locale === 'en' ? 'en' : 'nl'];
