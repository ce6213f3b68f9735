import type { TurnContext } from 'botbuilder';
import type { ProjectRequest } from '../../project';
import type { PersonInfo } from '../../kernel/person';
import type { ChannelRef } from '../../project';
import { catalogFor, type Catalog } from '../../i18n';

/** Where a turn comes from: which channel, which person, which language. */
export interface TurnOrigin {
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

export function projectRequest(origin: TurnOrigin, caller: PersonInfo, cardProjectId?: string): ProjectRequest {
  return {
    tenantId: origin.channel.tenantId,
    channelId: origin.channel.channelId,
    caller,
    ...(cardProjectId !== undefined ? { cardProjectId } : {}),
  };
}
