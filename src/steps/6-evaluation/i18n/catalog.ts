import { en, nl, type Catalog } from '../../../i18n';
import { evaluationStepEn } from './en';
import { evaluationStepNl, type EvaluationStepTexts } from './nl';

/** The shared catalog with step 6's own texts, in the same language. */
export type EvaluationCatalog = Catalog & EvaluationStepTexts;

const BY_LANGUAGE: Readonly<Record<'nl' | 'en', EvaluationCatalog>> = { nl: { ...nl, ...evaluationStepNl }, en: { ...en, ...evaluationStepEn } };

export const evaluationCatalog = (t: Catalog): EvaluationCatalog => BY_LANGUAGE[t.locale === 'en' ? 'en' : 'nl'];
