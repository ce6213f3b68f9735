/**
 * Which project is active in a channel. It is its own small document, in a partition named
 * after the channel, so that finding the project for an incoming message is one point read
 * and "one active project per channel" is one conditional create.
 */
export interface ChannelBinding {
  readonly type: 'channelBinding';
  readonly id: string;
  readonly projectId: string;
  readonly activeProjectId: string;
}

export function channelBindingKey(tenantId: string, channelId: string): { projectId: string; id: string } {
  const key = `${tenantId.toLowerCase()}|${channelId}`;
  return { projectId: `channel|${key}`, id: 'binding' };
}

export function newChannelBinding(tenantId: string, channelId: string, activeProjectId: string): ChannelBinding {
  return { type: 'channelBinding', ...channelBindingKey(tenantId, channelId), activeProjectId };
}
