import { StaleDocumentError } from './port';

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
