import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { describeError } from '../../kernel/log';
import { text, type Reply, type TurnEnv } from '../turn';
import type { TurnOrigin } from './turn-origin';

/**
 * Nothing a user sends may crash a turn: an unexpected error is logged with a short reference
 * and the user gets that reference in a Dutch (or English) line.
 */
export async function guarded(env: TurnEnv, context: TurnContext, origin: TurnOrigin, work: () => Promise<Reply[]>): Promise<Reply[]> {
  try {
    return await work();
  } catch (error) {
    const reference = randomUUID().slice(0, 8).toUpperCase();
    env.log.error('turn failed', {
      reference,
      activityId: context.activity.id,
      activityType: context.activity.type,
      conversationId: context.activity.conversation?.id,
      ...describeError(error),
    });
    return [text(origin.t.errors.unexpected(reference))];
  }
}
