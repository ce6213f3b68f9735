export const CYCLE_ID = 'cycle';

/** A goal of the previous cycle not evaluated as reached: offered again in this cycle's step 4. */
export interface CarriedGoal {
  readonly what: string;
  readonly indicator: string;
  readonly startValue: string;
  readonly targetValue: string;
}

/** In a follow-up project: the cycle it follows, and what it carried over from it. */
export interface CycleLink {
  readonly type: 'stepWork';
  readonly id: typeof CYCLE_ID;
  readonly projectId: string;
  readonly previousProjectId: string;
  readonly previousName: string;
  readonly cycle: number;
  readonly problems: readonly string[];
  readonly openGoals: readonly CarriedGoal[];
  readonly createdAt: string;
}
