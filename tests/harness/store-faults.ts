import type { DocumentStore, StoredDocument } from '../../src/platform/store/port';

/** Which write fails next, like a store that goes away in the middle of a request. */
export interface StoreFaults {
  /** The next replace of a document this picks fails once; then it is cleared. */
  failReplaceOnce?: ((doc: StoredDocument) => boolean) | undefined;
}

/** `inner` with the faults applied; every other call goes straight through. */
export function withFaults(inner: DocumentStore, faults: StoreFaults): DocumentStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'replace') {
        return async <T extends StoredDocument>(doc: T, etag: string) => {
          if (faults.failReplaceOnce?.(doc)) {
            faults.failReplaceOnce = undefined;
            throw new Error('the store went away');
          }
          return target.replace(doc, etag);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
