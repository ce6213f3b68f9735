import type { StepState } from '../domain/steps';
import { formatMoment, type Catalog } from '../../i18n';

export interface StepOpenedView {
  readonly projectId: string;
  readonly step: number;
  readonly title: string;
  readonly purpose: string;
  readonly deadline: string;
  /** Step 2 invites everyone to enter problems right from this card. */
  readonly acceptsProblems: boolean;
  readonly enterLabel: string;
  /** "Mijn problemen": each participant's own entries, to change or delete. */
  readonly mineLabel: string;
}

/** The card that tells the channel a step is open: what it is for and until when. */
export function toStepOpenedView(t: Catalog, projectId: string, step: StepState): StepOpenedView {
  return {
    projectId,
    step: step.number,
    title: t.steps.openedTitle(step.number, t.steps.titles[step.number]),
    purpose: t.steps.purposes[step.number],
    deadline: step.deadline ? t.steps.deadlineLine(formatMoment(t, step.deadline)) : t.steps.noDeadline,
    acceptsProblems: step.number === 2,
    enterLabel: t.problems.enterButton,
    mineLabel: t.problems.mineButton,
  };
}
