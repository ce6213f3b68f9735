import type { StepCardButton } from '../../steps/step-module';
import type { StepState } from '../../kernel/steps';
import { formatMoment, type Catalog } from '../../i18n';

export interface StepOpenedView {
  readonly projectId: string;
  readonly step: number;
  readonly title: string;
  readonly purpose: string;
  readonly deadline: string;
  /** The step module's buttons for the step as it is now (step 2 while open: "Probleem invoeren", "Mijn problemen"). */
  readonly buttons: readonly { readonly title: string; readonly verb: string; readonly style: string }[];
}

/** Where the step stands, in one line: until when input is possible, or that it closed. */
function stateLine(t: Catalog, step: StepState): string {
  const s = t.steps;
  const when = step.deadline ? formatMoment(t, step.deadline) : undefined;
  switch (step.status) {
    case 'open':
      return when ? s.deadlineLine(when) : s.noDeadline;
    case 'inputClosed':
      return when ? s.cardClosed(when) : s.cardClosedNoDeadline;
    case 'meeting':
      return s.cardMeeting;
    case 'done':
      return s.cardDone;
    case 'notOpen':
      return s.statuses.notOpen;
  }
}

/**
 * The card that tells the channel a step is open: what it is for and until when. It is updated
 * when the step changes, so it never offers what can no longer be done.
 */
export function toStepOpenedView(t: Catalog, projectId: string, step: StepState, buttons: readonly StepCardButton[] = []): StepOpenedView {
  const title = t.steps.titles[step.number];
  return {
    projectId,
    step: step.number,
    title: step.status === 'open' ? t.steps.openedTitle(step.number, title) : t.steps.cardTitle(step.number, title),
    purpose: t.steps.purposes[step.number],
    deadline: stateLine(t, step),
    buttons: buttons.map((b) => ({ title: b.title, verb: b.verb, style: b.primary ? 'positive' : 'default' })),
  };
}
