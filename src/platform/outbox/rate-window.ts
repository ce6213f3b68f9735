/** A sliding-window limit: at most `max` messages within any `windowMs`. */
export interface RateLimit {
  readonly windowMs: number;
  readonly max: number;
}

/** Teams' limits per bot per conversation thread. */
export const TEAMS_LIMITS: readonly RateLimit[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1_800 },
];

/** Added to every window: Teams measures on its own clock, after the network. */
export const SAFETY_MARGIN_MS = 100;

const LONGEST_WINDOW_MS = Math.max(...TEAMS_LIMITS.map((l) => l.windowMs));

/**
 * The earliest time (ms) at or after `now` at which one more message keeps every window within
 * its limit. `history` holds the times earlier messages were sent, oldest first; recording the
 * moment a send completed (never earlier than Teams received it) keeps this on the safe side.
 */
export function nextAllowedAt(
  history: readonly number[],
  now: number,
  limits: readonly RateLimit[] = TEAMS_LIMITS,
  marginMs: number = SAFETY_MARGIN_MS,
): number {
  let earliest = now;
  for (const { windowMs, max } of limits) {
    // The max-th most recent message must have left the window before the next one may go.
    const blocking = history[history.length - max];
    if (blocking !== undefined) earliest = Math.max(earliest, blocking + windowMs + marginMs);
  }
  return earliest;
}

/** Drops entries no window looks at any more, so a long-lived history stays small. */
export function pruneHistory(history: readonly number[], now: number, keepMs: number = LONGEST_WINDOW_MS + SAFETY_MARGIN_MS): number[] {
  return history.filter((t) => now - t < keepMs);
}

/** When one sender last sent to each conversation (keyed by the caller), for nextAllowedAt. */
export class SendHistory {
  private readonly sent = new Map<string, number[]>();

  record(key: string, at: number): void {
    const times = this.sent.get(key) ?? [];
    times.push(at);
    this.sent.set(key, times);
  }

  nextAllowedAt(key: string, now: number): number {
    return nextAllowedAt(this.sent.get(key) ?? [], now);
  }

  /** Forgets what no window looks at any more, so memory follows the active conversations only. */
  prune(now: number): void {
    for (const [key, times] of this.sent) {
      const kept = pruneHistory(times, now);
      if (kept.length === 0) this.sent.delete(key);
      else this.sent.set(key, kept);
    }
  }
}
