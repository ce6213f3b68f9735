import type { PersonKey } from '../../kernel/person';
import type { StepNumber } from './steps';

/**
 * What participants and the leader enter in steps 2–6. Each entry is a document of its own in
 * the project's partition (type 'entry'), so hundreds of participants can write at once without
 * contending for the project document, and lists are one partition query.
 */
export const ENTRY_KINDS = {
  problem: 2, // S2.1 a typed problem
  measure: 3, // S3.1 a current measure
  goal: 4, // S4.1 a SMART goal
  execution: 5, // S5.1 a row of the execution matrix
  progress: 6, // S6.1 monitoring data
  evaluation: 6, // S6.3 evaluation per goal
} as const satisfies Record<string, StepNumber>;

export type EntryKind = keyof typeof ENTRY_KINDS;

export const isEntryKind = (kind: string): kind is EntryKind => Object.hasOwn(ENTRY_KINDS, kind);

export interface EntryBase<K extends EntryKind> {
  readonly type: 'entry';
  readonly kind: K;
  readonly id: string;
  readonly projectId: string;
  readonly step: (typeof ENTRY_KINDS)[K];
  readonly author: PersonKey;
  /** The author's organisation when they entered it, so lists can say who brought what. */
  readonly organisation: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
