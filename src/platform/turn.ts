import type { Catalog } from '../i18n';
import type { ChannelRef, ProjectRequest } from '../kernel/channel';
import type { AppDeps } from '../kernel/deps';
import type { Logger } from '../kernel/log';
import type { PersonInfo } from '../kernel/person';
import type { AdaptiveCardJson, CardRenderer } from './cards/card-renderer';
import type { StepModule } from '../steps/step-module';
import type { CommandTable } from './command-table';
import type { OutboxItem } from './outbox';

/** What a handler wants said: a card or a line of text. */
export type Reply = { readonly card: AdaptiveCardJson } | { readonly text: string };

export const text = (value: string): Reply => ({ text: value });
export const card = (value: AdaptiveCardJson): Reply => ({ card: value });

/** What every handler may use; created once in the wiring, never held in module state. */
export interface TurnEnv {
  readonly deps: AppDeps;
  readonly cards: CardRenderer;
  readonly log: Logger;
  /** Posts the bot makes outside the answer to a turn (long lists) go through the outbox. */
  readonly post: (items: readonly OutboxItem[]) => Promise<void>;
  readonly commands: CommandTable;
  readonly steps: readonly StepModule[];
}

/** A file or card that came with the message, as Teams describes it. */
export interface TurnAttachment {
  readonly contentType?: string | undefined;
  readonly contentUrl?: string | undefined;
  readonly name?: string | undefined;
  readonly content?: unknown;
}

/** More people than one command names in practice: the rest is ignored, and the person told so. */
export const MAX_MENTIONED_PEOPLE = 50;

export interface MentionedPeople {
  readonly people: readonly PersonInfo[];
  readonly notFound: readonly string[];
  /** Mentions beyond the most one command takes (different people; repeats are not counted). */
  readonly ignored: number;
}

/**
 * One turn as handlers see it: who asks, where, in which language, and how to answer. Routes get
 * this instead of the SDK's context, so no step module needs botbuilder or teams-ai.
 */
export interface Turn {
  readonly env: TurnEnv;
  /**
   * The language of this turn's own answer: the project's for what is said in the channel, the
   * caller's own choice for what only they see (the answer to their Action.Execute).
   */
  readonly t: Catalog;
  /** The project's language: for cards updated in place for everyone and posts in the channel. */
  readonly shared: Catalog;
  readonly caller: PersonInfo;
  readonly channel: ChannelRef;
  /** Teams' id of the incoming activity; the same when Teams delivers it again. */
  readonly activityId: string | undefined;
  /** Action.Execute: the first reply replaces the card for the person who pressed the button. */
  readonly isExecute: boolean;
  /** The message whose card button was pressed, if any. */
  readonly sourceCardId: string | undefined;
  readonly attachments: readonly TurnAttachment[];
  /** The access request for this caller in this channel, with the project id a card carries. */
  request(cardProjectId?: string): ProjectRequest;
  /** Posts a message in the conversation now; the new message's id, when Teams gives one. */
  post(reply: Reply): Promise<string | undefined>;
  /**
   * Replaces earlier card messages in place for everyone (empty and repeated ids are skipped).
   * What they show is already saved, so a failed update is logged, not thrown.
   */
  updateCards(messageIds: readonly (string | null | undefined)[], content: AdaptiveCardJson): Promise<void>;
  /** The people @mentioned in the message besides the bot (at most 50), looked up in the team roster. */
  mentionedPeople(): Promise<MentionedPeople>;
}

/** The same turn speaking the project's language: for cards everyone sees and posts in the channel. */
export const inChannelLanguage = (turn: Turn): Turn => (turn.t === turn.shared ? turn : { ...turn, t: turn.shared });
