/**
 * Which project is active in a channel. It is its own small document, in a partition named
 * after the channel, so that finding the project for an incoming message is one point read
 * and "one active project per channel" is one conditional create.
 *
 * Keyed by the channel id alone: Teams channel ids are unique across tenants, and a shared
 * channel brings people of several organisations (each in their own Entra tenant) into one
 * channel. They all take part in the one project of that channel, which belongs to the tenant of
 * the leader who started it (the host); a second project for the same channel is refused,
 * whatever tenant asks.
 */
export interface ChannelBinding {
  readonly type: 'channelBinding';
  readonly id: string;
  readonly projectId: string;
  readonly activeProjectId: string;
}

export function channelBindingKey(channelId: string): { projectId: string; id: string } {
  return { projectId: `channel|${channelId}`, id: 'binding' };
}

/** Where bindings were kept before they were per channel id: read only, for projects started then. */
export function legacyChannelBindingKey(tenantId: string, channelId: string): { projectId: string; id: string } {
  return { projectId: `channel|${tenantId.toLowerCase()}|${channelId}`, id: 'binding' };
}

export function newChannelBinding(channelId: string, activeProjectId: string): ChannelBinding {
  return { type: 'channelBinding', ...channelBindingKey(channelId), activeProjectId };
}
