import type { CountingDocument, DocumentStore, EntryCount, EntryDocument, EntryFilter, StoredDocument, Versioned } from '../../src/platform/store/port';

/** One read the bot made: which partition, and which document or kind of documents. */
export interface StoreRead {
  readonly projectId: string;
  readonly what: string;
}

/** A real store that notes every read and write per partition, for the isolation matrix. */
export class CountingStore implements DocumentStore {
  readonly reads: StoreRead[] = [];
  readonly writes: StoreRead[] = [];
  constructor(private readonly inner: DocumentStore) {}
  read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined> {
    this.reads.push({ projectId, what: `read ${id}` });
    return this.inner.read<T>(projectId, id);
  }
  create<T extends StoredDocument>(doc: T): Promise<Versioned<T>> {
    this.writes.push({ projectId: doc.projectId, what: `create ${doc.id}` });
    return this.inner.create(doc);
  }
  replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>> {
    this.writes.push({ projectId: doc.projectId, what: `replace ${doc.id}` });
    return this.inner.replace(doc, etag);
  }
  remove(projectId: string, id: string, etag?: string): Promise<void> {
    this.writes.push({ projectId, what: `remove ${id}` });
    return this.inner.remove(projectId, id, etag);
  }
  incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string, once?: string): Promise<Versioned<T> | undefined> {
    this.writes.push({ projectId, what: `count ${name} in ${id}` });
    return this.inner.incrementCounter<T>(projectId, id, name, once);
  }
  list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]> {
    this.reads.push({ projectId, what: `list ${type}` });
    return this.inner.list<T>(projectId, type);
  }
  listEntries<T extends EntryDocument>(projectId: string, filter: EntryFilter): Promise<Versioned<T>[]> {
    this.reads.push({ projectId, what: `entries ${filter.kind}` });
    return this.inner.listEntries<T>(projectId, filter);
  }
  countEntries(projectId: string): Promise<EntryCount[]> {
    this.reads.push({ projectId, what: 'count entries' });
    return this.inner.countEntries(projectId);
  }
  ping(): Promise<void> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
