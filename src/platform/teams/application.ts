import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { escapeAngleBrackets } from '../../kernel/text';
import type { CardAction } from '../card-action';
import { text, type Reply, type Turn, type TurnEnv } from '../turn';
import { handleCommand, type FollowUp } from './command-router';
import { guarded } from './guard';
import { teamsTurn, toActivity } from './teams-turn';
import { readTurnOrigin } from './turn-origin';

export interface BotFeatures {
  readonly cardActions: readonly CardAction[];
  readonly followUp: FollowUp;
  /** The greeting when the bot is added to a team or chat. */
  readonly welcome: (turn: Pick<Turn, 't' | 'env'>) => Reply[];
}

async function send(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  for (const reply of replies) await context.sendActivity(toActivity(reply));
}

/** Runs one turn's work for an identified caller in a project channel; answers everyone else. */
function forCaller(env: TurnEnv, context: TurnContext, work: (turn: Turn) => Promise<Reply[]>): Promise<Reply[]> {
  const origin = readTurnOrigin(context);
  return guarded(env, context, origin, async () => {
    if (origin.kind === 'personal') return [text(origin.t.access.personalChat)];
    if (!origin.caller) return [text(origin.t.access.noIdentity)];
    return work(teamsTurn(env, context, origin, origin.caller));
  });
}

/** Action.Execute answers in the HTTP response: the first reply replaces the card, the rest are posted. */
async function executeResponse(context: TurnContext, replies: Reply[]): Promise<string | AdaptiveCard> {
  const [first, ...rest] = replies;
  await send(context, rest);
  if (!first) return '';
  // Our renderer's output is an AdaptiveCard document; teams-ai types it more narrowly.
  return 'card' in first ? (first.card as unknown as AdaptiveCard) : escapeAngleBrackets(first.text);
}

export function createBotApplication(env: TurnEnv, features: BotFeatures, adapter: TeamsAdapter, botAppId: string | undefined): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    ...(botAppId ? { botAppId } : {}),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  for (const action of features.cardActions) {
    app.adaptiveCards.actionExecute(action.verb, async (context, _state, data) =>
      executeResponse(context, await forCaller(env, context, (turn) => action.run(turn, data))),
    );
    app.adaptiveCards.actionSubmit(action.verb, async (context, _state, data) =>
      send(context, await forCaller(env, context, (turn) => action.run(turn, data))),
    );
  }
  // Verbs no card of ours sends (any more): answered, never routed further.
  app.adaptiveCards.actionExecute(/.*/, async (context) =>
    executeResponse(context, await forCaller(env, context, async (turn) => [text(turn.t.input.unknownAction)])),
  );

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersAdded?.some((m) => m.id === botId)) return;
    await send(context, features.welcome({ t: readTurnOrigin(context).t, env }));
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const isCardSubmit = !context.activity.text && context.activity.value !== undefined;
    const replies = await forCaller(env, context, (turn) =>
      isCardSubmit ? Promise.resolve([text(turn.t.input.unknownAction)]) : handleCommand(turn, context.activity.text ?? '', features.followUp),
    );
    await send(context, replies);
  });
  // Errors outside the handlers (e.g. while sending) reach the adapter's turnErrorHandler.
  return app;
}
