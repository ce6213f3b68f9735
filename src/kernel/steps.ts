/**
 * The six fixed steps of the Lokale Veiligheidsplanner and the state each one is in.
 * Statuses change only through the step machine (step-machine.ts); this file names them
 * and gives a new project its starting state.
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

export type StepAction = 'open' | 'extend' | 'close' | 'complete' | 'reopen' | 'startMeeting' | 'finishMeeting' | 'deadlinePassed' | 'planMeeting';

/** One change of a step, kept so the group can see who changed what, when and why. */
export interface StepEvent {
  readonly action: StepAction;
  readonly at: string;
  /** Person key of the leader, or 'system' for the scheduler. */
  readonly by: string;
  readonly from: StepStatus;
  readonly to: StepStatus;
  readonly deadline?: string | null;
  readonly meetingAt?: string;
  readonly reason?: string;
}

export interface StepState {
  readonly number: StepNumber;
  readonly status: StepStatus;
  /** ISO instant (UTC) from which input for this step is refused; null while none is set. */
  readonly deadline: string | null;
  /** ISO instant (UTC) of the planned meeting (steps 2, 4, 5, 6); null while none is planned. */
  readonly meetingAt: string | null;
  readonly history: readonly StepEvent[];
  /** The Teams message with the step's card, so it can be updated when the step changes (no button for what cannot be done). */
  readonly cardActivityId?: string | null;
}

/** Step 1 (the profile) is open from the start and has no deadline: the leader keeps it current. */
export function initialSteps(): StepState[] {
  return STEP_NUMBERS.map((number) => ({
    number,
    status: number === 1 ? 'open' : 'notOpen',
    deadline: null,
    meetingAt: null,
    history: [],
  }));
}

export function isStepNumber(value: number): value is StepNumber {
  return (STEP_NUMBERS as readonly number[]).includes(value);
}

export const hasMeeting = (step: StepNumber): boolean => MEETING_STEPS.includes(step);

export function stepOf(steps: readonly StepState[], number: StepNumber): StepState {
  const step = steps.find((s) => s.number === number);
  if (!step) throw new Error(`no state for step ${number}`);
  return step;
}

/**
 * Whether the next step may open: a step is finished when it is done, or, without a meeting, once
 * its input has closed. Step 1 is done once the profile is saved; a step with a meeting once the
 * meeting is closed.
 */
export function isFinished(step: StepState): boolean {
  return step.status === 'done' || (!hasMeeting(step.number) && step.number !== 1 && step.status === 'inputClosed');
}

/**
 * The step the project is at: the one in progress (open, input closed or in its meeting), else
 * the next one to open; the last step when all are done. Steps open in order, so there is one.
 */
export function currentStep(steps: readonly StepState[]): StepState {
  const ordered = [...steps].sort((a, b) => a.number - b.number);
  const inProgress = ordered.find((s) => s.status !== 'notOpen' && !isFinished(s));
  const last = ordered[ordered.length - 1];
  if (!last) throw new Error('a project has six steps');
  return inProgress ?? ordered.find((s) => s.status === 'notOpen') ?? last;
}

/** Where a project is: its current step and that step's status; commands say in which phases they fit. */
export interface ProjectPhase {
  readonly step: StepNumber;
  readonly status: StepStatus;
}

/** Input is accepted while the step is open and, if it has a deadline, strictly before it. */
export function acceptsInput(step: StepState, now: Date): boolean {
  return step.status === 'open' && (step.deadline === null || now.getTime() < Date.parse(step.deadline));
}
