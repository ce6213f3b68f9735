// Sliding-window model of the Teams per-bot-per-thread send limits.
// Only accepted posts count towards the windows, so a bot that backs off can recover.

/** [window length in ms, maximum posts allowed within it] */
const TEAMS_WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [1_000, 7],
  [2_000, 8],
  [30_000, 60],
];

const LONGEST_WINDOW_MS = Math.max(...TEAMS_WINDOWS.map(([ms]) => ms));

export class TeamsRateLimiter {
  private readonly sent = new Map<string, number[]>();

  /** Returns true and records the post when allowed; false when it would exceed a limit. */
  tryPost(conversationId: string, now: number): boolean {
    const recent = (this.sent.get(conversationId) ?? []).filter((t) => now - t < LONGEST_WINDOW_MS);
    for (const [windowMs, max] of TEAMS_WINDOWS) {
      const inWindow = recent.filter((t) => now - t < windowMs).length;
      if (inWindow + 1 > max) {
        this.sent.set(conversationId, recent);
        return false;
      }
    }
    recent.push(now);
    this.sent.set(conversationId, recent);
    return true;
  }

  reset(): void {
    this.sent.clear();
  }
}
