import type { StepModule } from '../step-module';
import { GOALS_AGENDA } from './i18n/agenda';

/** Step 4 "Wat willen wij bereiken?": SMART goals, the assessment of the current measures and the monitoring agreements (S4.1 to S4.3). Its meeting runs on the engine with this agenda. */
export const GOALS_MODULE: StepModule = {
  step: 4,
  entryKinds: ['goal'],
  commands: [],
  cardActions: [],
  agenda: GOALS_AGENDA,
};
