import type { Clock } from '../domain/clock';
import type { DocumentStore } from '../store/port';

/** What every use case may use: the store, the time and a source of new ids. */
export interface AppDeps {
  readonly store: DocumentStore;
  readonly clock: Clock;
  readonly newId: () => string;
}
