import type { ProblemCatalog } from '../i18n/catalog';
import { itemOf, priorityItems, tallyOf, votesOf, type PriorityItem } from '../domain/priority-votes';
import type { Prioritisation, ProblemRef } from '../domain/priority-work';
import type { Project } from '../../../project';

export const VOTE_ROUND_CARD = 'vote-round';
export const PRIORITY_LIST_CARD = 'priority-list';

/** Descriptions are shortened on the voting card so a long ballot still fits one card. */
const SHORT = 90;
const short = (text: string): string => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/** A cluster with its problem count, or a single problem with its number. */
export const ballotLabel = (t: ProblemCatalog, item: PriorityItem): string =>
  item.kind === 'cluster' ? t.prioritisation.clusterLabel(item.number, item.name, item.problemIds.length) : t.prioritisation.problemLabel(item.number, short(item.name));

/** How an item stands on the priority list: a cluster by its name, a problem with its number. */
export const listLabel = (t: ProblemCatalog, item: PriorityItem): string =>
  item.kind === 'cluster' ? item.name : t.prioritisation.problemOnList(item.number, item.name);

export interface VoteRoundView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly progress: string;
  readonly closedLine: string;
  /** For the one who voted (their own Action.Execute answer): how many votes they have left. */
  readonly personalLine: string;
  readonly isOpen: boolean;
  readonly rows: readonly { readonly id: string; readonly heading: string; readonly tally: string; readonly mine: string; readonly canWithdraw: boolean }[];
  readonly buttonLabel: string;
  readonly withdrawLabel: string;
  readonly mineLabel: string;
  /** The card everyone sees offers "Mijn stemmen"; the voter's own card shows them already. */
  readonly showMine: boolean;
  readonly fromVotesLabel: string;
  readonly canFixFromVotes: boolean;
}

/**
 * The voting card: tallies per cluster and per problem in no cluster, and how many have voted.
 * Without a voter it is the card everyone sees (updated in place); with one it is that voter's
 * own answer, with the votes they have left and "−1" where they can take one back.
 */
export function toVoteRoundView(t: ProblemCatalog, project: Project, work: Prioritisation, problems: readonly ProblemRef[], voter?: string): VoteRoundView {
  const p = t.prioritisation;
  const round = work.round;
  const { tallies, voters } = tallyOf(work);
  const isOpen = round?.status === 'open';
  const allowance = round?.allowance ?? 0;
  const personal = voter !== undefined && round !== null && isOpen;
  return {
    projectId: project.id,
    title: p.voteTitle,
    intro: p.voteIntro(allowance),
    progress: p.voteProgress(voters, project.participants.length),
    closedLine: isOpen ? '' : p.voteClosedLine,
    personalLine: personal ? p.votesLeft(allowance - votesOf(round, voter), allowance) : isOpen ? p.voteHint : '',
    isOpen,
    rows: tallies.map(({ id, votes }) => {
      const item = itemOf(work, problems, id);
      const mine = personal ? votesOf(round, voter, id) : 0;
      return { id, heading: item ? ballotLabel(t, item) : id, tally: p.tally(votes), mine: mine > 0 ? p.yourVotes(mine) : '', canWithdraw: mine > 0 };
    }),
    buttonLabel: p.voteButton,
    withdrawLabel: p.withdrawButton,
    mineLabel: p.mineButton,
    showMine: isOpen && !personal,
    fromVotesLabel: p.fromVotesButton,
    canFixFromVotes: round?.status === 'closed' && (round.votes.length ?? 0) > 0,
  };
}

export interface PriorityListView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly items: readonly { readonly text: string }[];
  readonly endorsed: string;
  readonly notYet: string;
  readonly buttonLabel: string;
}

/** The fixed list in order, endorsements n of N and who has not endorsed yet. */
export function toPriorityListView(t: ProblemCatalog, project: Project, work: Prioritisation): PriorityListView {
  const p = t.prioritisation;
  const endorsements = work.list?.endorsements ?? [];
  const missing = project.participants.filter((person) => !endorsements.some((e) => e.key === person.key)).map((person) => person.name);
  return {
    projectId: project.id,
    title: p.listTitle,
    intro: p.listIntro(work.list?.fixedByName ?? ''),
    items: priorityItems(work).map((item, index) => ({ text: p.listItem(index + 1, listLabel(t, item)) })),
    endorsed: p.endorsed(endorsements.length, project.participants.length),
    notYet: missing.length === 0 ? p.allEndorsed : p.notYet(missing.join(', ')),
    buttonLabel: p.endorseButton,
  };
}
