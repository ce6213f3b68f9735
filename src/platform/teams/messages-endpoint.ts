import type { Request, Response } from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { describeError, type Logger } from '../../kernel/log';
import { checkActivityShape } from './activity-shape';
import type { TokenGate } from './token-gate';

export interface MessagesEndpointParts {
  readonly adapter: TeamsAdapter;
  readonly app: Application<TurnState>;
  readonly log: Logger;
  /** Present when the bot has credentials: every request needs a Bot Framework token. */
  readonly tokenGate?: TokenGate;
}

/** What botbuilder answers, held back so that its internals (error messages) never reach the caller. */
interface HeldAnswer {
  status: number;
  body: unknown;
}

/** The parts of a response botbuilder's CloudAdapter writes to. */
function holdingResponse(res: Response, held: HeldAnswer) {
  return {
    status(code: number) {
      held.status = code;
      return this;
    },
    header(name: string, value: string) {
      res.header(name, value);
      return this;
    },
    send(body: unknown) {
      held.body = body;
      return this;
    },
    end() {
      return this;
    },
  };
}

/** The Bot Framework's own 501 for invoke names no handler takes is kept; other failures say nothing of why. */
function answerFor(held: HeldAnswer): HeldAnswer {
  if (held.status === 401) return { status: 401, body: { error: 'Unauthorized' } };
  if (held.status >= 500 && held.status !== 501) return { status: 500, body: { error: 'Internal Server Error' } };
  return held;
}

/**
 * POST /api/messages: the token first (with credentials), then the activity's shape, then one turn.
 * Nothing reaches the SDK or a handler before both checks pass.
 */
export function messagesEndpoint(parts: MessagesEndpointParts) {
  return async (req: Request, res: Response): Promise<void> => {
    if (parts.tokenGate) {
      const verdict = await parts.tokenGate.check(req.headers.authorization);
      if (verdict === 'unauthorized') return void res.send(401, { error: 'Unauthorized' });
      if (verdict === 'unavailable') {
        res.header('Retry-After', '30');
        return void res.send(503, { error: 'Service Unavailable' });
      }
    }
    const shape = checkActivityShape(req.body);
    if (!shape.ok) return void res.send(400, { error: `Bad Request: ${shape.problem}` });
    const held: HeldAnswer = { status: 200, body: undefined };
    try {
      await parts.adapter.process(req, holdingResponse(res, held) as unknown as Response, async (context) => runTurn(parts, context));
    } catch (error) {
      parts.log.error('request failed', describeError(error));
      held.status = 500;
    }
    const answer = answerFor(held);
    if (held.status >= 500 && held.status !== 501) parts.log.error('request answered with an error', { status: held.status, detail: String(held.body).slice(0, 300) });
    if (answer.body === undefined) res.send(answer.status);
    else res.send(answer.status, answer.body);
  };
}

async function runTurn(parts: MessagesEndpointParts, context: TurnContext): Promise<void> {
  const started = performance.now();
  try {
    await parts.app.run(context);
  } finally {
    parts.log.info('turn', { ...turnIds(context.activity), durationMs: Math.round(performance.now() - started) });
  }
}

/** What one log line per turn may say: ids and kinds, never what someone wrote. */
function turnIds(activity: Activity): Record<string, string | undefined> {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return {
    conversationId: activity.conversation?.id,
    activityId: activity.id,
    tenantId: activity.conversation?.tenantId ?? channelData?.tenant?.id,
    activityType: activity.type,
    activityName: activity.name,
  };
}
