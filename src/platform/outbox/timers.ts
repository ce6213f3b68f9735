/**
 * All the outbox's waiting: inline waits for a rate window or a retry, the drain loop's pause and
 * the send timeout. Injectable together with the clock, so a test can run them on fake time.
 */
export interface Timers {
  /** Resolves once `ms` have passed on the clock the outbox runs by. */
  sleep(ms: number): Promise<void>;
  /** Calls `callback` once after `ms`; the returned function cancels it. Must not keep the process alive. */
  after(ms: number, callback: () => void): () => void;
}

export const realTimers: Timers = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms).unref();
    return () => clearTimeout(timer);
  },
};
