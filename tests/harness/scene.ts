import { readStepWork } from '../../src/steps/2-problems/app/step-work';
import { cardNodes, type CardNode } from './card-nodes';
import type { ProblemStepWork } from '../../src/steps/2-problems/domain/step-work';
import assert from 'node:assert/strict';
import { findActiveProject } from '../../src/project/app/project-access';
import type { Project } from '../../src/project/domain/project';
import { startBotUnderTest, type BotUnderTest, type BotUnderTestOptions } from './bot-under-test';
import { createCardValidator } from './card-schema';
import { cardsOf, textOf, type AdaptiveCardJson, type BotActivity } from './connector-double';
import { shownText } from './shown-text';
import type { ActivityJson, SayOptions, SendOptions, TeamsUser } from './teams-driver';

/** What the bot said in answer to one thing a person did. */
export interface Answer {
  readonly status: number;
  readonly texts: string[];
  readonly cards: AdaptiveCardJson[];
  /** For Action.Execute: the card or message in the HTTP response. */
  readonly invokeCard?: AdaptiveCardJson;
  readonly invokeText?: string;
}

/** The people of the Dutch example project, with fixed Entra object ids. */
export const PEOPLE = {
  leader: { name: 'Marieke de Vries', aadObjectId: 'e3a2b1c8-fb91-410b-9adb-40b497fa4a13' },
  police: { name: 'Rachid El Amrani', aadObjectId: '206157f9-86b0-473f-9fc4-e0900e6e9180' },
  housing: { name: 'Esther Jansen', aadObjectId: '4e37bdd5-0bd4-4361-a928-4c600a68b503' },
  youth: { name: 'Kevin Bakker', aadObjectId: '6f0592b5-2647-439b-a2c8-0212211d19e5' },
  shops: { name: 'Hans Visser', aadObjectId: '46991270-0da3-428b-b0c5-2ce33c9bac70' },
  outsider: { name: 'Piet Buitenstaander', aadObjectId: '9b1f7c2e-1111-4c4c-9d9d-000000000099' },
} as const;

export type PersonName = keyof typeof PEOPLE;

/**
 * A channel with the bot running behind real HTTP, the people above in the team roster,
 * and a transcript of who said what and what the bot answered.
 */
export class Scene {
  readonly transcript: string[] = [];
  readonly users: Record<PersonName, TeamsUser>;
  private readonly validate = createCardValidator();
  private readonly seenCards: AdaptiveCardJson[] = [];

  private constructor(readonly harness: BotUnderTest) {
    const entries = Object.entries(PEOPLE).map(([key, p]) => {
      const user = harness.teams.user(p.name, { aadObjectId: p.aadObjectId });
      harness.connector.addMember({ id: user.id, name: p.name, aadObjectId: p.aadObjectId, tenantId: harness.teams.context.tenantId });
      return [key, user] as const;
    });
    this.users = Object.fromEntries(entries) as Record<PersonName, TeamsUser>;
  }

  static async start(options?: BotUnderTestOptions): Promise<Scene> {
    return new Scene(await startBotUnderTest(options));
  }

  async say(user: TeamsUser, text: string, options?: SayOptions): Promise<Answer> {
    return this.record(`${user.name}: @Veiligheidsplanner ${text}`, this.conversationOf(user, options), () => this.harness.teams.say(user, text, options));
  }

  async submit(user: TeamsUser, value: Record<string, unknown>, options?: SendOptions): Promise<Answer> {
    return this.record(`${user.name} [kaart verstuurd: ${JSON.stringify(value)}]`, this.conversationOf(user, options), () => this.harness.teams.submit(user, value, options));
  }

  async execute(user: TeamsUser, verb: string, data: Record<string, unknown>, options?: SendOptions): Promise<Answer> {
    return this.record(`${user.name} [knop ${verb}: ${JSON.stringify(data)}]`, this.conversationOf(user, options), () => this.harness.teams.execute(user, verb, data, options));
  }

  /**
   * Posts a ready-made activity as Teams would, e.g. the same one twice (Teams delivers an
   * activity again, with the same id, when the bot was slow to acknowledge it).
   */
  async deliver(activity: ActivityJson, line = `[activiteit ${activity.id}]`): Promise<Answer> {
    return this.record(line, activity.conversation.id, () => this.harness.teams.post(activity));
  }

  /** Personal messages the bot sent to `user` (each in its own 1:1 chat), in order: texts and cards. */
  personalMessages(user: TeamsUser): BotActivity[] {
    const chats = new Set(this.harness.connector.createdConversations().filter((c) => c.parameters.members?.[0]?.id === user.id).map((c) => c.conversationId));
    return this.harness.connector.activities().filter((a) => chats.has(a.conversationId));
  }

  /** The conversation a person acts in: the channel (or another one), or their personal chat with the bot. */
  private conversationOf(user: TeamsUser, options?: SendOptions): string {
    if (options?.conversationId) return options.conversationId;
    if (options?.personal === true) return `a:personal-${user.aadObjectId}`;
    return options?.channelId ?? this.harness.teams.context.channel.id;
  }

  /** Every card the bot sent or returned so far validates against Adaptive Cards 1.5 and fits 40 KB. */
  assertAllCardsValid(): void {
    assert.ok(this.seenCards.length > 0, 'no cards were seen');
    for (const card of this.seenCards) assert.deepEqual(this.validate(card), [], JSON.stringify(card).slice(0, 400));
  }

  /** The project stored for the scene's channel (or another channel), read straight from the store. */
  async project(channelId = this.harness.teams.context.channel.id): Promise<Project> {
    const found = await findActiveProject({ store: this.harness.bot.store }, this.harness.teams.context.tenantId, channelId);
    assert.ok(found, `a project is stored for channel ${channelId}`);
    return found.doc;
  }

  /**
   * The leader saves the project profile (by the card's Opslaan), which finishes step 1: steps
   * open in order, so a test that opens step 2 does this first.
   */
  async saveProfile(options?: SendOptions): Promise<Answer> {
    const project = await this.project(options?.channelId);
    const answer = await this.execute(this.users.leader, 'profile.save', { projectId: project.id, name: project.profile?.name ?? 'Overlast Stationsplein' }, options);
    assert.equal(answer.status, 200);
    return answer;
  }

  /** Step 2's own state (criteria, prioritisation) for the scene's project, read straight from the store. */
  async problemStepWork(): Promise<ProblemStepWork> {
    return (await readStepWork({ store: this.harness.bot.store }, await this.project())).work;
  }

  get cardCount(): number {
    return this.seenCards.length;
  }

  stop(): Promise<void> {
    return this.harness.stop();
  }

  /** What the bot said in the conversation the person acted in; personal messages to others are not the answer. */
  private async record(line: string, conversationId: string, act: () => Promise<{ status: number; body: unknown }>): Promise<Answer> {
    const before = this.harness.connector.activities().length;
    const response = await act();
    const posted: BotActivity[] = this.harness.connector.activities().slice(before).filter((a) => a.conversationId === conversationId);
    const texts = posted.map((a) => textOf(a)).filter((t): t is string => typeof t === 'string' && t !== '');
    const cards = posted.flatMap((a) => cardsOf(a));
    const invoke = response.body as { type?: string; value?: unknown } | undefined;
    const invokeCard = invoke?.type === 'application/vnd.microsoft.card.adaptive' ? (invoke.value as AdaptiveCardJson) : undefined;
    const invokeText = invoke?.type === 'application/vnd.microsoft.activity.message' ? String(invoke.value) : undefined;
    this.seenCards.push(...cards, ...(invokeCard ? [invokeCard] : []));
    this.transcript.push(line);
    for (const text of [...texts, ...(invokeText ? [invokeText] : [])]) this.transcript.push(`  bot: ${text}`);
    for (const card of [...cards, ...(invokeCard ? [invokeCard] : [])]) this.transcript.push(`  bot [kaart]: ${cardSummary(card)}`);
    return { status: response.status, texts, cards, ...(invokeCard ? { invokeCard } : {}), ...(invokeText ? { invokeText } : {}) };
  }
}

/** Everything the bot said in answer to one thing a person did: its messages and the invoke's text. */
export const said = (answer: Answer): string => [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])].join(' | ');

/** A card's visible texts as a client that knows Action.Execute shows them: without the Submit fallbacks. */
export const shownCard = (card: AdaptiveCardJson | undefined): string =>
  cardText(JSON.parse(JSON.stringify(card ?? {}, (key, value: unknown) => (key === 'fallback' ? undefined : value))) as AdaptiveCardJson);

/** The visible texts of a card, in order, for the transcript and for assertions. */
export function cardText(card: AdaptiveCardJson): string {
  return cardNodes(card, ['data'])
    .flatMap((n) => ['text', 'title', 'label', 'value', 'errorMessage'].map((key) => n[key]))
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .map(shownText)
    .join(' | ');
}

const cardSummary = (card: AdaptiveCardJson): string => {
  const text = cardText(card);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/** What Teams sends with a button: every input's current value (prefilled ones too), as the card shows them. */
export function inputsOf(card: AdaptiveCardJson | undefined): Record<string, unknown> {
  return Object.fromEntries(inputNodes(card).filter((n) => n.value !== undefined && n.value !== '').map((n) => [n.id, n.value]));
}

const inputNodes = (card: AdaptiveCardJson | undefined): (CardNode & { id: string })[] =>
  cardNodes(card, ['data']).filter((n): n is CardNode & { id: string } => typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string');

/** What a form's save button (`verb`) sends, as Teams sends it: every input as the card shows it (empty ones too), the button's data, then `typed` over it. */
export function saveDataOf(form: AdaptiveCardJson | undefined, verb: string, typed: Record<string, string> = {}): Record<string, unknown> {
  const inputs = Object.fromEntries(inputNodes(form).map((n) => [n.id, String(n.value ?? '')]));
  const save = executeActionsOf(form).find((a) => a.verb === verb);
  if (!save) throw new Error(`the form has no ${verb} button`);
  return { ...inputs, ...save.data, ...typed };
}

/** Every Action.Execute of a card, also those in action sets within its body (not the Submit fallbacks). */
export function executeActionsOf(card: AdaptiveCardJson | undefined): { title?: string; verb: string; data: Record<string, unknown> }[] {
  return cardNodes(card, ['fallback', 'data'])
    .filter((n) => n.type === 'Action.Execute' && typeof n.verb === 'string')
    .map((n) => ({ ...(typeof n.title === 'string' ? { title: n.title } : {}), verb: String(n.verb), data: (n.data ?? {}) as Record<string, unknown> }));
}

/** The actions of a card (with their verbs and data), for pressing buttons the way Teams would. */
export function actionsOf(card: AdaptiveCardJson): { type: string; verb?: string; title?: string; data?: Record<string, unknown> }[] {
  return ((card.actions as unknown[]) ?? []) as { type: string; verb?: string; title?: string; data?: Record<string, unknown> }[];
}
