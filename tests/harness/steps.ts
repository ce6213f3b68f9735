import type { StepNumber, StepState } from '../../src/kernel/steps';

/** Test set-up: every step before `step` done, as if the group had worked through them in order. */
export const earlierStepsDone = (steps: readonly StepState[], step: StepNumber): StepState[] =>
  steps.map((s) => (s.number < step ? { ...s, status: 'done' as const } : s));
