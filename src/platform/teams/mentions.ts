import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { PersonInfo } from '../../kernel/person';
import { MAX_MENTIONED_PEOPLE, type MentionedPeople } from '../turn';

/** Roster look-ups at the same time: few enough for the Connector's rate limits, enough to be quick. */
const LOOKUPS_AT_ONCE = 5;

interface MentionEntity {
  type?: unknown;
  mentioned?: { id?: unknown; name?: unknown };
}

/** The mentioned Teams user ids and names, the bot and repeats left out, in the order written. */
function mentionsIn(context: TurnContext): { id: string; name: string }[] {
  const botId = context.activity.recipient?.id;
  const seen = new Set<string>();
  const found: { id: string; name: string }[] = [];
  for (const entity of (context.activity.entities ?? []) as MentionEntity[]) {
    const id = entity.mentioned?.id;
    if (entity.type !== 'mention' || typeof id !== 'string' || id === '' || id === botId || seen.has(id)) continue;
    seen.add(id);
    const name = typeof entity.mentioned?.name === 'string' ? entity.mentioned.name : '';
    found.push({ id, name });
  }
  return found;
}

/**
 * The people @mentioned in a message, besides the bot: at most MAX_MENTIONED_PEOPLE different people,
 * each looked up once. Mentions carry only the Teams user id; the Entra object id that
 * identifies a participant comes from the team roster.
 */
export async function resolveMentions(context: TurnContext, tenantId: string): Promise<MentionedPeople> {
  const all = mentionsIn(context);
  const mentions = all.slice(0, MAX_MENTIONED_PEOPLE);
  const results: (PersonInfo | string)[] = new Array<PersonInfo | string>(mentions.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < mentions.length) {
      const at = next;
      next += 1;
      const mention = mentions[at] as { id: string; name: string };
      results[at] = await lookUp(context, mention, tenantId);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUPS_AT_ONCE, mentions.length) }, worker));
  return {
    people: results.filter((r): r is PersonInfo => typeof r !== 'string'),
    notFound: results.filter((r): r is string => typeof r === 'string'),
    ignored: all.length - mentions.length,
  };
}

/** The person in the team roster, or the name to report as not found. */
async function lookUp(context: TurnContext, mention: { id: string; name: string }, tenantId: string): Promise<PersonInfo | string> {
  try {
    const member = await TeamsInfo.getMember(context, mention.id);
    if (!member.aadObjectId) throw new Error('member without Entra object id');
    return { tenantId: member.tenantId ?? tenantId, aadObjectId: member.aadObjectId, name: member.name || mention.name, teamsUserId: member.id };
  } catch {
    return mention.name.replace(/<\/?at>/g, '') || mention.id;
  }
}
