import { DefaultAzureCredential } from '@azure/identity';
import type { StoreConfig } from '../../config';
import { openCosmosStore } from './cosmos/cosmos-store';
import type { DocumentStore } from './port';
import { openSqliteStore } from './sqlite/sqlite-store';

/** The embedded SQLite file by default; Cosmos DB with a key or the host's managed identity. */
export async function openStore(config: StoreConfig): Promise<DocumentStore> {
  if (config.kind === 'sqlite') return openSqliteStore(config.path);
  return openCosmosStore({
    endpoint: config.endpoint,
    databaseId: config.databaseId,
    containerId: config.containerId,
    ...(config.key ? { key: config.key } : { credential: new DefaultAzureCredential() }),
  });
}
