import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/card-renderer';

/** What a handler wants said: a card or a line of text. */
export type Reply = { readonly card: AdaptiveCardJson } | { readonly text: string };

export const text = (value: string): Reply => ({ text: value });
export const card = (value: AdaptiveCardJson): Reply => ({ card: value });

export async function send(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  for (const reply of replies) {
    await context.sendActivity(
      'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(reply.text),
    );
  }
}
