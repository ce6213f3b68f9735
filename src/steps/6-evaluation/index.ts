import type { StepModule } from '../step-module';
import { EVALUATION_AGENDA } from './i18n/agenda';

/** Step 6 "Wat hebben wij bereikt?": monitoring and the evaluation per goal (S6.1 to S6.3). Its meeting runs on the engine with this agenda. */
export const EVALUATION_MODULE: StepModule = {
  step: 6,
  entryKinds: ['progress', 'evaluation'],
  commands: [],
  cardActions: [],
  agenda: EVALUATION_AGENDA,
};
