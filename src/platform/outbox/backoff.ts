/** Exponential backoff with full jitter, Retry-After, and which failures are worth retrying. */
import { OUTBOX_FAILED_TYPE, withoutClaim, type OutboxMessage } from './outbox-message.js';

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * A send that did not go through. `status` is the HTTP status when the service answered
 * (none for network errors and timeouts); `retryAfterMs` comes from a Retry-After header.
 */
export class SendFailure extends Error {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { status?: number; retryAfterMs?: number } = {}) {
    super(message);
    this.name = 'SendFailure';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export type FailureKind = 'retryable' | 'permanent';

/** Throttling, lost preconditions and gateway trouble pass; 400/401/403/404 and the like never will. */
const RETRYABLE_STATUSES = new Set([408, 412, 429, 500, 502, 503, 504]);

/** No status (network error, timeout) is retryable, so is any other 5xx; any other 4xx is permanent. */
export function classifyStatus(status: number | undefined): FailureKind {
  if (status === undefined || RETRYABLE_STATUSES.has(status)) return 'retryable';
  return status >= 400 && status < 500 ? 'permanent' : 'retryable';
}

/**
 * Delay before attempt `failedAttempts + 1`: a random point in [0, min(cap, base·2^(n−1))]
 * ("full jitter", so many senders do not retry in step), but never sooner than Retry-After.
 */
export function backoffDelayMs(
  failedAttempts: number,
  random: () => number,
  retryAfterMs?: number,
  baseMs: number = BACKOFF_BASE_MS,
  capMs: number = BACKOFF_CAP_MS,
): number {
  const exponent = Math.max(0, failedAttempts - 1);
  // 2^exponent overflows to Infinity for huge counts; min() with the cap keeps it finite.
  const ceiling = Math.min(capMs, baseMs * 2 ** exponent);
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

const MAX_ERROR_LENGTH = 500;

/**
 * The message as it goes back to the store after a failed send, claim released: permanently
 * failed (kept, out of the queue) or pending again at its next attempt time.
 */
export function afterFailure(claimed: OutboxMessage, failure: SendFailure, now: Date, random: () => number): OutboxMessage {
  const doc = withoutClaim(claimed);
  const attempts = doc.attempts + 1;
  const lastError = `${failure.status ?? 'network'}: ${failure.message}`.slice(0, MAX_ERROR_LENGTH);
  if (classifyStatus(failure.status) === 'permanent') return { ...doc, type: OUTBOX_FAILED_TYPE, state: 'failed', attempts, lastError };
  const delayMs = backoffDelayMs(attempts, random, failure.retryAfterMs);
  return { ...doc, attempts, lastError, nextAttemptAt: new Date(now.getTime() + delayMs).toISOString() };
}
