import { en, nl, type Catalog } from '../../../i18n';
import { executionStepEn } from './en';
import { executionStepNl, type ExecutionStepTexts } from './nl';

/** The shared catalog with step 5's own texts, in the same language. */
export type ExecutionCatalog = Catalog & ExecutionStepTexts;

const BY_LANGUAGE: Readonly<Record<'nl' | 'en', ExecutionCatalog>> = { nl: { ...nl, ...executionStepNl }, en: { ...en, ...executionStepEn } };

export const executionCatalog = (t: Catalog): ExecutionCatalog => BY_LANGUAGE[t.locale === 'en' ? 'en' : 'nl'];
