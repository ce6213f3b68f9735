import { PROBLEMS_MODULE } from './2-problems';
import { MEASURES_MODULE } from './3-measures';
import { GOALS_MODULE } from './4-goals';
import { EXECUTION_MODULE } from './5-execution';
import { EVALUATION_MODULE } from './6-evaluation';
import type { StepModule } from './step-module';

export type { AgendaDeclaration, AgendaTexts, OutcomeSection, StepCardButton, StepContext, StepJobContext, StepModule } from './step-module';
export { moduleOf } from './step-module';

/** The one list of step modules. Step 1 is the project itself (src/project); a step without a module is run by the engine alone. */
export const STEP_MODULES: readonly StepModule[] = [PROBLEMS_MODULE, MEASURES_MODULE, GOALS_MODULE, EXECUTION_MODULE, EVALUATION_MODULE];

/** Which entry kinds count as which step's input (reminders, status), from the modules' declarations. */
export const INPUT_KINDS: ReadonlyMap<string, StepModule['step']> = new Map(STEP_MODULES.flatMap((m) => m.entryKinds.map((kind) => [kind, m.step] as const)));
