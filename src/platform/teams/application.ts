import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { escapeAngleBrackets } from '../../kernel/text';
import type { CardAction } from '../card-action';
import { text, type Reply, type Turn, type TurnEnv } from '../turn';
import { handleCommand, type FollowUp } from './command-router';
import { guarded } from './guard';
import { answerCardActionWithText, isCardActionInvoke } from './invoke-answer';
import { teamsTurn, toActivity } from './teams-turn';
import { cardProjectIdOf, readTurnOrigin } from './turn-origin';
import { catalogOf, languageOf } from '../../i18n';
import type { ProjectRequest } from '../../kernel/channel';
import type { Language } from '../../kernel/language';
import type { AppDeps } from '../../kernel/deps';
import { TurnReads } from '../store/turn-reads';

/** The languages of a turn, as the project decides them (or the Teams locale, outside a project), read through the turn's deps. */
export type TurnLanguagesOf = (request: ProjectRequest, hint: Language, deps: AppDeps) => Promise<{ readonly shared: Language; readonly personal: Language }>;

export interface BotFeatures {
  readonly cardActions: readonly CardAction[];
  readonly languages: TurnLanguagesOf;
  readonly followUp: FollowUp;
  /** The greeting when the bot is added to a team or chat; a personal chat is no channel to start a project in. */
  readonly welcome: (turn: Pick<Turn, 't' | 'env'>, inPersonalChat: boolean) => Reply[];
}

async function send(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  for (const reply of replies) await context.sendActivity(toActivity(reply));
}

/**
 * Runs one turn's work for an identified caller in a project channel (or, for the few cards sent
 * there, a personal chat); answers everyone else. What only the caller sees (the answer to an
 * Action.Execute, anything in a personal chat) is in their own language, the rest in the project's.
 */
function forCaller(env: TurnEnv, features: BotFeatures, context: TurnContext, work: (turn: Turn) => Promise<Reply[]>, inPersonalChat = false): Promise<Reply[]> {
  const origin = readTurnOrigin(context);
  return guarded(env, context, origin, async () => {
    if (origin.kind === 'personal' && !inPersonalChat) return [text(origin.t.access.personalChat)];
    if (!origin.caller) return [text(origin.t.access.noIdentity)];
    const cardProjectId = cardProjectIdOf(context);
    const request: ProjectRequest = {
      tenantId: origin.channel.tenantId,
      channelId: origin.kind === 'personal' ? '' : origin.channel.channelId,
      caller: origin.caller,
      ...(cardProjectId === undefined ? {} : { cardProjectId }),
    };
    // One turn reads each document once: the language and the access check share the project read.
    const turnEnv: TurnEnv = { ...env, deps: { ...env.deps, store: new TurnReads(env.deps.store) } };
    const languages = await features.languages(request, languageOf(origin.t), turnEnv.deps);
    const onlyForCaller = origin.kind === 'personal' || context.activity.type === ActivityTypes.Invoke;
    const shared = catalogOf(origin.kind === 'personal' ? languages.personal : languages.shared);
    const t = onlyForCaller ? catalogOf(languages.personal) : shared;
    return work(teamsTurn(turnEnv, context, origin, origin.caller, { t, shared }));
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
      executeResponse(context, await forCaller(env, features, context, (turn) => action.run(turn, data), action.inPersonalChat)),
    );
    app.adaptiveCards.actionSubmit(action.verb, async (context, _state, data) =>
      send(context, await forCaller(env, features, context, (turn) => action.run(turn, data), action.inPersonalChat)),
    );
  }
  // Verbs no card of ours sends (any more): answered, never routed further.
  app.adaptiveCards.actionExecute(/.*/, async (context) =>
    executeResponse(context, await forCaller(env, features, context, async (turn) => [text(turn.t.input.unknownAction)])),
  );

  // Whatever else arrives as a card action (no action, a verb that is no text, Action.Submit in an
  // invoke, no value at all) is a broken card: answered in place, never left to the SDK's 501.
  app.addRoute(
    async (context) => isCardActionInvoke(context),
    (context) => answerCardActionWithText(context, readTurnOrigin(context).t.input.invalidCard),
    true,
  );

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersAdded?.some((m) => m.id === botId)) return;
    const origin = readTurnOrigin(context);
    await send(context, features.welcome({ t: origin.t, env }, origin.kind === 'personal'));
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const isCardSubmit = !context.activity.text && context.activity.value !== undefined;
    const replies = await forCaller(env, features, context, (turn) =>
      isCardSubmit ? Promise.resolve([text(turn.t.input.unknownAction)]) : handleCommand(turn, context.activity.text ?? '', features.followUp),
    );
    await send(context, replies);
  });
  // Errors outside the handlers (e.g. while sending) reach the adapter's turnErrorHandler.
  return app;
}
