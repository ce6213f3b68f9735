import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { openCosmosStore, type CosmosStoreOptions } from '../../src/platform/store/cosmos/cosmos-store.js';
import { describeDocumentStoreContract } from './document-store.contract.js';

// The in-process server accepts any key; it only has to be valid base64.
const ANY_KEY = Buffer.from('contract-test-key').toString('base64');

interface RunningServer {
  options: CosmosStoreOptions;
  stop: () => Promise<void>;
}

async function startCosmosServer(): Promise<RunningServer> {
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
      key: ANY_KEY,
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

describeDocumentStoreContract('Cosmos DB (@vercel/cosmosdb-server)', async () => {
  const server = await startCosmosServer();
  const store = await openCosmosStore(server.options);
  return {
    store,
    cleanup: async () => {
      await store.close();
      await server.stop();
    },
  };
});

describe('openCosmosStore', () => {
  let server: RunningServer;

  before(async () => {
    server = await startCosmosServer();
  });
  after(async () => {
    await server.stop();
  });

  it('needs exactly one of key and credential', async () => {
    const { key: _key, ...withoutKey } = server.options;
    await assert.rejects(openCosmosStore(withoutKey), /exactly one of key and credential/);
    const credential = { getToken: async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 60_000 }) };
    await assert.rejects(openCosmosStore({ ...server.options, credential }), /exactly one of key and credential/);
  });

  it('opens an existing database and container again', async () => {
    const first = await openCosmosStore(server.options);
    const created = await first.create({ id: 'kept', projectId: 'p', type: 'note' });
    await first.close();

    const second = await openCosmosStore(server.options);
    try {
      assert.deepEqual(await second.read('p', 'kept'), created);
    } finally {
      await second.close();
    }
  });
});
