/** What use cases need from the outside besides the store: a job queue for timed work. */
export interface JobQueue {
  /** Idempotent by id: scheduling the same job again moves it, it does not add a second one. */
  schedule(job: { id: string; kind: string; dueAt: Date; payload?: Record<string, unknown> }): Promise<void>;
}
