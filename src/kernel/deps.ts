import type { Clock } from './clock';
import type { DocumentStore } from '../platform/store/port';
import type { JobQueue } from './ports';

/** What every use case may use: the store, the time, a source of new ids and the job queue. */
export interface AppDeps {
  readonly store: DocumentStore;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly newId: () => string;
}
