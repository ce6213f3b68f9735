import type { CountingDocument, DocumentStore, EntryCount, EntryDocument, EntryFilter, StoredDocument, Versioned } from './port';

type Read = Promise<Versioned<StoredDocument> | undefined>;

/**
 * The store as one turn sees it: a document is read at most once per turn (the language of the
 * answer and the access check both need the project). After a write the turn reads what it
 * wrote; a write that fails forgets the document, so a retry after a stale version reads it
 * fresh. Made for one turn and dropped with it, never shared between turns.
 */
export class TurnReads implements DocumentStore {
  private readonly reads = new Map<string, Read>();

  constructor(private readonly store: DocumentStore) {}

  read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined> {
    const key = keyOf(projectId, id);
    let read = this.reads.get(key);
    if (!read) {
      read = this.store.read(projectId, id);
      this.reads.set(key, read);
      read.catch(() => this.reads.delete(key));
    }
    return read as Promise<Versioned<T> | undefined>;
  }

  create<T extends StoredDocument>(doc: T): Promise<Versioned<T>> {
    return this.written(doc.projectId, doc.id, this.store.create(doc));
  }

  replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>> {
    return this.written(doc.projectId, doc.id, this.store.replace(doc, etag));
  }

  async remove(projectId: string, id: string, etag?: string): Promise<void> {
    this.reads.delete(keyOf(projectId, id));
    await this.store.remove(projectId, id, etag);
  }

  async incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string, once?: string): Promise<Versioned<T> | undefined> {
    this.reads.delete(keyOf(projectId, id));
    const counted = await this.store.incrementCounter<T>(projectId, id, name, once);
    if (counted) this.reads.set(keyOf(projectId, id), Promise.resolve(counted));
    return counted;
  }

  list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]> {
    return this.store.list<T>(projectId, type);
  }

  listEntries<T extends EntryDocument>(projectId: string, filter: EntryFilter): Promise<Versioned<T>[]> {
    return this.store.listEntries<T>(projectId, filter);
  }

  countEntries(projectId: string): Promise<EntryCount[]> {
    return this.store.countEntries(projectId);
  }

  ping(): Promise<void> {
    return this.store.ping();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** The document as written once the write succeeds; forgotten until then, and after a failure. */
  private async written<T extends StoredDocument>(projectId: string, id: string, write: Promise<Versioned<T>>): Promise<Versioned<T>> {
    const key = keyOf(projectId, id);
    this.reads.delete(key);
    const stored = await write;
    this.reads.set(key, Promise.resolve(stored));
    return stored;
  }
}

const keyOf = (projectId: string, id: string): string => `${projectId}\n${id}`;
