import type { StoreConfig } from '../../config';
import type { DocumentStore } from './port';

/**
 * The embedded SQLite file by default; Cosmos DB with a key or the host's managed identity.
 * Each adapter is loaded only when chosen: no SQLite driver in Cosmos mode, no Azure SDK on SQLite.
 */
export async function openStore(config: StoreConfig): Promise<DocumentStore> {
  if (config.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
    return openSqliteStore(config.path);
  }
  const { openCosmosStore } = await import('./cosmos/cosmos-store.js');
  const credential = config.key ? undefined : (await import('./cosmos/managed-identity.js')).managedIdentityCredential();
  return openCosmosStore({
    endpoint: config.endpoint,
    databaseId: config.databaseId,
    containerId: config.containerId,
    ...(credential ? { credential } : { key: config.key }),
  });
}
