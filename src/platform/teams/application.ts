import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import type { z } from 'zod';
import type { BotEnv } from './bot-env';
import { CARD_ACTIONS, type CardAction } from './card-actions';
import { guarded } from './guard';
import { send, text, type Reply } from './replies';
import { handleCommand } from './command-router';
import { welcomeReplies } from '../../project/routes/help-routes';
import { readTurnOrigin, type TurnOrigin } from './turn-origin';

/** Runs one turn's work for an identified caller in a project channel; answers everyone else. */
function forCaller(
  env: BotEnv,
  context: TurnContext,
  work: (origin: TurnOrigin, caller: NonNullable<TurnOrigin['caller']>) => Promise<Reply[]>,
): Promise<Reply[]> {
  const origin = readTurnOrigin(context);
  return guarded(env, context, origin, async () => {
    if (origin.kind === 'personal') return [text(origin.t.access.personalChat)];
    if (!origin.caller) return [text(origin.t.access.noIdentity)];
    return work(origin, origin.caller);
  });
}

function runCardAction<S extends z.ZodType>(env: BotEnv, context: TurnContext, definition: CardAction<S>, data: unknown): Promise<Reply[]> {
  return forCaller(env, context, async (origin, caller) => {
    const parsed = definition.schema.safeParse(data);
    if (!parsed.success) return [text(origin.t.input.invalidCard)];
    return definition.handle(env, context, origin, caller, parsed.data);
  });
}

/** Action.Execute answers in the HTTP response: the first reply replaces the card, the rest are posted. */
async function executeResponse(context: TurnContext, replies: Reply[]): Promise<string | AdaptiveCard> {
  const [first, ...rest] = replies;
  await send(context, rest);
  if (!first) return '';
  // Our renderer's output is an AdaptiveCard document; teams-ai types it more narrowly.
  return 'card' in first ? (first.card as unknown as AdaptiveCard) : first.text;
}

export function createBotApplication(env: BotEnv, adapter: TeamsAdapter, botAppId: string | undefined): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    ...(botAppId ? { botAppId } : {}),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  for (const definition of CARD_ACTIONS) {
    const cardAction = definition as CardAction<z.ZodType>;
    app.adaptiveCards.actionExecute(cardAction.verb, async (context, _state, data) =>
      executeResponse(context, await runCardAction(env, context, cardAction, data)),
    );
    app.adaptiveCards.actionSubmit(cardAction.verb, async (context, _state, data) =>
      send(context, await runCardAction(env, context, cardAction, data)),
    );
  }
  // Verbs no card of ours sends (any more): answered, never routed further.
  app.adaptiveCards.actionExecute(/.*/, async (context) =>
    executeResponse(context, await forCaller(env, context, async (origin) => [text(origin.t.input.unknownAction)])),
  );

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersAdded?.some((m) => m.id === botId)) return;
    await send(context, welcomeReplies(env, readTurnOrigin(context)));
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const isCardSubmit = !context.activity.text && context.activity.value !== undefined;
    const replies = await forCaller(env, context, (origin, caller) =>
      isCardSubmit ? Promise.resolve([text(origin.t.input.unknownAction)]) : handleCommand(env, context, origin, caller),
    );
    await send(context, replies);
  });
  // Errors outside the handlers (e.g. while sending) reach the adapter's turnErrorHandler.
  return app;
}
