import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterFailure, backoffDelayMs, BACKOFF_CAP_MS, classifyStatus, parseRetryAfter, SendFailure } from '../../src/platform/outbox/backoff';
import {
  activityBytes,
  MAX_ACTIVITY_BYTES,
  newOutboxMessage,
  OversizedActivityError,
  splitActivity,
  splitLongText,
  textBytes,
} from '../../src/platform/outbox/outbox-message';
import { nextAllowedAt, pruneHistory, SAFETY_MARGIN_MS } from '../../src/platform/outbox/rate-window';

const squash = (text: string): string => text.replace(/\s+/g, '');

describe('splitLongText', () => {
  it('leaves text within budget alone', () => {
    assert.deepEqual(splitLongText('kort bericht', 100), ['kort bericht']);
  });

  it('splits between paragraphs first, keeping the order', () => {
    const text = ['Eerste alinea.', 'Tweede alinea.', 'Derde alinea.'].join('\n\n');
    assert.deepEqual(splitLongText(text, 32), ['Eerste alinea.\n\nTweede alinea.', 'Derde alinea.']);
  });

  it('falls back to lines, then words, then characters', () => {
    assert.deepEqual(splitLongText('regel een\nregel twee\nregel drie', 21), ['regel een\nregel twee', 'regel drie']);
    assert.deepEqual(splitLongText('een twee drie vier', 9), ['een twee', 'drie vier']);
    assert.deepEqual(splitLongText('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  });

  it('keeps every part within budget, counting UTF-8 and JSON escapes, without cutting characters', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Overlast ${i} bij het Stationsplein "€" 😀\tmelding`).join('\n');
    const parts = splitLongText(text, 500);
    assert.ok(parts.length > 10);
    for (const part of parts) assert.ok(textBytes(part) <= 500, `${textBytes(part)} bytes`);
    assert.equal(squash(parts.join('')), squash(text));
    assert.ok(parts.every((p) => !p.includes('\uFFFD')));
    const emoji = splitLongText('😀'.repeat(10), 8); // 4 bytes each: two per part
    assert.deepEqual(emoji, Array(5).fill('😀😀'));
  });

  it('splits a long word inside a paragraph and carries on packing after it', () => {
    const parts = splitLongText(`kort ${'x'.repeat(25)} daarna`, 10);
    for (const part of parts) assert.ok(textBytes(part) <= 10);
    assert.equal(squash(parts.join('')), squash(`kort ${'x'.repeat(25)} daarna`));
  });
});

describe('splitActivity', () => {
  it('splits long text into activities of at most 40 KB, attachments on the last', () => {
    const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } };
    const text = Array.from({ length: 3000 }, (_, i) => `Regel ${i} van het verslag.`).join('\n');
    const parts = splitActivity({ text: text.repeat(2), attachments: [card] });
    assert.ok(parts.length >= 2);
    for (const part of parts) assert.ok(activityBytes(part) <= MAX_ACTIVITY_BYTES - 4096);
    assert.deepEqual(parts.at(-1)?.attachments, [card]);
    assert.ok(parts.slice(0, -1).every((p) => p.attachments === undefined));
  });

  it('throws for a card that does not fit by itself', () => {
    const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { text: 'x'.repeat(50_000) } };
    assert.throws(() => splitActivity({ attachments: [card] }), OversizedActivityError);
  });
});

describe('rate window', () => {
  const at = (...times: number[]): number[] => times;

  it('lets 7 go in a second and holds the 8th until the second has passed', () => {
    const seven = Array.from({ length: 7 }, (_, i) => 1000 + i * 10);
    assert.equal(nextAllowedAt(seven.slice(0, 6), 1070), 1070);
    assert.equal(nextAllowedAt(seven, 1070), 1000 + 1000 + SAFETY_MARGIN_MS);
  });

  it('holds the 9th until the 2-second window has room', () => {
    const eight = at(0, 100, 200, 300, 400, 500, 1200, 1300);
    assert.equal(nextAllowedAt(eight, 1400), 0 + 2000 + SAFETY_MARGIN_MS);
  });

  it('holds the 61st within 30 seconds', () => {
    const sixty = Array.from({ length: 60 }, (_, i) => i * 400); // 2.5 per second: within the short windows
    assert.equal(nextAllowedAt(sixty.slice(0, 59), 24_000), 24_000);
    assert.equal(nextAllowedAt(sixty, 24_000), 30_000 + SAFETY_MARGIN_MS);
  });

  it('takes the strictest of mixed limits and the hourly cap', () => {
    // 60 in 30 s (room again at 30.1 s), but the burst of 7 in the last second holds the next until 30.6 s.
    const burst = at(29_500, 30_000, 30_050, 30_100, 30_150, 30_160, 30_170);
    const history = [...Array.from({ length: 53 }, (_, i) => i * 500), ...burst];
    assert.equal(nextAllowedAt(history, 30_200), 29_500 + 1000 + SAFETY_MARGIN_MS);
    assert.equal(nextAllowedAt(history.slice(0, -1), 30_200), 30_200);
    const hour = Array.from({ length: 1800 }, (_, i) => i * 2000);
    assert.equal(nextAllowedAt(hour, 3_600_000), 3_600_000 + SAFETY_MARGIN_MS);
    assert.equal(pruneHistory(hour, 3_600_000 + 3000).length, 1798);
  });
});

describe('backoff', () => {
  const max = (): number => 0.999999;
  it('grows exponentially from 1 s and is capped at 5 minutes', () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelayMs(n, max)), [999, 1999, 3999, 7999]);
    assert.equal(backoffDelayMs(30, max), Math.floor(0.999999 * BACKOFF_CAP_MS));
    assert.equal(backoffDelayMs(10_000, max), Math.floor(0.999999 * BACKOFF_CAP_MS));
  });

  it('jitters over the whole range', () => {
    assert.equal(backoffDelayMs(4, () => 0), 0);
    assert.equal(backoffDelayMs(4, () => 0.5), 4000);
    for (let i = 0; i < 100; i += 1) {
      const delay = backoffDelayMs(5, Math.random);
      assert.ok(delay >= 0 && delay <= 16_000);
    }
  });

  it('never retries sooner than Retry-After, given in seconds or as a date', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7000);
    assert.equal(parseRetryAfter('1.5', now), 1500);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
    assert.equal(backoffDelayMs(1, max, 7000), 7000);
    assert.equal(backoffDelayMs(6, max, 7000), 31_999);
  });
});

describe('failure classification', () => {
  it('retries throttling, preconditions, gateway trouble and network errors; not client errors', () => {
    for (const status of [429, 412, 500, 502, 503, 504, undefined]) assert.equal(classifyStatus(status), 'retryable', String(status));
    for (const status of [400, 401, 403, 404]) assert.equal(classifyStatus(status), 'permanent', String(status));
  });

  it('releases the claim and either reschedules or marks failed under its own type', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const target = { serviceUrl: 'https://smba.example', conversationId: '19:a@thread.tacv2', tenantId: 't' };
    const claimed = { ...newOutboxMessage({ id: 'm1', target, activity: { text: 'hoi' } }, 's1', now), claimedBy: 'me', claimUntil: now.toISOString() };
    const retry = afterFailure(claimed, new SendFailure('busy', { status: 429, retryAfterMs: 5000 }), now, () => 0);
    assert.equal(retry.state, 'pending');
    assert.equal(retry.attempts, 1);
    assert.equal(retry.nextAttemptAt, '2026-11-25T10:00:05.000Z');
    assert.equal(retry.claimedBy, undefined);
    const failed = afterFailure(claimed, new SendFailure('forbidden', { status: 403 }), now, () => 0);
    assert.equal(failed.state, 'failed');
    assert.equal(failed.type, 'outbox-failed');
    assert.equal(failed.lastError, '403: forbidden');
  });
});
