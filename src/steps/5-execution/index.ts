import type { StepModule } from '../step-module';
import { EXECUTION_AGENDA } from './i18n/agenda';

/** Step 5 "Wat gaan wij doen?": the execution matrix with costs, capacity and the commissioner's decision (S5.1 to S5.5). Its meeting runs on the engine with this agenda. */
export const EXECUTION_MODULE: StepModule = {
  step: 5,
  entryKinds: ['execution'],
  commands: [],
  cardActions: [],
  agenda: EXECUTION_AGENDA,
};
