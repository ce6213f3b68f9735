import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { PersonInfo } from '../../kernel/person';
import type { MentionedPeople } from '../turn';

interface MentionEntity {
  type?: string;
  mentioned?: { id?: string; name?: string };
}


/**
 * The people @mentioned in a message, besides the bot. Mentions carry only the Teams user id;
 * the Entra object id that identifies a participant comes from the team roster.
 */
export async function resolveMentions(context: TurnContext, tenantId: string): Promise<MentionedPeople> {
  const botId = context.activity.recipient?.id;
  const mentioned = ((context.activity.entities ?? []) as MentionEntity[])
    .filter((e) => e.type === 'mention' && e.mentioned?.id && e.mentioned.id !== botId)
    .map((e) => ({ id: e.mentioned?.id ?? '', name: e.mentioned?.name ?? '' }));
  const unique = mentioned.filter((m, i) => mentioned.findIndex((n) => n.id === m.id) === i);
  const people: PersonInfo[] = [];
  const notFound: string[] = [];
  for (const mention of unique) {
    try {
      const member = await TeamsInfo.getMember(context, mention.id);
      if (!member.aadObjectId) throw new Error('member without Entra object id');
      people.push({
        tenantId: member.tenantId ?? tenantId,
        aadObjectId: member.aadObjectId,
        name: member.name || mention.name,
        teamsUserId: member.id,
      });
    } catch {
      notFound.push(mention.name.replace(/<\/?at>/g, '') || mention.id);
    }
  }
  return { people, notFound };
}
