import type { PersonInfo } from './person';

/** Where a project lives in Teams: one channel of one team in one tenant. */
export interface ChannelRef {
  readonly tenantId: string;
  readonly teamId: string | null;
  readonly channelId: string;
  /** The conversation the bot posts to on its own (the channel's root conversation). */
  readonly conversationId: string;
  readonly serviceUrl: string;
}

/** Who asks for what, where: the input of every access check. */
export interface ProjectRequest {
  readonly tenantId: string;
  /** Empty for a card answered in a personal chat: then the card's project id says which project. */
  readonly channelId: string;
  readonly caller: PersonInfo;
  /** The project id a card carries; refused when it is not the channel's active project. */
  readonly cardProjectId?: string;
  /** Teams' id of the activity asking: the same when Teams delivers it again, so its change is applied once. */
  readonly activityId?: string;
}
