/** The outbox: everything the bot posts on its own, stored, rate-limited per conversation and retried. */
export { Outbox, type DrainResult, type OutboxDeps } from './outbox.js';
export {
  activityBytes,
  assertActivityFits,
  MAX_ACTIVITY_BYTES,
  OUTBOX_FAILED_TYPE,
  OUTBOX_PARTITION,
  OUTBOX_TYPE,
  OversizedActivityError,
  splitLongText,
  type MessageSender,
  type OutboxActivity,
  type OutboxAttachment,
  type OutboxItem,
  type OutboxMessage,
  type OutboxTarget,
} from './outbox-message.js';
export { classifyStatus, parseRetryAfter, SendFailure } from './backoff.js';
export { cardActivity, channelCardPosts, channelTarget } from './channel-posts.js';
export { realTimers, type Timers } from './timers.js';
