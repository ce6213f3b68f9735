import type { ChannelRef } from '../../kernel/channel';
import type { OutboxActivity, OutboxItem, OutboxTarget } from './outbox-message.js';

/** Where the bot posts on its own for a project: the channel's root conversation. */
export const channelTarget = (channel: ChannelRef): OutboxTarget => ({
  serviceUrl: channel.serviceUrl,
  conversationId: channel.conversationId,
  tenantId: channel.tenantId,
});

export const cardActivity = (content: unknown): OutboxActivity => ({
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
});

/**
 * Cards for a project's channel, in order, with ids `<prefix>~0001`, `<prefix>~0002`, …: queuing
 * the same prefix again (a job that runs twice) adds nothing.
 */
export function channelCardPosts(prefix: string, project: { readonly id: string; readonly channel: ChannelRef }, cards: readonly unknown[]): OutboxItem[] {
  return cards.map((content, index) => ({
    id: `${prefix}~${String(index + 1).padStart(4, '0')}`,
    target: channelTarget(project.channel),
    activity: cardActivity(content),
    sourceProjectId: project.id,
  }));
}
