import type { Catalog } from '../../i18n';
import type { StepNumber } from '../../kernel/steps';
import { moduleOf, type StepModule } from '../../steps/step-module';

/** A step's agenda as the engine's cards show it: the item keys with their titles and explanations in one language. */
export interface AgendaView {
  readonly keys: readonly string[];
  title(key: string): string;
  detail(key: string): string;
}

/** The agenda the step's module declares; a step without one has an empty agenda. */
export function agendaOf(modules: readonly StepModule[], step: StepNumber, t: Catalog): AgendaView {
  const declared = moduleOf(modules, step)?.agenda;
  const texts = declared?.texts[t.locale === 'en' ? 'en' : 'nl'];
  return {
    keys: declared?.keys ?? [],
    title: (key) => texts?.titles[key] ?? key,
    detail: (key) => texts?.details[key] ?? '',
  };
}
