import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Catalog } from '../../i18n';
import type { PersonInfo } from '../../kernel/person';
import { escapeAngleBrackets } from '../../kernel/text';
import type { AdaptiveCardJson } from '../cards/card-renderer';
import type { Reply, Turn, TurnEnv } from '../turn';
import { resolveMentions } from './mentions';
import type { TurnOrigin } from './turn-origin';

/** Text goes out with its angle brackets escaped: Teams reads message text as markup (`<datum>` would vanish). */
export const toActivity = (reply: Reply) =>
  'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(escapeAngleBrackets(reply.text));

/** The catalogs of a turn: its own answer's, and the channel's. */
export interface TurnCatalogs {
  readonly t: Catalog;
  readonly shared: Catalog;
}

/** The turn object over botbuilder's TurnContext. */
export function teamsTurn(env: TurnEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, catalogs: TurnCatalogs): Turn {
  const activity = context.activity;
  return {
    env,
    t: catalogs.t,
    shared: catalogs.shared,
    caller,
    channel: origin.channel,
    activityId: activity.id,
    isExecute: activity.type === 'invoke',
    sourceCardId: activity.replyToId,
    attachments: activity.attachments ?? [],
    request: (cardProjectId) => ({
      tenantId: origin.channel.tenantId,
      // A personal chat is no project channel: the card's project id says which project.
      channelId: origin.kind === 'personal' ? '' : origin.channel.channelId,
      caller,
      ...(cardProjectId !== undefined ? { cardProjectId } : {}),
      ...(activity.id ? { activityId: activity.id } : {}),
    }),
    async post(reply) {
      return (await context.sendActivity(toActivity(reply)))?.id;
    },
    async updateCards(messageIds, content: AdaptiveCardJson) {
      for (const id of new Set(messageIds.filter((m): m is string => Boolean(m)))) {
        try {
          await context.updateActivity({ type: 'message', id, attachments: [CardFactory.adaptiveCard(content)] });
        } catch (error) {
          env.log.warn('card not updated in place', { activityId: id, error: String(error) });
        }
      }
    },
    mentionedPeople: () => resolveMentions(context, origin.channel.tenantId),
  };
}
