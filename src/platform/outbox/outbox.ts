import { randomUUID } from 'node:crypto';
import type { Clock } from '../../kernel/clock.js';
import { describeError, type Logger } from '../../kernel/log.js';
import { DocumentExistsError, DocumentNotFoundError, StaleDocumentError, type DocumentStore, type Versioned } from '../store/port.js';
import { afterFailure, SendFailure } from './backoff.js';
import * as message from './outbox-message.js';
import type { MessageSender, OutboxItem, OutboxMessage } from './outbox-message.js';
import { SendHistory } from './rate-window.js';
import { realTimers, type Timers } from './timers.js';

export interface DrainResult {
  readonly sent: number;
  readonly failed: number;
  /** Pending messages left for a later drain (not due yet, or their conversation is busy). */
  readonly waiting: number;
}

export interface OutboxDeps {
  readonly store: DocumentStore;
  readonly clock: Clock;
  readonly sender: MessageSender;
  readonly log: Logger;
  readonly random?: () => number;
  /** Real timers unless a test runs the outbox on fake time; they must follow `clock`. */
  readonly timers?: Timers;
  /** Unique per running instance; marks whose claim a message is. */
  readonly owner?: string;
  /** How long a claim holds; a send must end well within it or another instance may send it too. */
  readonly leaseMs?: number;
  /** A drain waits for a rate window or a retry this short; longer waits are left to the next drain. */
  readonly maxInlineWaitMs?: number;
  /** A send without an answer this long counts as a network failure; default half the lease. */
  readonly sendTimeoutMs?: number;
  /** Conversations served at the same time. */
  readonly maxParallel?: number;
}

type Entry = Versioned<OutboxMessage>;
type Attempt = { kind: 'sent' | 'failed' | 'lost' } | { kind: 'retry'; entry: Entry };
interface Tally { sent: number; failed: number; waiting: number }

const FORBIDDEN_ID = /[/\\?#]/; // Cosmos DB refuses these in ids
const isLost = (error: unknown): boolean => error instanceof StaleDocumentError || error instanceof DocumentNotFoundError;

/**
 * Everything the bot posts on its own goes through here: stored first (so a restart loses
 * nothing), then sent per conversation in order, within Teams' rate limits, retried with backoff.
 */
export class Outbox {
  private readonly owner: string;
  private readonly leaseMs: number;
  private readonly random: () => number;
  private readonly timers: Timers;
  /** When this instance sent to each conversation; feeds the rate windows. */
  private readonly history = new SendHistory();
  /** Conversations a drain of this instance is working on; a concurrent drain leaves them alone. */
  private readonly busy = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private lastSequence = { ms: 0, counter: 0 };
  private cancelTimer: (() => void) | undefined;
  private running = false;

  constructor(private readonly deps: OutboxDeps) {
    this.owner = deps.owner ?? randomUUID();
    this.leaseMs = deps.leaseMs ?? 60_000;
    this.random = deps.random ?? Math.random;
    this.timers = deps.timers ?? realTimers;
  }

  /** Stores the messages (long text split into `id~1`, `id~2`, …); ids already queued are left alone. */
  async enqueue(items: readonly OutboxItem[]): Promise<void> {
    // Split and check everything first, so an oversized card stores nothing of the batch.
    const prepared = items.map((item) => {
      if (item.id === '' || FORBIDDEN_ID.test(item.id)) throw new Error(`outbox id ${JSON.stringify(item.id)} is empty or has / \\ ? #`);
      return { item, parts: message.splitActivity(item.activity) };
    });
    for (const { item, parts } of prepared) {
      for (const [index, activity] of parts.entries()) {
        const id = parts.length === 1 ? item.id : `${item.id}~${index + 1}`;
        try {
          await this.deps.store.create(message.newOutboxMessage({ ...item, id, activity }, this.nextSequence(), this.deps.clock()));
        } catch (error) {
          if (!(error instanceof DocumentExistsError)) throw error;
        }
      }
    }
    if (this.running) this.drain().catch((error: unknown) => this.deps.log.error('outbox drain failed', describeError(error)));
  }

  /** Sends what is due: conversations in parallel, each oldest first. */
  drain(): Promise<DrainResult> {
    const run = this.drainOnce();
    this.inFlight.add(run);
    return run.finally(() => this.inFlight.delete(run));
  }

  /** Drains now, then `intervalMs` after each drain ends; while started, enqueue drains too. */
  start(intervalMs: number): void {
    if (this.running) return;
    this.running = true;
    const loop = (): void => {
      this.drain()
        .catch((error: unknown) => this.deps.log.error('outbox drain failed', describeError(error)))
        .finally(() => {
          if (this.running) this.cancelTimer = this.timers.after(intervalMs, loop);
        });
    };
    loop();
  }

  /** Stops the loop and waits for running drains; unsent messages stay in the store. */
  async stop(): Promise<void> {
    this.running = false;
    this.cancelTimer?.();
    await Promise.allSettled([...this.inFlight]);
  }

  private async drainOnce(): Promise<DrainResult> {
    const lanes = new Map<string, Entry[]>();
    for (const entry of await this.deps.store.list<OutboxMessage>(message.OUTBOX_PARTITION, message.OUTBOX_TYPE)) {
      if (entry.doc.state !== 'pending') continue;
      const { serviceUrl, conversationId, userId } = entry.doc.target;
      const key = `${serviceUrl}\n${conversationId}\n${userId ?? ''}`;
      lanes.set(key, [...(lanes.get(key) ?? []), entry]);
    }
    this.history.prune(this.now());
    const tally: Tally = { sent: 0, failed: 0, waiting: 0 };
    const queue: [string, Entry[]][] = [];
    for (const [key, lane] of lanes) {
      if (this.busy.has(key)) tally.waiting += lane.length;
      else queue.push([key, lane.sort(bySequence)]);
    }
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const [key, lane] = next;
        this.busy.add(key);
        await this.runLane(key, lane, tally).finally(() => this.busy.delete(key));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.maxParallel ?? 16, queue.length) }, worker));
    return tally;
  }

  private async runLane(key: string, lane: Entry[], tally: Tally): Promise<void> {
    let index = 0;
    try {
      for (let entry = lane[0]; entry !== undefined; ) {
        const now = this.now();
        const { doc } = entry;
        // Another instance holds the oldest message: leave the conversation to it, to keep the order.
        if (doc.claimedBy !== undefined && doc.claimedBy !== this.owner && Date.parse(doc.claimUntil ?? '') > now) break;
        const dueAt = Math.max(Date.parse(doc.nextAttemptAt), this.history.nextAllowedAt(key, now));
        if (dueAt > now) {
          if (dueAt - now > (this.deps.maxInlineWaitMs ?? 2_000)) break;
          await this.timers.sleep(dueAt - now);
          continue;
        }
        const attempt = await this.attempt(key, entry);
        if (attempt.kind === 'lost') break;
        if (attempt.kind === 'retry') entry = attempt.entry;
        else {
          tally[attempt.kind] += 1;
          entry = lane[++index];
        }
      }
    } catch (error) {
      this.deps.log.error('outbox conversation stopped on a store error', { conversationId: lane[0]?.doc.target.conversationId, ...describeError(error) });
    }
    tally.waiting += lane.length - index;
  }

  private async attempt(key: string, entry: Entry): Promise<Attempt> {
    let claimed: Entry;
    try {
      claimed = await this.deps.store.replace({ ...entry.doc, claimedBy: this.owner, claimUntil: iso(this.now() + this.leaseMs) }, entry.etag);
    } catch (error) {
      if (isLost(error)) return { kind: 'lost' };
      throw error;
    }
    const { doc } = claimed;
    try {
      await withTimeout(this.deps.sender.send(doc.target, doc.activity), this.deps.sendTimeoutMs ?? this.leaseMs / 2, this.timers);
    } catch (error) {
      return this.recordFailure(claimed, error instanceof SendFailure ? error : new SendFailure(error instanceof Error ? error.message : String(error)));
    }
    this.history.record(key, this.now());
    this.deps.log.debug('outbox message sent', { id: doc.id, conversationId: doc.target.conversationId, attempts: doc.attempts + 1 });
    try {
      await this.deps.store.remove(message.OUTBOX_PARTITION, doc.id, claimed.etag);
    } catch (error) {
      // Sent all the same. Only a claim that ran out during the send gets here; it may mean a duplicate.
      this.deps.log.warn('outbox message sent but not removed', { id: doc.id, ...describeError(error) });
    }
    return { kind: 'sent' };
  }

  private async recordFailure(claimed: Entry, failure: SendFailure): Promise<Attempt> {
    const next = afterFailure(claimed.doc, failure, this.deps.clock(), this.random);
    const fields = { id: next.id, conversationId: next.target.conversationId, status: failure.status, attempts: next.attempts, error: failure.message };
    try {
      const saved = await this.deps.store.replace(next, claimed.etag);
      if (next.state === 'failed') this.deps.log.error('outbox message failed permanently; kept in the store', fields);
      else this.deps.log.warn('outbox send failed; will retry', { ...fields, nextAttemptAt: next.nextAttemptAt });
      return next.state === 'failed' ? { kind: 'failed' } : { kind: 'retry', entry: saved };
    } catch (error) {
      if (isLost(error)) return { kind: 'lost' };
      throw error;
    }
  }

  /** (time, counter) only grows within an instance, even if the clock steps back. */
  private nextSequence(): string {
    this.lastSequence = { ms: Math.max(this.now(), this.lastSequence.ms), counter: this.lastSequence.counter + 1 };
    return message.outboxSequence(this.lastSequence.ms, this.lastSequence.counter);
  }

  private now(): number {
    return this.deps.clock().getTime();
  }
}

function bySequence(a: Entry, b: Entry): number {
  const [x, y] = [`${a.doc.sequence} ${a.doc.id}`, `${b.doc.sequence} ${b.doc.id}`];
  return x < y ? -1 : x > y ? 1 : 0;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

async function withTimeout(sending: Promise<void>, ms: number, timers: Timers): Promise<void> {
  let cancel: (() => void) | undefined;
  const timeout = new Promise<never>((_, reject) => {
    cancel = timers.after(ms, () => reject(new SendFailure(`no answer within ${ms} ms`)));
  });
  try {
    await Promise.race([sending, timeout]);
  } finally {
    cancel?.();
  }
}
