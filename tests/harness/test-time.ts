// Time as a test sees it: the real clock, or a FakeClock that moves only when the code under test
// has nothing left to do but wait. One suite can run on either (see tests/e2e/outbox.suite.ts).
import type { Clock } from '../../src/kernel/clock.js';
import { realTimers, type Timers } from '../../src/platform/outbox/index.js';

export interface TestTime {
  /** For the code under test. */
  readonly clock: Clock;
  readonly timers: Timers;
  now(): number;
  /** Lets `ms` pass: waits on the real clock, moves a fake one on. */
  pass(ms: number): Promise<void>;
  /** Marks real work (a send over HTTP): fake time stands still while any is in progress. */
  track<T>(work: Promise<T>): Promise<T>;
  /** `work`'s outcome, letting fake time run while it is outstanding. */
  run<T>(work: Promise<T>): Promise<T>;
  /** Resolves once `done()` holds; fails with `what` after `limitMs` on this clock. */
  until(done: () => boolean | Promise<boolean>, limitMs: number, what: string): Promise<void>;
}

const POLL_MS = 10;

export const realTime: TestTime = {
  clock: () => new Date(),
  timers: realTimers,
  now: () => Date.now(),
  pass: (ms) => realTimers.sleep(ms),
  track: (work) => work,
  run: (work) => work,
  until: async (done, limitMs, what) => {
    const deadline = Date.now() + limitMs;
    while (!(await done())) {
      if (Date.now() >= deadline) throw new Error(`${what} (after ${limitMs} ms)`);
      await realTimers.sleep(POLL_MS);
    }
  },
};
