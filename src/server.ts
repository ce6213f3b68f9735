import restify from 'restify';
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import type { DocumentStore } from './platform/store/port';
import { describeError, type Logger } from './kernel/log';

export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface ServerParts {
  readonly adapter: TeamsAdapter;
  readonly app: Application<TurnState>;
  readonly store: DocumentStore;
  readonly log: Logger;
}

/** HTTP: the Bot Framework endpoint and the two probes App Service and Kubernetes-style hosts use. */
export async function startServer(parts: ServerParts, port: number, host?: string): Promise<RunningServer> {
  const server = restify.createServer({ name: 'veiligheidsplanner' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    // botbuilder throws (a 500 with its internals) on a body without a type; answer that as bad input.
    const body = req.body as { type?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof body.type !== 'string') {
      res.send(400, { error: 'Bad Request: expected a Bot Framework activity with a type' });
      return;
    }
    try {
      await parts.adapter.process(req, res, async (context) => {
        const started = performance.now();
        try {
          await parts.app.run(context);
        } finally {
          parts.log.info('turn', { ...turnIds(context.activity), durationMs: Math.round(performance.now() - started) });
        }
      });
    } catch (error) {
      parts.log.error('request failed', describeError(error));
      if (!res.headersSent) res.send(500, { error: 'Internal Server Error' });
    }
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await parts.store.ping();
      res.send(200, { status: 'ready' });
    } catch (error) {
      parts.log.warn('store not reachable', describeError(error));
      res.send(503, { status: 'store unreachable' });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
