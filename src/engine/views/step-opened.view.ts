import type { StepCardButton } from '../../steps/step-module';
import type { StepState } from '../../kernel/steps';
import { formatMoment, type Catalog } from '../../i18n';

export interface StepOpenedView {
  readonly projectId: string;
  readonly step: number;
  readonly title: string;
  readonly purpose: string;
  readonly deadline: string;
  /** The step module's buttons (step 2: "Probleem invoeren", "Mijn problemen"); none for other steps. */
  readonly buttons: readonly { readonly title: string; readonly verb: string; readonly style: string }[];
}

/** The card that tells the channel a step is open: what it is for and until when. */
export function toStepOpenedView(t: Catalog, projectId: string, step: StepState, buttons: readonly StepCardButton[] = []): StepOpenedView {
  return {
    projectId,
    step: step.number,
    title: t.steps.openedTitle(step.number, t.steps.titles[step.number]),
    purpose: t.steps.purposes[step.number],
    deadline: step.deadline ? t.steps.deadlineLine(formatMoment(t, step.deadline)) : t.steps.noDeadline,
    buttons: buttons.map((b) => ({ title: b.title, verb: b.verb, style: b.primary ? 'positive' : 'default' })),
  };
}
