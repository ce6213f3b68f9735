import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openCosmosStore } from '../../src/platform/store/cosmos/cosmos-store.js';
import { startCosmosServer, type RunningCosmosServer } from '../harness/cosmos-server.js';
import { describeDocumentStoreContract } from './document-store.contract.js';

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
  let server: RunningCosmosServer;

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
