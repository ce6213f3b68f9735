// Reading helpers for activities the bot sent: cards, text, readable dumps for failure messages.
import type { BotActivity, RecordedCall } from './connector-types.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Adaptive card payload as JSON; kept loose because cards are free-form templates. */
export type AdaptiveCardJson = Record<string, unknown>;

/** The `content` of every Adaptive Card attachment of `activity`, in order. */
export function cardsOf(activity: Partial<BotActivity>): AdaptiveCardJson[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE)
    .map((a) => (typeof a.content === 'string' ? (JSON.parse(a.content) as AdaptiveCardJson) : (a.content as AdaptiveCardJson)));
}

export function textOf(activity: Partial<BotActivity>): string | undefined {
  return activity.text;
}

/** One line per activity, for assertion messages. */
export function describeActivity(activity: BotActivity): string {
  const text = activity.text === undefined ? '' : ` "${activity.text.slice(0, 120)}"`;
  const cards = cardsOf(activity).length;
  const reply = activity.replyToId === undefined ? '' : ` replyTo=${activity.replyToId}`;
  return `#${activity.id} [${activity.conversationId}] ${activity.type ?? '?'}${reply}${text}${cards > 0 ? ` cards=${cards}` : ''}`;
}

export function describeCall(call: RecordedCall): string {
  return `${call.method} ${call.path} -> ${call.status}${call.rejectedBy === undefined ? '' : ` (${call.rejectedBy})`}`;
}

/** Poll `read` until it yields a value or `timeoutMs` passes; `failure` builds the rejection message. */
export async function pollUntil<T>(read: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
