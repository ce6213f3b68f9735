import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';

/** The invoke Teams sends for Action.Execute. */
export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

export const isCardActionInvoke = (context: TurnContext): boolean =>
  context.activity.type === ActivityTypes.Invoke && context.activity.name === CARD_ACTION_INVOKE;

/** Whether this turn has already given Teams its invoke answer. */
export const hasInvokeAnswer = (context: TurnContext): boolean => Boolean(context.turnState.get(INVOKE_RESPONSE_KEY));

/** Answers an Action.Execute with a line of text in place of the card (HTTP 200, as Teams expects). */
export async function answerCardActionWithText(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } },
  });
}
