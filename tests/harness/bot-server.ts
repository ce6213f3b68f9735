// Minimal `node:http` host for a botbuilder adapter (no restify), so harness checks and
// benchmarks can run `adapter.process(req, res, logic)` on a real socket.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'botbuilder';
import { readJsonBody } from './connector-routes.js';

export interface BotServer {
  /** Base URL, e.g. `http://127.0.0.1:50123`; the driver posts to `<url>/api/messages`. */
  readonly url: string;
  close(): Promise<void>;
}

export type BotRequestHandler = (req: Request, res: Response) => Promise<void>;

export async function startBotServer(handler: BotRequestHandler, path = '/api/messages'): Promise<BotServer> {
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (new URL(req.url ?? '/', 'http://bot.invalid').pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    const body = await readJsonBody(req);
    // botbuilder expects a pre-parsed body (as restify's bodyParser provides); anything else it answers 400.
    const request: Request = {
      body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined,
      headers: req.headers,
      method: req.method ?? 'POST',
    };
    await handler(request, toBotbuilderResponse(res));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The restify/express-like surface botbuilder's CloudAdapter writes its answer to. */
function toBotbuilderResponse(res: ServerResponse): Response {
  return {
    socket: res.socket,
    status: (code: number) => {
      res.statusCode = code;
    },
    header: (name: string, value: unknown) => {
      res.setHeader(name, String(value));
    },
    send: (body: unknown) => {
      if (body === undefined || body === null) return;
      const isText = typeof body === 'string' || Buffer.isBuffer(body);
      if (!res.headersSent && !res.hasHeader('content-type')) res.setHeader('content-type', isText ? 'text/plain' : 'application/json');
      res.write(isText ? body : JSON.stringify(body));
    },
    end: () => {
      res.end();
    },
  };
}
