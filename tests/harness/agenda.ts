import { agendaOf, type AgendaView } from '../../src/engine/views/agenda.view';
import type { Catalog } from '../../src/i18n';
import { nl } from '../../src/i18n/nl';
import type { StepNumber } from '../../src/kernel/steps';
import { STEP_MODULES } from '../../src/steps';

/** A step's agenda as the modules declare it, in a catalog's language (Dutch by default). */
export const agendaFor = (step: StepNumber, t: Catalog = nl): AgendaView => agendaOf(STEP_MODULES, step, t);
/** The item keys of a step's agenda. */
export const agendaKeys = (step: StepNumber): readonly string[] => agendaFor(step).keys;
