import type { Agent } from 'node:http';
import {
  CosmosClient,
  type ConnectionPolicy,
  type Container,
  type Database,
  type FeedOptions,
  type ItemDefinition,
} from '@azure/cosmos';
import type { TokenCredential } from '@azure/identity';
import {
  AlreadyCountedError,
  COUNTER_NAME,
  onceSlot,
  ONCE_KEY,
  DocumentExistsError,
  DocumentNotFoundError,
  StaleDocumentError,
  type CountingDocument,
  type DocumentStore,
  type EntryCount,
  type EntryDocument,
  type EntryFilter,
  type StoredDocument,
  type Versioned,
} from '../port.js';
import { countByKindAndAuthor, entriesQuery, kindsAndAuthorsQuery, type KindAndAuthor } from './entry-queries.js';

export interface CosmosStoreOptions {
  endpoint: string;
  databaseId: string;
  containerId: string;
  /** Account key; give either this or `credential`. */
  key?: string;
  /** Entra ID credential (e.g. a managed identity); give either this or `key`. */
  credential?: TokenCredential;
  connectionPolicy?: Partial<ConnectionPolicy>;
  agent?: Agent;
}

const PARTITION_KEY_PATH = '/projectId';
const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;
const HTTP_NOT_FOUND = 404;
const HTTP_CONFLICT = 409;
const HTTP_PRECONDITION_FAILED = 412;
/** -1 lets the server fill each page (up to its size limit) instead of 100 items, so fewer round trips. */
const WHOLE_PAGES: FeedOptions = { maxItemCount: -1 };

/** DocumentStore on one Cosmos DB container, partitioned by project. */
export class CosmosStore implements DocumentStore {
  constructor(
    private readonly client: CosmosClient,
    private readonly database: Database,
    private readonly container: Container,
  ) {}

  async read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined> {
    try {
      // The SDK answers a missing item with an undefined resource rather than throwing.
      const { resource } = await this.container.item(id, projectId).read<ItemDefinition>();
      return resource && toVersioned<T>(resource);
    } catch (error) {
      if (statusOf(error) === HTTP_NOT_FOUND) return undefined;
      throw error;
    }
  }

  async create<T extends StoredDocument>(doc: T): Promise<Versioned<T>> {
    try {
      const { resource } = await this.container.items.create<ItemDefinition>(doc);
      return toVersioned<T>(required(resource, doc));
    } catch (error) {
      if (statusOf(error) === HTTP_CONFLICT) throw new DocumentExistsError(doc.projectId, doc.id);
      throw error;
    }
  }

  async replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>> {
    try {
      const { resource } = await this.container
        .item(doc.id, doc.projectId)
        .replace<ItemDefinition>(doc, { accessCondition: { type: 'IfMatch', condition: etag } });
      return toVersioned<T>(required(resource, doc));
    } catch (error) {
      throw translateConditionalWriteError(error, doc.projectId, doc.id);
    }
  }

  async remove(projectId: string, id: string, etag?: string): Promise<void> {
    const options = etag === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: etag } };
    try {
      await this.container.item(id, projectId).delete(options);
    } catch (error) {
      throw translateConditionalWriteError(error, projectId, id);
    }
  }

  async incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string, once?: string): Promise<Versioned<T> | undefined> {
    if (!COUNTER_NAME.test(name)) throw new Error(`not a counter name: ${name}`);
    if (once !== undefined && !ONCE_KEY.test(once)) throw new Error(`not a once key: ${once}`);
    try {
      // A partial update: the server adds one in place, so concurrent increments never conflict.
      // The condition refuses (412) a document without counters instead of counting at its root,
      // and (with `once`) a key counted before; the key takes its slot in the same update.
      const { resource } = await this.container.item(id, projectId).patch<ItemDefinition>({
        condition: once === undefined
          ? 'FROM c WHERE IS_DEFINED(c.counters)'
          : `FROM c WHERE IS_DEFINED(c.counters) AND IS_DEFINED(c.${onceSlot(once)}) AND c.${onceSlot(once)} != '${once}'`,
        operations: [
          { op: 'incr', path: `/counters/${name}`, value: 1 },
          ...(once === undefined ? [] : [{ op: 'set' as const, path: `/${onceSlot(once)}`, value: once }]),
        ],
      });
      return toVersioned<T>(required(resource, { id, projectId, type: '' }));
    } catch (error) {
      const status = statusOf(error);
      if (status === HTTP_NOT_FOUND) return undefined;
      if (status !== HTTP_PRECONDITION_FAILED) throw error;
      // Refused: counted for this key before, or the document does not count (yet).
      const stored = once === undefined ? undefined : await this.read<CountingDocument>(projectId, id);
      if (once !== undefined && stored?.doc[onceSlot(once)] === once) throw new AlreadyCountedError(projectId, id, once);
      return undefined;
    }
  }

  async list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]> {
    // The projectId filter stays in the query even with the partition key option: it keeps the
    // query correct on servers (such as emulators) that do not scope queries to a partition.
    const query = {
      query: 'SELECT * FROM c WHERE c.projectId = @projectId AND c.type = @type',
      parameters: [
        { name: '@projectId', value: projectId },
        { name: '@type', value: type },
      ],
    };
    const { resources } = await this.container.items
      .query<ItemDefinition>(query, { partitionKey: projectId })
      .fetchAll();
    return resources.map((resource) => toVersioned<T>(resource));
  }

  async listEntries<T extends EntryDocument>(projectId: string, filter: EntryFilter): Promise<Versioned<T>[]> {
    const { resources } = await this.container.items
      .query<ItemDefinition>(entriesQuery(projectId, filter), { ...WHOLE_PAGES, partitionKey: projectId })
      .fetchAll();
    return resources.map((resource) => toVersioned<T>(resource));
  }

  async countEntries(projectId: string): Promise<EntryCount[]> {
    const { resources } = await this.container.items
      .query<KindAndAuthor>(kindsAndAuthorsQuery(projectId), { ...WHOLE_PAGES, partitionKey: projectId })
      .fetchAll();
    return countByKindAndAuthor(resources);
  }

  async ping(): Promise<void> {
    await this.database.read();
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}

export async function openCosmosStore(options: CosmosStoreOptions): Promise<CosmosStore> {
  const { endpoint, key, credential, connectionPolicy, agent } = options;
  if ((key === undefined) === (credential === undefined)) {
    throw new Error('openCosmosStore needs exactly one of key and credential');
  }
  const client = new CosmosClient({ endpoint, key, aadCredentials: credential, connectionPolicy, agent });
  try {
    const { database } = await client.databases.createIfNotExists({ id: options.databaseId });
    const { container } = await database.containers.createIfNotExists({
      id: options.containerId,
      partitionKey: { paths: [PARTITION_KEY_PATH] },
    });
    return new CosmosStore(client, database, container);
  } catch (error) {
    client.dispose();
    throw error;
  }
}

function toVersioned<T extends StoredDocument>(resource: ItemDefinition): Versioned<T> {
  const doc: Record<string, unknown> = { ...resource };
  const etag = doc['_etag'];
  if (typeof etag !== 'string') throw new Error(`Cosmos DB returned document ${resource.id} without an _etag`);
  for (const name of SYSTEM_PROPERTIES) delete doc[name];
  return { doc: doc as T, etag };
}

/** A successful write always returns the stored item; treat its absence as a broken response. */
function required(resource: ItemDefinition | undefined, doc: StoredDocument): ItemDefinition {
  if (!resource) throw new Error(`Cosmos DB returned no body for document ${doc.id} in ${doc.projectId}`);
  return resource;
}

function translateConditionalWriteError(error: unknown, projectId: string, id: string): unknown {
  switch (statusOf(error)) {
    case HTTP_PRECONDITION_FAILED:
      return new StaleDocumentError(projectId, id);
    case HTTP_NOT_FOUND:
      return new DocumentNotFoundError(projectId, id);
    default:
      return error;
  }
}

/** The SDK's ErrorResponse carries the HTTP status in `code`; some paths use `statusCode`. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}
