import type { StoredDocument } from '../store/port.js';

/** The whole queue lives in one partition, so one `list` call sees every waiting message. */
export const OUTBOX_PARTITION = 'outbox';
export const OUTBOX_TYPE = 'outbox';
/** Permanently failed messages get their own type: kept for inspection, but out of every drain's list. */
export const OUTBOX_FAILED_TYPE = 'outbox-failed';

/** Our budget for one message on the wire (Teams allows about 100 KB; we stay well below). */
export const MAX_ACTIVITY_BYTES = 40 * 1024;
/** Room for what the Bot Framework adds around our activity (ids, service URL, conversation, from). */
export const ENVELOPE_RESERVE_BYTES = 4 * 1024;

export interface OutboxTarget {
  readonly serviceUrl: string;
  /** The channel or chat to post in; empty for a personal message, which goes to `userId`. */
  readonly conversationId: string;
  readonly tenantId: string;
  /** Teams user id ("29:…") for a personal (1:1) message: the sender opens that chat first. */
  readonly userId?: string;
}

export interface OutboxAttachment {
  readonly contentType: string;
  readonly content: unknown;
}

export interface OutboxActivity {
  readonly text?: string;
  readonly attachments?: readonly OutboxAttachment[];
  /** Set to update a message the bot posted before (a card that must change) instead of posting a new one. */
  readonly replaceActivityId?: string;
}

/** Posts one activity to a conversation; throws SendFailure (any other error counts as a network failure). */
export interface MessageSender {
  send(target: OutboxTarget, activity: OutboxActivity): Promise<void>;
}

/** What a caller hands the outbox. */
export interface OutboxItem {
  /** Chosen by the caller and deterministic: enqueueing the same id again while it waits adds nothing. */
  readonly id: string;
  readonly target: OutboxTarget;
  readonly activity: OutboxActivity;
  readonly sourceProjectId?: string;
}

export type OutboxState = 'pending' | 'failed';

export interface OutboxMessage extends StoredDocument {
  readonly type: typeof OUTBOX_TYPE | typeof OUTBOX_FAILED_TYPE;
  readonly projectId: typeof OUTBOX_PARTITION;
  readonly id: string;
  readonly target: OutboxTarget;
  readonly activity: OutboxActivity;
  /** Sorts as text in enqueue order; messages to one conversation go out in this order. */
  readonly sequence: string;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError?: string;
  readonly sourceProjectId?: string;
  readonly createdAt: string;
  /** The instance sending it right now, and until when that claim holds (a lease). */
  readonly claimedBy?: string;
  readonly claimUntil?: string;
}

/** What the outbox stores for one message to send; `sequence` comes from the enqueueing instance. */
export function newOutboxMessage(item: OutboxItem, sequence: string, now: Date): OutboxMessage {
  const { id, target, activity, sourceProjectId } = item;
  return {
    type: OUTBOX_TYPE,
    projectId: OUTBOX_PARTITION,
    id,
    target,
    activity,
    sequence,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now.toISOString(),
    ...(sourceProjectId === undefined ? {} : { sourceProjectId }),
    createdAt: now.toISOString(),
  };
}

/** ISO time then a zero-padded counter: sorts as text in enqueue order. */
export function outboxSequence(ms: number, counter: number): string {
  return `${new Date(ms).toISOString()}.${String(counter).padStart(12, '0')}`;
}

/** The message without a claim, as it is written back after a failed send. */
export function withoutClaim(doc: OutboxMessage): OutboxMessage {
  const { claimedBy: _by, claimUntil: _until, ...rest } = doc;
  return rest;
}

/** Thrown for an activity that cannot fit one message, such as a card over budget: a programming error. */
export class OversizedActivityError extends Error {
  constructor(readonly bytes: number) {
    super(`activity of ${bytes} bytes exceeds the ${MAX_ACTIVITY_BYTES - ENVELOPE_RESERVE_BYTES} byte budget`);
    this.name = 'OversizedActivityError';
  }
}

/** Bytes a string takes inside JSON (UTF-8, escapes counted), without the quotes. */
export function textBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text)) - 2;
}

export function activityBytes(activity: OutboxActivity): number {
  return Buffer.byteLength(JSON.stringify(activity));
}

const ACTIVITY_BUDGET = MAX_ACTIVITY_BYTES - ENVELOPE_RESERVE_BYTES;

/** Throws OversizedActivityError unless the activity fits one message with the envelope around it. */
export function assertActivityFits(activity: OutboxActivity): void {
  const bytes = activityBytes(activity);
  if (bytes > ACTIVITY_BUDGET) throw new OversizedActivityError(bytes);
}

/**
 * One activity as the messages to send, in order. Only text is split (the attachments ride on the
 * last part); attachments that do not fit on their own are a programming error and throw.
 */
export function splitActivity(activity: OutboxActivity): OutboxActivity[] {
  if (activityBytes(activity) <= ACTIVITY_BUDGET) return [activity];
  const { text, attachments } = activity;
  const rest: OutboxActivity = attachments === undefined ? {} : { attachments };
  const restBytes = activityBytes({ ...rest, text: '' });
  if (text === undefined || restBytes > ACTIVITY_BUDGET) throw new OversizedActivityError(activityBytes(activity));
  const parts = splitLongText(text, ACTIVITY_BUDGET - restBytes);
  return parts.map((part, i) => (i === parts.length - 1 ? { ...rest, text: part } : { text: part }));
}

const SEPARATORS = ['\n\n', '\n', ' '] as const;

/**
 * Splits text into parts of at most `maxBytes` (as measured by textBytes), in order: between
 * paragraphs where possible, else between lines, else between words, else between characters.
 * The separator at a split point is dropped; parts holding only whitespace are left out.
 */
export function splitLongText(text: string, maxBytes: number): string[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must leave room for at least one character');
  if (textBytes(text) <= maxBytes) return [text];
  const parts = pack(text, maxBytes, 0).filter((part) => part.trim() !== '');
  return parts.length > 0 ? parts : [''];
}

function pack(text: string, maxBytes: number, level: number): string[] {
  const size = textBytes(text);
  if (size <= maxBytes) return [text];
  const separator = SEPARATORS[level];
  if (separator === undefined) return splitCharacters(text, maxBytes);
  const sepBytes = textBytes(separator);
  const parts: string[] = [];
  let current: string | undefined;
  let currentBytes = 0;
  // Sizes add up because escaping is per character and separators never cut a surrogate pair.
  for (const piece of text.split(separator)) {
    const pieceBytes = textBytes(piece);
    if (current !== undefined && currentBytes + sepBytes + pieceBytes <= maxBytes) {
      current += separator + piece;
      currentBytes += sepBytes + pieceBytes;
      continue;
    }
    if (current !== undefined) parts.push(current);
    const pieces = pieceBytes <= maxBytes ? [piece] : pack(piece, maxBytes, level + 1);
    parts.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
    currentBytes = textBytes(current);
  }
  if (current !== undefined) parts.push(current);
  return parts;
}

function splitCharacters(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of text) {
    const bytes = textBytes(character);
    if (currentBytes + bytes > maxBytes) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts;
}
