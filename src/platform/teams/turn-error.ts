import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { catalogFor } from '../../i18n';
import { describeError, type Logger } from '../../kernel/log';

/** The adapter's last line of defence: log with a reference, tell the user in their language. */
export function turnErrorHandler(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = randomUUID().slice(0, 8).toUpperCase();
    log.error('turn error', { reference, activityId: context.activity.id, ...describeError(error) });
    try {
      await context.sendActivity(catalogFor(context.activity.locale).errors.unexpected(reference));
    } catch (sendError) {
      log.error('could not report turn error', { reference, ...describeError(sendError) });
    }
  };
}
