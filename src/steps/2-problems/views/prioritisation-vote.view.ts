import type { ProblemCatalog } from '../i18n/catalog';
import { priorityClusters, tallyOf } from '../domain/priority-votes';
import type { Prioritisation } from '../domain/priority-work';
import type { Project } from '../../../project';

export const VOTE_ROUND_CARD = 'vote-round';
export const PRIORITY_LIST_CARD = 'priority-list';

export interface VoteRoundView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly progress: string;
  readonly closedLine: string;
  readonly isOpen: boolean;
  readonly rows: readonly { readonly clusterId: string; readonly heading: string; readonly tally: string }[];
  readonly buttonLabel: string;
}

/** One card for everyone: the tallies per cluster and how many have voted; buttons while open. */
export function toVoteRoundView(t: ProblemCatalog, project: Project, work: Prioritisation): VoteRoundView {
  const p = t.prioritisation;
  const { tallies, voters } = tallyOf(work);
  const isOpen = work.round?.status === 'open';
  return {
    projectId: project.id,
    title: p.voteTitle,
    intro: p.voteIntro(work.round?.allowance ?? 0),
    progress: p.voteProgress(voters, project.participants.length),
    closedLine: isOpen ? '' : p.voteClosedLine,
    isOpen,
    rows: tallies.map(({ cluster, votes }) => ({ clusterId: cluster.id, heading: `${cluster.number}. ${cluster.name}`, tally: p.tally(votes) })),
    buttonLabel: p.voteButton,
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
    items: priorityClusters(work).map((cluster, index) => ({ text: p.listItem(index + 1, cluster.name) })),
    endorsed: p.endorsed(endorsements.length, project.participants.length),
    notYet: missing.length === 0 ? p.allEndorsed : p.notYet(missing.join(', ')),
    buttonLabel: p.endorseButton,
  };
}
