// Cosmos DB for benchmarks without Azure: @azure/cosmos over HTTPS to @vercel/cosmosdb-server in
// this process (the double the contract suite uses). It keeps everything in memory and answers a
// query by scanning the whole container in JavaScript, so its times say little about Cosmos DB's;
// what carries over is how many requests an operation takes and how much comes back.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { openCosmosStore, type CosmosStore } from '../src/platform/store/cosmos/cosmos-store';

export interface CosmosDouble {
  readonly store: CosmosStore;
  /** What another process needs to reach the same database (its certificate is self-signed). */
  readonly connection: { readonly endpoint: string; readonly key: string; readonly databaseId: string; readonly containerId: string };
  /** HTTP requests the server has answered so far, and the bytes of their response bodies. */
  traffic(): { readonly requests: number; readonly bytes: number };
  /** Requests on documents so far, by operation (read, create, replace, patch, delete, query, query plan, batch). */
  operations(): Record<string, number>;
  stop(): Promise<void>;
}

const header = (request: IncomingMessage, name: string): boolean => String(request.headers[name] ?? '').toLowerCase() === 'true';

/** Which document operation a request is, from its method, path and headers; undefined for metadata (account, database, ranges). */
export function operationOf(request: IncomingMessage): string | undefined {
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (/\/docs\/[^/]+$/.test(path)) {
    return ({ GET: 'read', PUT: 'replace', PATCH: 'patch', DELETE: 'delete' } as Record<string, string>)[request.method ?? ''];
  }
  if (!/\/docs$/.test(path) || request.method !== 'POST') return undefined;
  if (header(request, 'x-ms-cosmos-is-query-plan-request')) return 'query plan';
  if (header(request, 'x-ms-documentdb-isquery')) return 'query';
  if (header(request, 'x-ms-cosmos-is-batch-request')) return 'batch';
  return 'create';
}

export async function startCosmosDouble(): Promise<CosmosDouble> {
  // Connections stay open as Cosmos DB keeps them; by default the double closes each one after its
  // answer, and every request would then pay a TLS handshake on both sides.
  const server = createHttpsServer({ keepAlive: true });
  const traffic = { requests: 0, bytes: 0 };
  const operations: Record<string, number> = {};
  server.on('request', (request: IncomingMessage, response) => {
    traffic.requests++;
    const operation = operationOf(request);
    if (operation !== undefined) operations[operation] = (operations[operation] ?? 0) + 1;
    // Responses are written whole with end(); count what goes out.
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    response.end = ((...args: unknown[]) => {
      const [body] = args;
      if (typeof body === 'string' || Buffer.isBuffer(body)) traffic.bytes += Buffer.byteLength(body);
      return end(...args);
    }) as typeof response.end;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ rejectUnauthorized: false, keepAlive: true });
  const connection = {
    endpoint: `https://127.0.0.1:${port}`,
    databaseId: `bench-${randomUUID()}`,
    containerId: 'documents',
    key: Buffer.from('bench-key').toString('base64'),
  };
  const store = await openCosmosStore({ ...connection, connectionPolicy: { enableEndpointDiscovery: false }, agent });
  return {
    store,
    connection,
    traffic: () => ({ ...traffic }),
    operations: () => ({ ...operations }),
    stop: async () => {
      await store.close();
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
