import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { PersonInfo } from '../../kernel/person';
import { escapeAngleBrackets } from '../../kernel/text';
import type { AdaptiveCardJson } from '../cards/card-renderer';
import type { Reply, Turn, TurnEnv } from '../turn';
import { resolveMentions } from './mentions';
import type { TurnOrigin } from './turn-origin';

/** Text goes out with its angle brackets escaped: Teams reads message text as markup (`<datum>` would vanish). */
export const toActivity = (reply: Reply) =>
  'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(escapeAngleBrackets(reply.text));

/** The turn object over botbuilder's TurnContext. */
export function teamsTurn(env: TurnEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo): Turn {
  const activity = context.activity;
  return {
    env,
    t: origin.t,
    caller,
    channel: origin.channel,
    activityId: activity.id,
    isExecute: activity.type === 'invoke',
    sourceCardId: activity.replyToId,
    attachments: activity.attachments ?? [],
    request: (cardProjectId) => ({
      tenantId: origin.channel.tenantId,
      channelId: origin.channel.channelId,
      caller,
      ...(cardProjectId !== undefined ? { cardProjectId } : {}),
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
