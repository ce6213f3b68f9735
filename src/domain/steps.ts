/**
 * The six fixed steps of the Lokale Veiligheidsplanner and the state each one is in.
 * Statuses change only through the step machine (its transition table); this file
 * only names them and gives a new project its starting state.
 */
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

/** Steps whose work ends in a project-group meeting (overleg). */
export const MEETING_STEPS: readonly StepNumber[] = [2, 4, 5, 6];

export type StepStatus =
  | 'notOpen' // the leader has not opened it yet
  | 'open' // participants can give input until the deadline
  | 'inputClosed' // deadline passed or closed by the leader
  | 'meeting' // the meeting on this step's input is running
  | 'done';

export interface StepState {
  readonly number: StepNumber;
  readonly status: StepStatus;
  /** ISO instant (UTC) after which input for this step is refused; null while none is set. */
  readonly deadline: string | null;
}

/** Step 1 (the profile) is open from the start and has no deadline: the leader keeps it current. */
export function initialSteps(): StepState[] {
  return STEP_NUMBERS.map((number) => ({
    number,
    status: number === 1 ? 'open' : 'notOpen',
    deadline: null,
  }));
}

export function isStepNumber(value: number): value is StepNumber {
  return (STEP_NUMBERS as readonly number[]).includes(value);
}
