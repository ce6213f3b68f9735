// Shared types of the Connector double (split out to keep each harness file small).
import type { Activity, ConversationParameters } from 'botbuilder';

/** One HTTP request the bot made to the double, with the answer it got. */
export interface RecordedCall {
  method: string;
  /** Path with each segment URL-decoded, e.g. `/v3/conversations/19:a@thread.tacv2/activities`. */
  path: string;
  /** Decoded `:conversationId` segment; `''` for calls outside `/v3/conversations/:id`. */
  conversationId: string;
  /** Id of the activity: generated for posts, taken from the path for PUT/DELETE. */
  activityId?: string;
  /** `:replyToId` of POST `/v3/conversations/:cid/activities/:replyToId`. */
  replyToId?: string;
  /** Parsed JSON body (`undefined` when empty, the raw text when not JSON). */
  body: unknown;
  /** When the request arrived, in ms on the double's clock (`Date.now()` unless it was given one). */
  at: number;
  /** Status the double answered with. */
  status: number;
  /** Why a post was refused: a `respondWith` rule or the Teams rate limiter. */
  rejectedBy?: 'fault' | 'rate-limit';
}

/**
 * An activity the bot sent, as JSON (so dates are strings). `id` is the id the double assigned (posts)
 * or the id in the path (updates); `conversationId` comes from the path.
 */
export type BotActivity = Omit<Partial<Activity>, 'timestamp' | 'localTimestamp' | 'id'> & {
  id: string;
  conversationId: string;
  at: number;
  timestamp?: string;
  localTimestamp?: string;
};

export interface CreatedConversation {
  conversationId: string;
  activityId: string;
  parameters: Partial<ConversationParameters>;
  at: number;
}

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
  tenantId?: string;
  email?: string;
  userPrincipalName?: string;
  givenName?: string;
  surname?: string;
}

/** Answer the next `times` requests matching `method` (and `path`, tested on the decoded path) this way. */
export interface FaultRule {
  method?: string;
  path?: RegExp;
  /** How many matching requests this rule answers; default 1. */
  times?: number;
  /** Status to answer with; without it the request is handled normally (after `delayMs`). */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

export interface TeamsLimitOptions {
  /** Send `Retry-After` with this many seconds on a 429; Teams often sends none, so default none. */
  retryAfterSeconds?: number;
}

export interface ConnectorDouble {
  /** Service URL to put in incoming activities (no trailing slash). */
  readonly url: string;
  close(): Promise<void>;
  calls(): RecordedCall[];
  activities(): BotActivity[];
  updates(): BotActivity[];
  createdConversations(): CreatedConversation[];
  rejected(): RecordedCall[];
  /** Forget recorded calls, pending fault rules and rate-limit windows; the roster is kept. */
  clear(): void;
  addMember(member: RosterMember): void;
  respondWith(rule: FaultRule): void;
  enforceTeamsLimits(on: boolean, options?: TeamsLimitOptions): void;
  /** Resolve with the activities matching `predicate` once at least `minCount` exist. */
  waitFor(predicate: (activity: BotActivity) => boolean, timeoutMs?: number, minCount?: number): Promise<BotActivity[]>;
}
