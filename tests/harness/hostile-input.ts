// Generators of hostile input for property-based tests (fast-check): activities Teams would never
// send, and card data for every card verb the bot declares.
import fc from 'fast-check';
import { ALL_CARD_ACTIONS } from '../../src/features';
import { commandSamples } from './command-samples';
import { executeActivity, messageActivity, submitActivity, type ActivityContext, type ActivityJson, type TeamsUser } from './teams-activities';

/** The seed every run starts from unless HOSTILE_SEED says otherwise: the same cases every time. */
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20261129);

/** Every card verb the bot declares, and a few it does not. */
export const CARD_VERBS: readonly string[] = [...ALL_CARD_ACTIONS.map((a) => a.verb), 'step9.frobnicate', ''];

/** The data fields the card templates send (action data and input ids). */
const CARD_FIELDS = [
  'projectId', 'step', 'item', 'verb', 'confirm', 'cluster', 'problemId', 'page', 'target', 'measureId', 'extraId', 'agreementId',
  'outcome', 'organisation', 'name', 'commissioner', 'startDate', 'plannedEndDate', 'description', 'problems', 'likelihood',
  'consequences', 'priority', 'targets', 'measureKind', 'judgement', 'note', 'owner', 'targetDate', 'problemIds', 'goalId',
  'participant', 'what', 'frequency', 'from', 'dates', 'stepNumber', 'text', 'version', '__proto__', 'constructor',
];

/** Texts people (or attackers) type: markup, template bindings, numbers that are not, dates that are not. */
const NASTY_TEXT = fc.constantFrom(
  '[Officieel verslag politie](https://phish.example/login)',
  '![x](https://phish.example/p.png)',
  '# kop\n- punt\n1. een',
  '${projectId} ${$root.name} {{name}}',
  '<at>Marieke de Vries</at>',
  '<script>alert(1)</script>',
  '', ' ', '\u0000\u0007\u001b[31m', '\u202e\u200b',
  '-1', '0', '1', '2', '3', '7', '1e309', 'NaN', 'Infinity', '99999999999999999999',
  'p1', 'cluster-1', 'c1', 'true', 'toch', 'ja', 'nee',
  '2026-13-45', '31-12-2030', '2030-12-31', '29-02-2027', 'morgen',
  'x'.repeat(5000),
);

/** Any value a JSON field can hold, biased to the nasty ones. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: NASTY_TEXT },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constantFrom(-0, 1.5, 2 ** 53)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(NASTY_TEXT, fc.integer()), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...CARD_FIELDS), fc.oneof(NASTY_TEXT, fc.integer()), { maxKeys: 3 }) },
);

/** Whose project a card claims to be for. */
export type ClaimedProject = 'own' | 'foreign' | 'forged' | 'hostile' | 'none';

export interface CardCase {
  readonly verb: string;
  readonly claimed: ClaimedProject;
  readonly fields: Record<string, unknown>;
  readonly hostileId: unknown;
}

export const cardCase: fc.Arbitrary<CardCase> = fc.record({
  verb: fc.constantFrom(...CARD_VERBS),
  claimed: fc.constantFrom<ClaimedProject>('own', 'own', 'own', 'foreign', 'forged', 'hostile', 'none'),
  fields: fc.dictionary(fc.constantFrom(...CARD_FIELDS.filter((f) => f !== 'projectId' && f !== 'verb')), hostileValue, { maxKeys: 6 }),
  hostileId: hostileValue,
});

/** The card's data with the claimed project id in it. */
export function cardData(c: CardCase, ids: { own: string; foreign: string }): Record<string, unknown> {
  const projectId =
    c.claimed === 'own' ? ids.own : c.claimed === 'foreign' ? ids.foreign : c.claimed === 'forged' ? '7d1e2f3a-0000-4000-8000-123456789abc' : c.hostileId;
  return { ...c.fields, ...(c.claimed === 'none' ? {} : { projectId }) };
}

/** Where in an activity a mutation lands (a path of keys), and what it puts there (undefined: delete). */
export interface Mutation {
  readonly path: readonly string[];
  readonly value: unknown;
  readonly remove: boolean;
}

const MUTABLE_PATHS: readonly (readonly string[])[] = [
  ['type'], ['id'], ['serviceUrl'], ['channelId'], ['from'], ['from', 'id'], ['from', 'aadObjectId'], ['from', 'name'], ['recipient'], ['recipient', 'id'],
  ['conversation'], ['conversation', 'id'], ['conversation', 'tenantId'], ['conversation', 'conversationType'],
  ['channelData'], ['channelData', 'tenant'], ['channelData', 'tenant', 'id'], ['channelData', 'channel'], ['channelData', 'channel', 'id'], ['channelData', 'team'],
  ['locale'], ['text'], ['textFormat'], ['name'], ['replyToId'], ['entities'], ['attachments'], ['membersAdded'],
  ['value'], ['value', 'action'], ['value', 'action', 'type'], ['value', 'action', 'verb'], ['value', 'action', 'data'], ['value', 'verb'], ['value', 'projectId'],
];

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...MUTABLE_PATHS),
  value: fc.oneof(hostileValue, fc.constantFrom([{}], [{ type: 'mention' }], [{ type: 'mention', mentioned: { id: 5 } }], 'invoke', 'message', 'adaptiveCard/action', 'conversationUpdate')),
  remove: fc.boolean(),
});

/** A copy of the activity with the mutation applied; containers on the way are created as needed. */
export function mutate(activity: ActivityJson, m: Mutation): unknown {
  const copy = structuredClone(activity) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of m.path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = m.path[m.path.length - 1] ?? 'type';
  if (m.remove) delete node[last];
  else node[last] = m.value;
  return copy;
}

export type ActivityKind = 'command' | 'execute' | 'submit';

export interface ActivityCase {
  readonly kind: ActivityKind;
  readonly command: string;
  readonly card: CardCase;
  readonly mutations: readonly Mutation[];
}

export const activityCase: fc.Arbitrary<ActivityCase> = fc.record({
  kind: fc.constantFrom<ActivityKind>('command', 'execute', 'submit'),
  command: fc.oneof(fc.constantFrom(...commandSamples()), fc.string({ maxLength: 60 }), NASTY_TEXT),
  card: cardCase,
  mutations: fc.array(mutation, { maxLength: 3 }),
});

/** The activity a case describes, before and after its mutations. */
export function buildActivity(ctx: ActivityContext, user: TeamsUser, c: ActivityCase, ids: { own: string; foreign: string }): { activity: unknown; mutated: boolean } {
  const data = cardData(c.card, ids);
  const base =
    c.kind === 'command'
      ? messageActivity(ctx, user, c.command, {})
      : c.kind === 'execute'
        ? executeActivity(ctx, user, c.card.verb, data, {})
        : submitActivity(ctx, user, { ...data, verb: c.card.verb }, {});
  return { activity: c.mutations.reduce<unknown>((a, m) => mutate(a as ActivityJson, m), base), mutated: c.mutations.length > 0 };
}
