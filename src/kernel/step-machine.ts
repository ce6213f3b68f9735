import { fail, ok, type Result } from './result';
import { hasMeeting, isFinished, stepOf, type StepAction, type StepEvent, type StepNumber, type StepState, type StepStatus } from './steps';

/**
 * The one owner of step status: a transition table says which action may move a step from
 * which status to which, and who may do it. No other code writes a step's status.
 */
export type StepActor = { readonly kind: 'leader'; readonly key: string } | { readonly kind: 'participant'; readonly key: string } | { readonly kind: 'system' };

export interface StepCommand {
  readonly action: StepAction;
  readonly step: StepNumber;
  readonly actor: StepActor;
  readonly now: Date;
  readonly deadline?: Date;
  readonly meetingAt?: Date;
  readonly reason?: string;
}

export type StepRefusal =
  | 'notLeader'
  | 'notSystem'
  | 'outOfOrder'
  | 'wrongStatus'
  | 'deadlineRequired'
  | 'deadlineInPast'
  | 'deadlineAfterMeeting'
  | 'meetingInPast'
  | 'meetingBeforeDeadline'
  | 'reasonRequired'
  | 'noMeetingInStep'
  | 'deadlineNotReached';

interface Transition {
  readonly from: readonly StepStatus[];
  /** The status after the action; 'same' keeps it (planning a meeting). */
  readonly to: StepStatus | 'same';
  readonly by: 'leader' | 'system';
  readonly meetingStepsOnly?: boolean;
  readonly nonMeetingStepsOnly?: boolean;
}

/** The transition table. Reopening keeps a reason; closing a meeting step ends with its meeting. */
export const TRANSITIONS: Readonly<Record<StepAction, readonly Transition[]>> = {
  open: [{ from: ['notOpen'], to: 'open', by: 'leader' }],
  extend: [{ from: ['open'], to: 'open', by: 'leader' }],
  close: [
    { from: ['open'], to: 'inputClosed', by: 'leader' },
    { from: ['inputClosed'], to: 'done', by: 'leader', nonMeetingStepsOnly: true },
  ],
  // Step 1 is done once the leader saves the profile; the use case that saves it says so.
  complete: [{ from: ['open'], to: 'done', by: 'leader', nonMeetingStepsOnly: true }],
  deadlinePassed: [{ from: ['open'], to: 'inputClosed', by: 'system' }],
  planMeeting: [{ from: ['notOpen', 'open', 'inputClosed'], to: 'same', by: 'leader', meetingStepsOnly: true }],
  startMeeting: [{ from: ['open', 'inputClosed'], to: 'meeting', by: 'leader', meetingStepsOnly: true }],
  finishMeeting: [{ from: ['meeting'], to: 'done', by: 'leader', meetingStepsOnly: true }],
  reopen: [{ from: ['inputClosed', 'meeting', 'done'], to: 'open', by: 'leader' }],
};

const MAX_REASON = 500;

export function applyStepCommand(steps: readonly StepState[], command: StepCommand): Result<StepState[], StepRefusal> {
  const step = stepOf(steps, command.step);
  const candidates = TRANSITIONS[command.action];
  const rule = candidates.find(
    (t) =>
      t.from.includes(step.status) &&
      !(t.meetingStepsOnly && !hasMeeting(command.step)) &&
      !(t.nonMeetingStepsOnly && hasMeeting(command.step)),
  );
  if (!rule) {
    const meetingOnly = candidates.every((t) => t.meetingStepsOnly);
    return fail(meetingOnly && !hasMeeting(command.step) ? 'noMeetingInStep' : 'wrongStatus');
  }
  if (rule.by === 'leader' && command.actor.kind !== 'leader') return fail('notLeader');
  if (rule.by === 'system' && command.actor.kind !== 'system') return fail('notSystem');

  const checked = checkConditions(steps, step, command);
  if (!checked.ok) return checked;
  const to = rule.to === 'same' ? step.status : rule.to;
  const next: StepState = { ...step, ...checked.value, status: to, history: [...step.history, event(command, step, to, checked.value)] };
  return ok(steps.map((s) => (s.number === command.step ? next : s)));
}

type Changes = Partial<Pick<StepState, 'deadline' | 'meetingAt'>>;

function checkConditions(steps: readonly StepState[], step: StepState, command: StepCommand): Result<Changes, StepRefusal> {
  const now = command.now.getTime();
  const meetingAt = step.meetingAt ? Date.parse(step.meetingAt) : undefined;
  const needsFutureDeadline = (): Result<Changes, StepRefusal> => {
    if (!command.deadline) return fail('deadlineRequired');
    if (command.deadline.getTime() <= now) return fail('deadlineInPast');
    if (meetingAt !== undefined && command.deadline.getTime() > meetingAt) return fail('deadlineAfterMeeting');
    return ok({ deadline: command.deadline.toISOString() });
  };
  switch (command.action) {
    case 'open': {
      // A step needs what the one before it produced (step 3 needs step 2's priority list).
      const previous = steps.find((s) => s.number === command.step - 1);
      if (previous && !isFinished(previous)) return fail('outOfOrder');
      return needsFutureDeadline();
    }
    case 'extend':
      return needsFutureDeadline();
    case 'reopen': {
      if (!command.reason?.trim()) return fail('reasonRequired');
      if (!command.deadline) return ok({ deadline: null });
      return needsFutureDeadline();
    }
    case 'deadlinePassed':
      if (step.deadline === null || Date.parse(step.deadline) > now) return fail('deadlineNotReached');
      return ok({});
    case 'planMeeting': {
      if (!command.meetingAt) return fail('meetingInPast');
      if (command.meetingAt.getTime() <= now) return fail('meetingInPast');
      if (step.deadline !== null && command.meetingAt.getTime() < Date.parse(step.deadline)) return fail('meetingBeforeDeadline');
      return ok({ meetingAt: command.meetingAt.toISOString() });
    }
    default:
      return ok({});
  }
}

function event(command: StepCommand, step: StepState, to: StepStatus, changes: Changes): StepEvent {
  const reason = command.reason?.trim().slice(0, MAX_REASON);
  return {
    action: command.action,
    at: command.now.toISOString(),
    by: command.actor.kind === 'system' ? 'system' : command.actor.key,
    from: step.status,
    to,
    ...('deadline' in changes ? { deadline: changes.deadline ?? null } : {}),
    ...(changes.meetingAt ? { meetingAt: changes.meetingAt } : {}),
    ...(reason ? { reason } : {}),
  };
}
