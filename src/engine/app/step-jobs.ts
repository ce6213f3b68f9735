import type { Project } from '../../project';
import { stepOf, type StepNumber } from '../../kernel/steps';
import type { AppDeps } from '../../kernel/deps';

const HOUR = 3600_000;

/** Reminders before an input deadline and posts before a meeting, in hours ahead. */
export const REMINDER_HOURS_BEFORE_DEADLINE = [48, 24] as const;
export const POSTS_HOURS_BEFORE_MEETING = [24, 1] as const;

export type StepJobKind = 'stepReminder' | 'stepDeadline' | 'preMeeting';

export interface StepJobPayload {
  readonly projectId: string;
  readonly step: StepNumber;
  /** The deadline or meeting time the job was made for; a job for an older time does nothing. */
  readonly at: string;
  readonly hoursBefore?: number;
}

/**
 * Schedules the timed work for a step from its current state. Job ids name the deadline or
 * meeting time they belong to, so rescheduling is idempotent and a job made for an old
 * deadline finds, when it runs, that the step has moved on and does nothing.
 */
export async function scheduleStepJobs(deps: AppDeps, project: Project, number: StepNumber): Promise<void> {
  const step = stepOf(project.steps, number);
  const now = deps.clock().getTime();
  const jobs: { id: string; kind: StepJobKind; dueAt: Date; payload: StepJobPayload }[] = [];
  const base = { projectId: project.id, step: number };
  if (step.status === 'open' && step.deadline) {
    const deadline = Date.parse(step.deadline);
    jobs.push({ id: `deadline:${project.id}:${number}:${step.deadline}`, kind: 'stepDeadline', dueAt: new Date(deadline), payload: { ...base, at: step.deadline } });
    for (const hours of REMINDER_HOURS_BEFORE_DEADLINE) {
      const dueAt = deadline - hours * HOUR;
      if (dueAt > now) {
        jobs.push({ id: `reminder:${project.id}:${number}:${hours}h:${step.deadline}`, kind: 'stepReminder', dueAt: new Date(dueAt), payload: { ...base, at: step.deadline, hoursBefore: hours } });
      }
    }
  }
  if (step.meetingAt && step.status !== 'meeting' && step.status !== 'done') {
    const meetingAt = Date.parse(step.meetingAt);
    for (const hours of POSTS_HOURS_BEFORE_MEETING) {
      const dueAt = meetingAt - hours * HOUR;
      if (dueAt > now) {
        jobs.push({ id: `pre-meeting:${project.id}:${number}:${hours}h:${step.meetingAt}`, kind: 'preMeeting', dueAt: new Date(dueAt), payload: { ...base, at: step.meetingAt, hoursBefore: hours } });
      }
    }
  }
  for (const job of jobs) await deps.jobs.schedule({ ...job, payload: { ...job.payload } });
}
