/**
 * The prioritisation in the meeting's record. The fixed priority list is part of the step 2
 * meeting's outcome (S2.5), so a copy in words travels with that meeting's record: the outcome
 * card shows it, and an earlier round keeps the list it agreed on when the step meets again.
 */
import type { Meeting } from '../../../engine';
import { currentMeeting } from '../../../engine';
import { priorityItems, type PriorityItem } from './priority-votes';
import type { Prioritisation } from './priority-work';
import { touch, type Project } from '../../../project';
import { stepOf } from '../../../kernel/steps';

export interface PriorityOutcome {
  /** The clusters and single problems in order of priority. */
  readonly items: readonly PriorityItem[];
  readonly endorsed: number;
  readonly participants: number;
  readonly fixedByName: string;
  /** Who endorsed it, in the order they did. */
  readonly endorsedBy: readonly string[];
}

/** A meeting record; the step 2 meeting may carry its agreed priority list. */
export type MeetingWithPriorities = Meeting & { readonly priorities?: PriorityOutcome };

/** Clustering, causes, DOEI and voting happen during the running step 2 meeting only. */
export const inPrioritisationMeeting = (project: Project): boolean => stepOf(project.steps, 2).status === 'meeting';

export function priorityOutcomeOf(work: Prioritisation, participants: number): PriorityOutcome | undefined {
  if (!work.list) return undefined;
  return {
    items: priorityItems(work),
    endorsed: work.list.endorsements.length,
    participants,
    fixedByName: work.list.fixedByName,
    endorsedBy: work.list.endorsements.map((e) => e.name),
  };
}

/**
 * The project with the agreed list copied into the current step 2 meeting's record; undefined
 * when that record already says the same (so votes and DOEI notes never write the project).
 */
export function withPriorityRecord(project: Project, work: Prioritisation, now: Date): Project | undefined {
  const outcome = priorityOutcomeOf(work, project.participants.length);
  const meeting: MeetingWithPriorities | undefined = currentMeeting(project, 2);
  if (!outcome || !meeting || JSON.stringify(meeting.priorities) === JSON.stringify(outcome)) return undefined;
  const meetings = project.meetings.map((m): MeetingWithPriorities => (m === meeting ? { ...m, priorities: outcome } : m));
  return touch({ ...project, meetings }, now);
}
