import { DocumentExistsError, StaleDocumentError, type DocumentStore, type StoredDocument } from './port';

/**
 * A conditional write that lost to someone else's save is tried again on a fresh read: `attempt`
 * reads, decides and writes; after `times` lost races `giveUp` answers. Other errors pass through.
 */
export async function retryOnStale<T>(times: number, attempt: () => Promise<T>, giveUp: () => T): Promise<T> {
  for (let round = 1; round <= times; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleDocumentError)) throw error;
    }
  }
  return giveUp();
}

/**
 * Saves a document read at `etag`, or creates it when it was not there yet (`etag` undefined).
 * Someone else creating it first counts as a stale version, so `retryOnStale` decides again on theirs.
 */
export async function createOrReplace<T extends StoredDocument>(store: DocumentStore, doc: T, etag: string | undefined): Promise<void> {
  if (etag !== undefined) {
    await store.replace(doc, etag);
    return;
  }
  try {
    await store.create(doc);
  } catch (error) {
    if (error instanceof DocumentExistsError) throw new StaleDocumentError(doc.projectId, doc.id);
    throw error;
  }
}
