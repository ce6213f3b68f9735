/**
 * The store port: whole documents, keyed by project. Every document carries its `projectId`
 * (the Cosmos DB partition key) and comes back with an `etag`; replace and remove are
 * conditional on that etag, so two saves from one stale version never both succeed.
 */

/** What every stored document has. `type` tells the kinds apart inside one partition. */
export interface StoredDocument {
  readonly id: string;
  readonly projectId: string;
  readonly type: string;
}

/** The document type of step entries; see EntryDocument. */
export const ENTRY_TYPE = 'entry';

/**
 * A step entry: what one person wrote for a step (a problem, a goal, …). Besides the common
 * fields it names its `kind` and its `author` (a person key); the store keeps these two
 * searchable, so a use case can read one kind, or one author's entries of a kind, without
 * reading the whole project.
 */
export interface EntryDocument extends StoredDocument {
  readonly type: typeof ENTRY_TYPE;
  readonly kind: string;
  readonly author: string;
}

/** A document that hands out numbers (see DocumentStore.incrementCounter). */
export interface CountingDocument extends StoredDocument {
  readonly counters?: Readonly<Record<string, number>>;
}

/** Counter names are plain words, so every adapter can put them in a path. */
export const COUNTER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Which entries to read: always one kind, optionally only one author's. */
export interface EntryFilter {
  readonly kind: string;
  readonly author?: string;
}

/** How many entries one author has of one kind in a project. */
export interface EntryCount {
  readonly kind: string;
  readonly author: string;
  readonly entries: number;
}

/** A document as read from or written to the store, with the version it was at. */
export interface Versioned<T extends StoredDocument> {
  readonly doc: T;
  readonly etag: string;
}

export interface DocumentStore {
  /** Point read; undefined when the document does not exist. */
  read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined>;
  /** Creates the document; throws DocumentExistsError when one with this projectId + id exists. */
  create<T extends StoredDocument>(doc: T): Promise<Versioned<T>>;
  /**
   * Replaces the document if it is still at `etag`; throws StaleDocumentError when it changed
   * in between, DocumentNotFoundError when it is gone.
   */
  replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>>;
  /**
   * Removes the document; with an etag only if it is still at that version (StaleDocumentError
   * otherwise). Removing a missing document throws DocumentNotFoundError.
   */
  remove(projectId: string, id: string, etag?: string): Promise<void>;
  /**
   * Adds one to the counter `name` in the document's `counters` object, in one step on the store's
   * side, and returns the document as it is afterwards (with its new etag). Callers at the same
   * moment each get a value of their own and never lose a race, so no etag is needed. A name not
   * yet in `counters` starts at 1. Undefined, with nothing changed, when the document does not
   * exist or has no `counters` object.
   */
  incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string): Promise<Versioned<T> | undefined>;
  /** All documents of one type in one project, in no promised order (callers sort). */
  list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]>;
  /** The project's entries of one kind, or of one kind and author, in no promised order (callers sort). */
  listEntries<T extends EntryDocument>(projectId: string, filter: EntryFilter): Promise<Versioned<T>[]>;
  /**
   * Per kind and author, how many entries the project holds; authors without entries of a kind
   * are simply absent. Reads no bodies, so status and reminders stay cheap as projects grow.
   */
  countEntries(projectId: string): Promise<EntryCount[]>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DocumentExistsError extends Error {
  constructor(readonly projectId: string, readonly id: string) {
    super(`document ${id} already exists in ${projectId}`);
    this.name = 'DocumentExistsError';
  }
}

export class StaleDocumentError extends Error {
  constructor(readonly projectId: string, readonly id: string) {
    super(`document ${id} in ${projectId} was changed by someone else`);
    this.name = 'StaleDocumentError';
  }
}

export class DocumentNotFoundError extends Error {
  constructor(readonly projectId: string, readonly id: string) {
    super(`document ${id} not found in ${projectId}`);
    this.name = 'DocumentNotFoundError';
  }
}
