import { ActivityTypes, type CloudAdapter, type ConversationParameters, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Clock } from '../../kernel/clock';
import type { Logger } from '../../kernel/log';
import { escapeAngleBrackets } from '../../kernel/text';
import { parseRetryAfter, SendFailure, type MessageSender, type OutboxActivity, type OutboxTarget } from '../outbox';

/** What a botbuilder RestError carries that matters here (checked against real failures). */
interface RestErrorLike {
  readonly statusCode?: unknown;
  readonly response?: { readonly headers?: { get?(name: string): string | undefined } };
}

/** The private part of the connector client that holds its HTTP pipeline; absent in the typings. */
interface ConnectorClientInternals {
  readonly client?: { readonly pipeline?: { removePolicy(options: { name: string }): unknown[] } };
}

const RETRY_POLICY_NAME = 'defaultRetryPolicy';

/**
 * Posts outbox messages into a Teams conversation through the Bot Framework adapter, and turns
 * its failures into SendFailure (status, Retry-After) for the outbox to decide on.
 */
export class ProactiveSender implements MessageSender {
  private warnedAboutRetries = false;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | undefined,
    private readonly log: Logger,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async send(target: OutboxTarget, activity: OutboxActivity): Promise<void> {
    let failure: unknown;
    const post = async (context: TurnContext): Promise<void> => {
      this.disableBuiltInRetries(context);
      // Caught here: an error leaving this callback would reach onTurnError, which posts an apology to the channel.
      const message = {
        type: ActivityTypes.Message,
        ...(activity.text === undefined ? {} : { text: escapeAngleBrackets(activity.text) }),
        ...(activity.attachments === undefined ? {} : { attachments: activity.attachments.map((a) => ({ ...a })) }),
      };
      try {
        if (activity.replaceActivityId) await context.updateActivity({ ...message, id: activity.replaceActivityId });
        else await context.sendActivity(message);
      } catch (error) {
        failure = error;
      }
    };
    try {
      if (target.userId) await this.adapter.createConversationAsync(this.appId ?? '', 'msteams', target.serviceUrl, '', this.personalChat(target, target.userId), post);
      else await this.adapter.continueConversationAsync(this.appId ?? '', this.referenceTo(target), post);
    } catch (error) {
      failure = error; // e.g. no token, or the personal chat could not be opened
    }
    if (failure !== undefined) throw this.toSendFailure(failure);
  }

  /** A 1:1 chat with a team member: Teams returns the existing one if there is one. */
  private personalChat(target: OutboxTarget, userId: string): ConversationParameters {
    return {
      isGroup: false,
      bot: { id: this.appId ?? 'veiligheidsplanner', name: 'Veiligheidsplanner' },
      members: [{ id: userId, name: '' }],
      tenantId: target.tenantId,
      channelData: { tenant: { id: target.tenantId } },
    } as ConversationParameters;
  }

  private referenceTo(target: OutboxTarget): Partial<ConversationReference> {
    return {
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      conversation: { id: target.conversationId, isGroup: true, conversationType: 'channel', tenantId: target.tenantId, name: '' },
      bot: { id: this.appId ?? 'veiligheidsplanner', name: 'Veiligheidsplanner' },
    };
  }

  /**
   * The connector client (a new one for each proactive turn) would retry 429/503 with Retry-After
   * and other 5xx and network errors up to 3 times itself, invisible to the outbox's rate windows
   * and possibly outlasting its claim. The outbox retries, so that policy comes out.
   */
  private disableBuiltInRetries(context: TurnContext): void {
    const connector = context.turnState.get(this.adapter.ConnectorClientKey) as ConnectorClientInternals | undefined;
    const removed = connector?.client?.pipeline?.removePolicy({ name: RETRY_POLICY_NAME }) ?? [];
    if (removed.length === 0 && !this.warnedAboutRetries) {
      this.warnedAboutRetries = true;
      this.log.warn('could not switch off the connector client retries; sends may take longer');
    }
  }

  private toSendFailure(error: unknown): SendFailure {
    if (error instanceof SendFailure) return error;
    const message = error instanceof Error ? error.message : String(error);
    const rest = (typeof error === 'object' && error !== null ? error : {}) as RestErrorLike;
    const status = typeof rest.statusCode === 'number' ? rest.statusCode : undefined;
    const header = (name: string): string | undefined => rest.response?.headers?.get?.(name) ?? undefined;
    const retryAfterMs = msHeader(header('retry-after-ms') ?? header('x-ms-retry-after-ms')) ?? parseRetryAfter(header('retry-after'), this.clock());
    return new SendFailure(message, { ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
}

function msHeader(value: string | undefined): number | undefined {
  const ms = value === undefined ? NaN : Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
