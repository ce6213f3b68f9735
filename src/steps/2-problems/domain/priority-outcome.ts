/**
 * Saving the prioritisation in the project. The fixed priority list is part of the step 2
 * meeting's outcome (S2.5), so a copy in words travels with that meeting's record: the outcome
 * card shows it, and an earlier round keeps the list it agreed on when the step meets again.
 */
import type { Meeting } from '../../../engine/domain/meeting';
import { currentMeeting } from '../../../engine/domain/meetings';
import { priorityClusters } from './priority-votes';
import type { Prioritisation } from './priority-work';
import { touch, type Project } from '../../../project/domain/project';
import { stepOf } from '../../../engine/domain/steps';

export interface PriorityOutcome {
  /** Cluster names in order of priority. */
  readonly items: readonly string[];
  readonly endorsed: number;
  readonly participants: number;
  readonly fixedByName: string;
}

/** A meeting record; the step 2 meeting may carry its agreed priority list. */
export type MeetingWithPriorities = Meeting & { readonly priorities?: PriorityOutcome };

/** Clustering, causes, DOEI and voting happen during the running step 2 meeting only. */
export const inPrioritisationMeeting = (project: Project): boolean => stepOf(project.steps, 2).status === 'meeting';

export function priorityOutcomeOf(work: Prioritisation, participants: number): PriorityOutcome | undefined {
  if (!work.list) return undefined;
  return {
    items: priorityClusters(work).map((c) => c.name),
    endorsed: work.list.endorsements.length,
    participants,
    fixedByName: work.list.fixedByName,
  };
}

export function withPrioritisation(project: Project, work: Prioritisation, now: Date): Project {
  const outcome = priorityOutcomeOf(work, project.participants.length);
  const meeting = currentMeeting(project, 2);
  const meetings =
    outcome && meeting
      ? project.meetings.map((m): MeetingWithPriorities => (m === meeting ? { ...m, priorities: outcome } : m))
      : project.meetings;
  return touch({ ...project, prioritisation: work, meetings }, now);
}
