import { touch, type Project } from '../../project';
import type { StepNumber } from '../../kernel/steps';

/**
 * Remembers the message that shows a step's card, so the card can follow the step: when input
 * closes it no longer offers what cannot be done. Undefined when there is nothing to change.
 */
export function withStepCard(project: Project, step: StepNumber, activityId: string, now: Date): Project | undefined {
  const current = project.steps.find((s) => s.number === step);
  if (!current || current.cardActivityId === activityId) return undefined;
  const steps = project.steps.map((s) => (s.number === step ? { ...s, cardActivityId: activityId } : s));
  return touch({ ...project, steps }, now);
}
