// Builders for activities shaped the way Teams posts them to a bot's messaging endpoint.
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  locale: string;
}

export interface NamedId {
  id: string;
  name: string;
}

/** Options shared by every send. */
export interface SendOptions {
  locale?: string;
  /** Overrides `conversation.id` (default: the channel id, or a personal chat id). */
  conversationId?: string;
  /** Post in another channel / team than the driver's default. */
  channelId?: string;
  teamId?: string;
  replyToId?: string;
  /** 1:1 chat with the bot instead of a channel post. */
  personal?: boolean;
  /** `Authorization` header value; a bare token gets the `Bearer ` scheme. */
  authorization?: string;
}

export interface SayOptions extends SendOptions {
  mentions?: TeamsUser[];
  attachments?: unknown[];
  /** Prefix `<at>Bot</at>`; default true in channels (Teams only delivers channel posts that mention the bot). */
  mentionBot?: boolean;
}

export interface ActivityContext {
  serviceUrl: string;
  tenantId: string;
  team: NamedId;
  channel: NamedId;
  bot: NamedId;
}

/** Wire JSON of an activity as Teams posts it; extra fields (text, value, entities...) per kind. */
export interface ActivityJson {
  type: string;
  id: string;
  timestamp: string;
  localTimestamp: string;
  channelId: string;
  serviceUrl: string;
  from: { id: string; name: string; aadObjectId: string };
  recipient: NamedId;
  conversation: { id: string; conversationType: 'channel' | 'personal'; isGroup?: boolean; tenantId: string };
  locale: string;
  replyToId?: string;
  channelData: Record<string, unknown>;
  [field: string]: unknown;
}

let sequence = 0;

/** Teams message ids are numeric strings. */
function nextActivityId(): string {
  sequence = (sequence + 1) % 1000;
  return `${Date.now()}${String(sequence).padStart(3, '0')}`;
}

const mentionTag = (who: NamedId): string => `<at>${who.name}</at>`;

export function baseActivity(ctx: ActivityContext, user: TeamsUser, type: string, opts: SendOptions): ActivityJson {
  const locale = opts.locale ?? user.locale;
  const now = new Date().toISOString();
  const from = { id: user.id, name: user.name, aadObjectId: user.aadObjectId };
  const recipient = { id: ctx.bot.id, name: ctx.bot.name };
  const tenant = { id: ctx.tenantId };
  const common = {
    type,
    id: nextActivityId(),
    timestamp: now,
    localTimestamp: now,
    channelId: 'msteams',
    serviceUrl: ctx.serviceUrl,
    from,
    recipient,
    locale,
  };
  const replyTo = opts.replyToId === undefined ? {} : { replyToId: opts.replyToId };
  if (opts.personal === true) {
    return {
      ...common,
      ...replyTo,
      conversation: { id: opts.conversationId ?? `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: ctx.tenantId },
      channelData: { tenant },
    };
  }
  const teamId = opts.teamId ?? ctx.team.id;
  const channelId = opts.channelId ?? ctx.channel.id;
  return {
    ...common,
    ...replyTo,
    conversation: { id: opts.conversationId ?? channelId, conversationType: 'channel', isGroup: true, tenantId: ctx.tenantId },
    channelData: {
      tenant,
      team: { id: teamId, name: teamId === ctx.team.id ? ctx.team.name : teamId },
      channel: { id: channelId, name: channelId === ctx.channel.id ? ctx.channel.name : channelId },
    },
  };
}

export function messageActivity(ctx: ActivityContext, user: TeamsUser, text: string, opts: SayOptions): ActivityJson {
  const activity = baseActivity(ctx, user, 'message', opts);
  const mentioned: NamedId[] = [...((opts.mentionBot ?? (opts.personal !== true)) ? [ctx.bot] : []), ...(opts.mentions ?? [])];
  const botPrefix = mentioned[0] === ctx.bot ? `${mentionTag(ctx.bot)} ` : '';
  const others = (opts.mentions ?? []).map((m) => ` ${mentionTag(m)}`).join('');
  const locale = opts.locale ?? user.locale;
  return {
    ...activity,
    textFormat: 'plain',
    text: botPrefix + text + others,
    ...(opts.attachments === undefined ? {} : { attachments: opts.attachments }),
    entities: [
      ...mentioned.map((m) => ({ type: 'mention', mentioned: { id: m.id, name: m.name }, text: mentionTag(m) })),
      { type: 'clientInfo', locale, country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' },
    ],
  };
}

/** Action.Submit: a message without text carrying the card inputs in `value`. */
export function submitActivity(ctx: ActivityContext, user: TeamsUser, value: Record<string, unknown>, opts: SendOptions): ActivityJson {
  return { ...baseActivity(ctx, user, 'message', opts), value };
}

/** Action.Execute (Universal Actions): an `adaptiveCard/action` invoke. */
export function executeActivity(ctx: ActivityContext, user: TeamsUser, verb: string, data: unknown, opts: SendOptions): ActivityJson {
  return {
    ...baseActivity(ctx, user, 'invoke', opts),
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** `teamMemberAdded`: Teams reports these on the team's conversation (the General channel id). */
export function membersAddedActivity(ctx: ActivityContext, from: TeamsUser, members: Array<TeamsUser | 'bot'>, opts: SendOptions): ActivityJson {
  const activity = baseActivity(ctx, from, 'conversationUpdate', { ...opts, conversationId: opts.conversationId ?? opts.teamId ?? ctx.team.id });
  return {
    ...activity,
    membersAdded: members.map((m) => (m === 'bot' ? { id: ctx.bot.id } : { id: m.id, aadObjectId: m.aadObjectId })),
    channelData: { ...activity.channelData, eventType: 'teamMemberAdded' },
  };
}
