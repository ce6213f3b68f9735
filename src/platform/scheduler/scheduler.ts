import { schedule as scheduleCron, type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import type { Clock } from '../../kernel/clock.js';
import { describeError, type Logger } from '../../kernel/log.js';
import { DocumentExistsError, DocumentNotFoundError, type DocumentStore, type Versioned } from '../store/port.js';
import { claimed as claimedBy, isDue, isLostRace, JOB_TYPE, newJob, released, retryDelayMs } from './job.js';
import { retryLostRaces, sameRequest, SCHEDULER_PARTITION } from './job.js';
import type { JobHandler, JobRequest, ScheduledJob } from './job.js';

export interface SchedulerDeps {
  readonly store: DocumentStore;
  readonly clock: Clock;
  readonly log: Logger;
  /** Unique per running instance (host, process, random part): it marks whose lease a job is. */
  readonly owner: string;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  /** How long a claim holds; a run must finish well within it or another instance may run it too. */
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
}

export interface TickResult {
  readonly ran: number;
  readonly failed: number;
}

type Outcome = 'ran' | 'failed' | 'skipped';

const DEFAULT_LEASE_MS = 120_000;
const DEFAULT_MAX_ATTEMPTS = 5;
const MAX_ERROR_LENGTH = 1_000;

/**
 * Runs stored jobs when they are due. Several instances may share one store: each job is claimed
 * by a write conditional on its etag, so only one instance runs it; a claim is a lease, so a job
 * of an instance that died is taken over once the lease runs out.
 */
export class Scheduler {
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private currentTick: Promise<TickResult> | undefined;
  private cronTask: ScheduledTask | undefined;
  private stopping = false;

  constructor(private readonly deps: SchedulerDeps) {
    this.leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /** Creates the job, or moves a pending one with this id; a running one is left alone. */
  async schedule(request: JobRequest): Promise<void> {
    if (Number.isNaN(request.dueAt.getTime())) throw new RangeError(`job ${request.id} has an invalid dueAt`);
    const { store, clock, log } = this.deps;
    await retryLostRaces(async () => {
      try {
        await store.create(newJob(request, clock()));
        return;
      } catch (error) {
        if (!(error instanceof DocumentExistsError)) throw error;
      }
      const current = await store.read<ScheduledJob>(SCHEDULER_PARTITION, request.id);
      // Gone between create and read (it just ran): a lost race, so create again.
      if (!current) throw new DocumentNotFoundError(SCHEDULER_PARTITION, request.id);
      if (current.doc.state === 'running') {
        log.info('job is running; schedule left as it is', { jobId: request.id });
        return;
      }
      if (sameRequest(current.doc, request)) return;
      const { kind, payload = {} } = request;
      await store.replace(released(current.doc, { kind, payload, dueAt: request.dueAt.toISOString() }), current.etag);
    });
  }

  /** Removes a pending job; a missing one is fine, a running one cannot be stopped. */
  async cancel(id: string): Promise<void> {
    const { store, log } = this.deps;
    await retryLostRaces(async () => {
      const current = await store.read<ScheduledJob>(SCHEDULER_PARTITION, id);
      if (!current) return;
      if (current.doc.state === 'running') {
        log.info('job is running; not cancelled', { jobId: id });
        return;
      }
      await store.remove(SCHEDULER_PARTITION, id, current.etag);
    });
  }

  /** Runs every due job once, oldest first. A tick while one is still running does nothing. */
  tick(): Promise<TickResult> {
    if (this.currentTick) {
      this.deps.log.debug('scheduler tick skipped: the previous one is still running');
      return Promise.resolve({ ran: 0, failed: 0 });
    }
    const tick = this.runDueJobs().finally(() => {
      this.currentTick = undefined;
    });
    this.currentTick = tick;
    return tick;
  }

  /**
   * Ticks now (jobs missed while the bot was down run right away) and then on the cron
   * expression; the returned promise settles after that first tick and never rejects.
   */
  start(cronExpression = '*/15 * * * * *'): Promise<void> {
    if (this.cronTask) throw new Error('scheduler already started');
    this.stopping = false;
    // unref: the timer alone must not keep the process alive once everything else has stopped.
    this.cronTask = scheduleCron(cronExpression, () => this.tickAndLog(), {
      noOverlap: true,
      unref: true,
      logger: cronLogger(this.deps.log),
    });
    return this.tickAndLog();
  }

  /** Stops the cron task and lets the job in hand finish; no further jobs are claimed until start(). */
  async stop(): Promise<void> {
    this.stopping = true;
    const task = this.cronTask;
    this.cronTask = undefined;
    // destroy, not stop: it also drops the task from node-cron's own registry.
    await task?.destroy();
    await this.currentTick?.catch(() => undefined);
  }

  private async tickAndLog(): Promise<void> {
    try {
      const result = await this.tick();
      if (result.ran + result.failed > 0) this.deps.log.info('scheduler tick', { ...result });
    } catch (error) {
      this.deps.log.error('scheduler tick failed', describeError(error));
    }
  }

  private async runDueJobs(): Promise<TickResult> {
    const now = this.deps.clock();
    const listed = await this.deps.store.list<ScheduledJob>(SCHEDULER_PARTITION, JOB_TYPE);
    const due = listed
      .filter(({ doc }) => isDue(doc, now))
      .sort((a, b) => Date.parse(a.doc.dueAt) - Date.parse(b.doc.dueAt) || a.doc.id.localeCompare(b.doc.id));
    let ran = 0;
    let failed = 0;
    for (const job of due) {
      if (this.stopping) break;
      // One at a time: handlers post to Teams, whose rate limits favour a steady trickle.
      const outcome = await this.runJob(job);
      if (outcome === 'ran') ran += 1;
      if (outcome === 'failed') failed += 1;
    }
    return { ran, failed };
  }

  private async runJob(listed: Versioned<ScheduledJob>): Promise<Outcome> {
    const { store, clock, log, owner, handlers } = this.deps;
    const job = listed.doc;
    if (job.attempts >= this.maxAttempts) {
      // Only a run whose instance died gets here: a job that keeps killing its runner is dropped.
      log.error('job dropped: its runs kept ending without a result', { jobId: job.id, kind: job.kind, attempts: job.attempts });
      await this.removeDone(listed);
      return 'failed';
    }
    const claimedAt = clock();
    let claimed: Versioned<ScheduledJob>;
    try {
      claimed = await store.replace(claimedBy(job, owner, new Date(claimedAt.getTime() + this.leaseMs)), listed.etag);
    } catch (error) {
      // Changed or gone since the list: another instance claimed it (or it was cancelled).
      if (isLostRace(error)) return 'skipped';
      throw error;
    }
    // hasOwn: a kind such as "toString" must not find Object.prototype's methods.
    const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
    if (!handler) {
      log.error('job removed: no handler for its kind', { jobId: job.id, kind: job.kind });
      await this.removeDone(claimed);
      return 'failed';
    }
    try {
      await handler(claimed.doc, claimedAt);
    } catch (error) {
      await this.retryLater(claimed, error);
      return 'failed';
    }
    // Done, so the job goes. Removing on the claim's etag keeps a takeover's new state intact;
    // a job may still run twice (lease ran out mid-run), which is why handlers are idempotent.
    await this.removeDone(claimed);
    return 'ran';
  }

  private async retryLater(claimed: Versioned<ScheduledJob>, error: unknown): Promise<void> {
    const { log, store, clock } = this.deps;
    const job = claimed.doc;
    const fields = { jobId: job.id, kind: job.kind, attempts: job.attempts, ...describeError(error) };
    if (job.attempts >= this.maxAttempts) {
      log.error('job failed for the last time; removed', fields);
      await this.removeDone(claimed);
      return;
    }
    const dueAt = new Date(clock().getTime() + retryDelayMs(job.attempts)).toISOString();
    log.warn('job failed; retried later', { ...fields, dueAt });
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    try {
      await store.replace(released(job, { dueAt, lastError }), claimed.etag);
    } catch (writeError) {
      if (!isLostRace(writeError)) throw writeError;
      log.warn('job changed while it ran; left to whoever changed it', { jobId: job.id });
    }
  }

  private async removeDone({ doc, etag }: Versioned<ScheduledJob>): Promise<void> {
    try {
      await this.deps.store.remove(SCHEDULER_PARTITION, doc.id, etag);
    } catch (error) {
      if (!isLostRace(error)) throw error;
      this.deps.log.warn('job changed while it ran (lease ran out?); left as it is', { jobId: doc.id });
    }
  }
}

/** node-cron's own warnings (missed or blocked runs) go to our structured log. */
function cronLogger(log: Logger): CronLogger {
  return {
    debug: (message) => log.debug(`node-cron: ${String(message)}`),
    info: (message) => log.debug(`node-cron: ${message}`),
    warn: (message) => log.warn(`node-cron: ${message}`),
    error: (message, error) => log.error(`node-cron: ${String(message)}`, error ? describeError(error) : {}),
  };
}
