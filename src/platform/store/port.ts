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
  /**
   * The keys of the latest counts asked for "once", one per slot (once0 … once31; a key's
   * slot follows from the key). Plain top-level fields: every adapter can test one in a condition.
   */
  readonly [slot: `once${number}`]: string | undefined;
}

/** How many recent "once" keys a counting document remembers: enough for the retries of a busy minute. */
export const ONCE_SLOTS = 32;
/** A "once" key is hex (a hash of what asked), so every adapter can put it in a condition as it is. */
export const ONCE_KEY = /^[0-9a-f]{8,64}$/;
/** The field that holds a key's slot. */
export const onceSlot = (once: string): `once${number}` => `once${Number.parseInt(once.slice(0, 8), 16) % ONCE_SLOTS}`;
/** The empty slots of a document that starts counting once per key. */
export const emptyOnceSlots = (): Record<`once${number}`, string> =>
  Object.fromEntries(Array.from({ length: ONCE_SLOTS }, (_, i) => [`once${i}`, ''])) as Record<`once${number}`, string>;

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
   * exist or has no `counters` object (with `once`: or not the key's slot).
   * With `once` (a key of what asks, such as a delivered activity), a key counted before, while it
   * is still in its slot of the document, counts nothing: AlreadyCountedError is thrown.
   */
  incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string, once?: string): Promise<Versioned<T> | undefined>;
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

/** The count asked for "once" was given before (a redelivered activity): nothing was counted. */
export class AlreadyCountedError extends Error {
  constructor(readonly projectId: string, readonly id: string, readonly once: string) {
    super(`already counted for ${once} in ${projectId}/${id}`);
    this.name = 'AlreadyCountedError';
  }
}
