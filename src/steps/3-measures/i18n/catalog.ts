import { en, nl, type Catalog } from '../../../i18n';
import { measuresEn } from './en';
import { measuresNl, type MeasureTexts } from './nl';

/** The shared catalog with step 3's own texts, in the same language. */
export type MeasureCatalog = Catalog & MeasureTexts;

const BY_LANGUAGE: Readonly<Record<'nl' | 'en', MeasureCatalog>> = { nl: { ...nl, ...measuresNl }, en: { ...en, ...measuresEn } };

export const measureCatalog = (t: Catalog): MeasureCatalog => BY_LANGUAGE[t.locale === 'en' ? 'en' : 'nl'];
