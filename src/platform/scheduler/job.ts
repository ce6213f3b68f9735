import { DocumentNotFoundError, StaleDocumentError, type StoredDocument } from '../store/port.js';

/** All jobs share one partition, so one `list` call sees the whole queue. */
export const SCHEDULER_PARTITION = 'scheduler';
export const JOB_TYPE = 'job';

export type JobState = 'pending' | 'running';

/** A job as stored. Times are ISO strings in UTC so they sort and compare as text and as dates. */
export interface ScheduledJob extends StoredDocument {
  readonly type: typeof JOB_TYPE;
  readonly projectId: typeof SCHEDULER_PARTITION;
  /** Chosen by the caller and deterministic, so scheduling the same thing twice gives one job. */
  readonly id: string;
  /** Selects the handler. */
  readonly kind: string;
  readonly dueAt: string;
  /** Plain JSON: it goes through the store as JSON. */
  readonly payload: Record<string, unknown>;
  readonly state: JobState;
  /** The instance that claimed the job, and until when its claim holds. Only while running. */
  readonly leaseOwner?: string;
  readonly leaseUntil?: string;
  /** How many times the job was started (claimed); a run cut short by a crash counts too. */
  readonly attempts: number;
  readonly createdAt: string;
  readonly lastError?: string;
}

/** What a caller asks for; the scheduler fills in the rest. */
export interface JobRequest {
  readonly id: string;
  readonly kind: string;
  readonly dueAt: Date;
  readonly payload?: Record<string, unknown>;
}

/**
 * Runs one job. It may run again after a crash or an expired lease, so its effect must be
 * idempotent (e.g. check "already posted" before posting). Throwing means "retry later".
 */
export type JobHandler = (job: ScheduledJob, now: Date) => Promise<void>;

export function newJob(request: JobRequest, now: Date): ScheduledJob {
  return {
    type: JOB_TYPE,
    projectId: SCHEDULER_PARTITION,
    id: request.id,
    kind: request.kind,
    dueAt: request.dueAt.toISOString(),
    payload: request.payload ?? {},
    state: 'pending',
    attempts: 0,
    createdAt: now.toISOString(),
  };
}

/** Due now: pending and at or past its time, or claimed by an instance whose lease ran out. */
export function isDue(job: ScheduledJob, now: Date): boolean {
  const at = now.getTime();
  if (job.state === 'pending') return Date.parse(job.dueAt) <= at;
  return job.leaseUntil === undefined || Date.parse(job.leaseUntil) <= at;
}

/** Same kind, time and payload: scheduling it again changes nothing. */
export function sameRequest(job: ScheduledJob, request: JobRequest): boolean {
  return (
    job.kind === request.kind &&
    Date.parse(job.dueAt) === request.dueAt.getTime() &&
    JSON.stringify(job.payload) === JSON.stringify(request.payload ?? {})
  );
}

/** The job claimed by `owner` until `leaseUntil`; claiming counts as an attempt. */
export function claimed(job: ScheduledJob, owner: string, leaseUntil: Date): ScheduledJob {
  return { ...job, state: 'running', leaseOwner: owner, leaseUntil: leaseUntil.toISOString(), attempts: job.attempts + 1 };
}

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 30 * 60_000;

/** Wait before the next try after `attempts` tries: 30 s, 1 min, 2 min, … at most 30 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(attempts - 1, 0), BACKOFF_CAP_MS);
}

type ReleaseChanges = Partial<Pick<ScheduledJob, 'dueAt' | 'lastError' | 'kind' | 'payload'>>;

/** The job back in the queue without its lease. */
export function released(job: ScheduledJob, changes: ReleaseChanges): ScheduledJob {
  const { leaseOwner: _owner, leaseUntil: _until, ...rest } = job;
  return { ...rest, ...changes, state: 'pending' };
}

const WRITE_RETRIES = 5;

/** Changed or gone since it was read: another writer got there first. */
export function isLostRace(error: unknown): boolean {
  return error instanceof StaleDocumentError || error instanceof DocumentNotFoundError;
}

/** Read-then-write against other writers: a lost race is tried again from a fresh read. */
export async function retryLostRaces(attempt: () => Promise<void>): Promise<void> {
  for (let round = 1; ; round += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isLostRace(error) || round >= WRITE_RETRIES) throw error;
    }
  }
}
