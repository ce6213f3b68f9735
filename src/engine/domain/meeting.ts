import type { StepNumber } from '../../kernel/steps';

/** One item of a meeting's agenda: done or not, and what was agreed. Texts live in the catalogs. */
export interface AgendaItem {
  /** Key into the agenda texts of the catalog, e.g. 'opening' or 'cluster'. */
  readonly key: string;
  readonly done: boolean;
  readonly outcome: string;
  readonly doneAt: string | null;
  /** Person key of who finished the item (the leader). */
  readonly doneBy: string | null;
  /** Their name then, so the outcome still says who even after they left the project. */
  readonly doneByName: string | null;
}

/** What was done in a meeting per agenda item, in words (e.g. "Cluster 1 Fietsen: problemen 1, 4"). */
export type MeetingWork = Readonly<Record<string, readonly string[]>>;

/** An item is discussed when the leader finished it or work was recorded under it (a cluster made, a vote taken). */
export const isDiscussed = (item: AgendaItem, work: MeetingWork): boolean => item.done || (work[item.key]?.length ?? 0) > 0;

/** The items nobody got to: not finished and nothing recorded under them. */
export const notDiscussed = (items: readonly AgendaItem[], work: MeetingWork): AgendaItem[] => items.filter((i) => !isDiscussed(i, work));

/** One sitting of a step's meeting; a step that is reopened after its meeting may meet again. */
export interface MeetingRound {
  readonly status: 'planned' | 'running' | 'closed';
  /** When it is (or was) planned; a meeting started without planning has its start time here. */
  readonly plannedAt: string;
  readonly items: readonly AgendaItem[];
  readonly startedAt: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly closedByName: string | null;
  /** The Teams message that shows the live agenda card, so ticks update it in place. */
  readonly cardActivityId: string | null;
  /** The work done in the meeting, recorded under its agenda items when the meeting closes. */
  readonly work?: MeetingWork;
}

/** A project-group meeting (overleg, G4): a structured agenda and a recorded outcome. One per step. */
export interface Meeting extends MeetingRound {
  readonly step: StepNumber;
  /** Closed rounds before this one (the step was reopened): their outcomes stay recorded. */
  readonly earlier?: readonly MeetingRound[];
}

/** Outcome texts are limited so a card with every item filled in stays within 40 KB. */
export const MAX_OUTCOME_CHARS = 1000;
