import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { catalogFor } from '../../i18n';
import { describeError, type Logger } from '../../kernel/log';
import { answerCardActionWithText, hasInvokeAnswer, isCardActionInvoke } from './invoke-answer';

/** The adapter's last line of defence: log with a reference, tell the user in their language. */
export function turnErrorHandler(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = randomUUID().slice(0, 8).toUpperCase();
    log.error('turn error', { reference, activityId: context.activity.id, ...describeError(error) });
    try {
      const line = catalogFor(context.activity.locale).errors.unexpected(reference);
      // A card action waits for its answer in the HTTP response: without one Teams shows nothing.
      if (isCardActionInvoke(context) && !hasInvokeAnswer(context)) await answerCardActionWithText(context, line);
      else await context.sendActivity(line);
    } catch (sendError) {
      log.error('could not report turn error', { reference, ...describeError(sendError) });
    }
  };
}
