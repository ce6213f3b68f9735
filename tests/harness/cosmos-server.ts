import { randomUUID } from 'node:crypto';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import type { CosmosStoreOptions } from '../../src/platform/store/cosmos/cosmos-store.js';

// The in-process server accepts any key; it only has to be valid base64.
export const ANY_COSMOS_KEY = Buffer.from('contract-test-key').toString('base64');

export interface RunningCosmosServer {
  readonly options: CosmosStoreOptions;
  stop(): Promise<void>;
}

/** A Cosmos DB wire-protocol double over HTTPS on a free local port, and the store options to reach it. */
export async function startCosmosServer(): Promise<RunningCosmosServer> {
  const server = createHttpsServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  // The server's certificate is self-signed.
  const agent = new Agent({ rejectUnauthorized: false });
  return {
    options: {
      endpoint: `https://127.0.0.1:${port}`,
      databaseId: `contract-${randomUUID()}`,
      containerId: 'documents',
      key: ANY_COSMOS_KEY,
      // Discovery would send requests to the account's advertised endpoint (localhost) instead.
      connectionPolicy: { enableEndpointDiscovery: false },
      agent,
    },
    stop: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
