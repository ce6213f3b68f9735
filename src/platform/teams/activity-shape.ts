import { z } from 'zod';

/** Any JSON object: what botbuilder and the bot read as a record. */
const record = z.record(z.string(), z.unknown());
const account = z.looseObject({ id: z.string().min(1).max(1000), name: z.string().max(1000).optional(), aadObjectId: z.string().max(200).optional() });
const optionalId = z.looseObject({ id: z.string().max(1000).optional() });
const mentionShape = z.looseObject({ mentioned: z.looseObject({ id: z.string().max(1000), name: z.string().max(1000).optional() }), text: z.string().optional() });

/**
 * The fields of an incoming activity that botbuilder, teams-ai and the bot read, with the types the
 * Bot Framework protocol gives them. Teams always sends them so; anything else is not a Teams
 * activity and is answered with a 400 before any code of the bot or the SDK touches it.
 */
const activityShape = z.looseObject({
  type: z.string().min(1).max(100),
  id: z.string().max(1000).optional(),
  // The connector the answer goes to: a web address (botbuilder calls string methods on it).
  serviceUrl: z.string().max(2000).regex(/^https?:\/\/[^\s]+$/i),
  // teams-ai keys the turn's state by it.
  channelId: z.string().min(1).max(100),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    // Teams' conversation ids are visible ASCII; the SDK sends this one back in an HTTP header.
    id: z.string().min(1).max(1000).regex(/^[\x21-\x7e]+$/),
    tenantId: z.string().max(200).optional(),
    conversationType: z.string().max(100).optional(),
  }),
  channelData: z.looseObject({ tenant: optionalId.optional(), team: optionalId.optional(), channel: optionalId.optional() }).optional(),
  locale: z.string().max(100).optional(),
  text: z.string().optional(),
  name: z.string().max(1000).optional(),
  replyToId: z.string().max(1000).optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(200) }))
    // botbuilder reads the mentioned person's id of every mention (whatever the case of its type).
    .refine((entities) => entities.every((e) => e.type.toLowerCase() !== 'mention' || mentionShape.safeParse(e).success), 'a mention names whom')
    .optional(),
  attachments: z.array(record).optional(),
  membersAdded: z.array(record).optional(),
  membersRemoved: z.array(record).optional(),
});

/** An Action.Submit arrives as a message whose `value` is the card's data: an object, or nothing. */
const messageValue = z.union([record, z.undefined()]);

export type ActivityCheck = { readonly ok: true } | { readonly ok: false; readonly problem: string };

/**
 * Checks the shape of a request body before it becomes a turn. The problem names the fields only
 * (never their contents or the SDK's internals), so the sender can see what to fix.
 */
export function checkActivityShape(body: unknown): ActivityCheck {
  const parsed = activityShape.safeParse(body);
  if (!parsed.success) return { ok: false, problem: describe(parsed.error.issues) };
  if (parsed.data.type === 'message' && !messageValue.safeParse(parsed.data.value).success) {
    return { ok: false, problem: 'value: a message carries card data as an object' };
  }
  // teams-ai takes the mention out of the text; a mention needs a text to be in.
  if (parsed.data.type === 'message' && parsed.data.text === undefined && parsed.data.entities?.some((e) => e.type.toLowerCase() === 'mention')) {
    return { ok: false, problem: 'text: a message with mentions has a text' };
  }
  return { ok: true };
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  const fields = [...new Set(issues.map((issue) => issue.path.map(String).join('.') || 'body'))].slice(0, 5);
  return `malformed or missing field(s): ${fields.join(', ')}`;
}
