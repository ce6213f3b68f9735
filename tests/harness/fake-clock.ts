// Fake time for code that takes a clock and timers (the outbox): it moves on only when told to, or,
// inside run()/until(), when the code under test has nothing left to do but wait for a timer. Then
// it jumps straight to the earliest timer, so a rate window of 30 s costs no real time.
import type { Clock } from '../../src/kernel/clock.js';
import { realTimers, type Timers } from '../../src/platform/outbox/index.js';
import type { TestTime } from './test-time.js';

interface Waiter {
  readonly at: number;
  readonly order: number;
  readonly fire: () => void;
}

/** A Monday morning in winter time; any fixed moment would do. */
const START = Date.UTC(2026, 0, 12, 8, 0, 0);
/** How long run() lets fake time run before it gives up. */
const RUN_LIMIT_MS = 10 * 60_000;
/** Real time allowed with nothing tracked running and no timer set, before until() gives up. */
const STILL_LIMIT_MS = 30_000;
/** Real time one tracked piece of work (a send over HTTP) may take, however busy the machine. */
const TRACKED_LIMIT_MS = 60_000;
/** Event-loop turns that let promise chains run on until they wait for a timer or for real I/O. */
const SETTLE_TURNS = 3;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class FakeClock implements TestTime {
  private nowMs: number;
  private waiters: Waiter[] = [];
  private order = 0;
  private inProgress = 0;
  private whenIdle: (() => void)[] = [];

  readonly clock: Clock = () => new Date(this.nowMs);
  readonly timers: Timers = {
    sleep: (ms) => new Promise<void>((resolve) => void this.schedule(ms, resolve)),
    after: (ms, callback) => this.schedule(ms, callback),
  };

  constructor(start: number = START) {
    this.nowMs = start;
  }

  now(): number {
    return this.nowMs;
  }

  /** Timers set and not yet fired or cancelled. */
  get pendingTimers(): number {
    return this.waiters.length;
  }

  /** Moves time on by `ms`, firing each timer due on the way at its own due time. */
  async pass(ms: number): Promise<void> {
    const target = this.nowMs + ms;
    while (this.step(target)) await settle();
    this.nowMs = Math.max(this.nowMs, target);
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.inProgress += 1;
    return work.finally(() => {
      this.inProgress -= 1;
      if (this.inProgress > 0) return;
      for (const resolve of this.whenIdle.splice(0)) resolve();
    });
  }

  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => {
      settled = true;
    });
    watched.catch(() => undefined); // reported by the return below, not as unhandled while we wait
    await this.until(() => settled, RUN_LIMIT_MS, 'the work did not finish');
    return watched;
  }

  async until(done: () => boolean | Promise<boolean>, limitMs: number, what: string): Promise<void> {
    const deadline = this.nowMs + limitMs;
    let stillSince = Date.now();
    for (;;) {
      await settle();
      if (await done()) return;
      if (this.inProgress > 0) {
        // Real I/O is under way (a send): time stands still until it has its answer.
        if (!(await this.idleWithin(TRACKED_LIMIT_MS))) throw new Error(`${what}: tracked work still runs after ${TRACKED_LIMIT_MS} ms of real time`);
        stillSince = Date.now();
        continue;
      }
      if (this.step(deadline)) {
        stillSince = Date.now();
        continue;
      }
      if (this.waiters.length > 0) throw new Error(`${what} (within ${limitMs} ms on the fake clock)`);
      // Nothing tracked runs and no timer is set: only untracked work could still change anything.
      if (Date.now() - stillSince > STILL_LIMIT_MS) throw new Error(`${what}: nothing runs and no timer is set`);
      await realTimers.sleep(1);
    }
  }

  private idleWithin(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.whenIdle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private schedule(ms: number, fire: () => void): () => void {
    const waiter: Waiter = { at: this.nowMs + Math.max(0, ms), order: this.order++, fire };
    this.waiters.push(waiter);
    return () => {
      this.waiters = this.waiters.filter((w) => w !== waiter);
    };
  }

  /** Moves time to the earliest timer, if it is due at or before `limit`, and fires every timer due then. */
  private step(limit: number): boolean {
    const next = this.waiters.reduce<Waiter | undefined>((first, w) => (first === undefined || w.at < first.at ? w : first), undefined);
    if (next === undefined || next.at > limit) return false;
    this.nowMs = Math.max(this.nowMs, next.at);
    const due = this.waiters.filter((w) => w.at <= this.nowMs).sort((a, b) => a.at - b.at || a.order - b.order);
    this.waiters = this.waiters.filter((w) => w.at > this.nowMs);
    for (const waiter of due) waiter.fire();
    return true;
  }
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < SETTLE_TURNS; turn += 1) await nextTurn();
}
