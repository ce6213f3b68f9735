import type { Clock } from './clock';
import type { DocumentStore } from '../platform/store/port';
import type { JobQueue } from './ports';
import type { StepNumber } from './steps';

/** What every use case may use: the store, the time, a source of new ids, the job queue and the steps' entry kinds. */
export interface AppDeps {
  readonly store: DocumentStore;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Which entry kinds count as input for which step, as the step modules declare them. */
  readonly inputKinds: ReadonlyMap<string, StepNumber>;
}
