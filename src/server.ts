import restify from 'restify';
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { DocumentStore } from './platform/store/port';
import { describeError, type Logger } from './kernel/log';
import { messagesEndpoint } from './platform/teams/messages-endpoint';
import type { TokenGate } from './platform/teams/token-gate';

export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface ServerParts {
  readonly adapter: TeamsAdapter;
  readonly app: Application<TurnState>;
  readonly store: DocumentStore;
  readonly log: Logger;
  /** Present when the bot has credentials. */
  readonly tokenGate?: TokenGate;
}

/** HTTP: the Bot Framework endpoint and the two probes App Service and Kubernetes-style hosts use. */
export async function startServer(parts: ServerParts, port: number, host?: string): Promise<RunningServer> {
  const server = restify.createServer({ name: 'veiligheidsplanner' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024 }));

  server.post('/api/messages', messagesEndpoint(parts));
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
