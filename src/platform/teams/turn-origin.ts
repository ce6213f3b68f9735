import type { TurnContext } from 'botbuilder';
import type { PersonInfo } from '../../kernel/person';
import type { ChannelRef } from '../../project';
import { catalogFor, type Catalog } from '../../i18n';

/** Where a turn comes from: which channel, which person, and the language Teams hints at. */
export interface TurnOrigin {
  /** From the Teams locale: only a hint, for what is said before (or without) a project deciding. */
  readonly t: Catalog;
  readonly kind: 'channel' | 'groupChat' | 'personal';
  readonly channel: ChannelRef;
  /** Undefined when the sender has no Entra identity (e.g. an anonymous or external client). */
  readonly caller: PersonInfo | undefined;
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  channel?: { id?: string };
}

export function readTurnOrigin(context: TurnContext): TurnOrigin {
  const activity = context.activity;
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const tenantId = data.tenant?.id ?? activity.conversation?.tenantId ?? '';
  const conversationType = activity.conversation?.conversationType;
  const kind = conversationType === 'personal' ? 'personal' : data.channel?.id ? 'channel' : 'groupChat';
  // A reply in a channel thread has ";messageid=…" after the channel id; posts go to the channel itself.
  const rootConversationId = (activity.conversation?.id ?? '').split(';')[0] ?? '';
  const channelId = data.channel?.id ?? rootConversationId;
  const from = activity.from;
  const caller: PersonInfo | undefined =
    from?.aadObjectId && tenantId
      ? { tenantId, aadObjectId: from.aadObjectId, name: from.name || from.aadObjectId, teamsUserId: from.id }
      : undefined;
  return {
    t: catalogFor(activity.locale),
    kind,
    channel: {
      tenantId,
      teamId: data.team?.id ?? null,
      channelId,
      conversationId: data.channel?.id ?? rootConversationId,
      serviceUrl: activity.serviceUrl,
    },
    caller,
  };
}

/** The project id a card carries (Action.Execute or Action.Submit), if any. */
export function cardProjectIdOf(context: TurnContext): string | undefined {
  const value = context.activity.value as { action?: { data?: { projectId?: unknown } }; projectId?: unknown } | undefined;
  const id = value?.action?.data?.projectId ?? value?.projectId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
