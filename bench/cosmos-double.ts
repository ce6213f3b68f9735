// Cosmos DB for benchmarks without Azure: @azure/cosmos over HTTPS to @vercel/cosmosdb-server in
// this process (the double the contract suite uses). It keeps everything in memory and answers a
// query by scanning the whole container in JavaScript, so its times say little about Cosmos DB's;
// what carries over is how many requests an operation takes and how much comes back.
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { openCosmosStore, type CosmosStore } from '../src/platform/store/cosmos/cosmos-store';

export interface CosmosDouble {
  readonly store: CosmosStore;
  /** HTTP requests the server has answered so far, and the bytes of their response bodies. */
  traffic(): { readonly requests: number; readonly bytes: number };
  stop(): Promise<void>;
}

export async function startCosmosDouble(): Promise<CosmosDouble> {
  const server = createHttpsServer();
  const traffic = { requests: 0, bytes: 0 };
  server.on('request', (_request, response) => {
    traffic.requests++;
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
  const store = await openCosmosStore({
    endpoint: `https://127.0.0.1:${port}`,
    databaseId: `bench-${randomUUID()}`,
    containerId: 'documents',
    key: Buffer.from('bench-key').toString('base64'),
    connectionPolicy: { enableEndpointDiscovery: false },
    agent,
  });
  return {
    store,
    traffic: () => ({ ...traffic }),
    stop: async () => {
      await store.close();
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
