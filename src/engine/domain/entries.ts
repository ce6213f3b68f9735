import type { PersonKey } from '../../kernel/person';
import type { StepNumber } from '../../kernel/steps';

/**
 * What participants and the leader enter in steps 2–6. Each entry is a document of its own in
 * the project's partition (type 'entry'), so hundreds of participants can write at once without
 * contending for the project document. Each step module declares the kinds it uses
 * (e.g. step 2: 'problem'); entries of those kinds count as the step's input.
 */
export interface EntryBase<K extends string> {
  readonly type: 'entry';
  readonly kind: K;
  readonly id: string;
  readonly projectId: string;
  readonly step: StepNumber;
  readonly author: PersonKey;
  /** The author's organisation when they entered it, so lists can say who brought what. */
  readonly organisation: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
