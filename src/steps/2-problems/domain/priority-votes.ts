/**
 * Voting and the priority list (S2.4 "prioriteren", S2.5): each participant spreads a number of
 * votes over the clusters and the problems that are in no cluster; the leader then fixes the
 * ordered list, which every participant can endorse.
 */
import { ok } from '../../../kernel/result';
import {
  findCluster, refuse, unclustered, type Cluster, type Prioritisation, type PriorityResult, type ProblemRef,
} from './priority-work';

export const DEFAULT_VOTES = 3;
export const MAX_VOTES = 10;

export interface Vote {
  readonly voter: string;
  readonly voterName: string;
  /** A cluster's id or, for a problem in no cluster, the problem's id. */
  readonly target: string;
  readonly at: string;
}

export interface VotingRound {
  readonly status: 'open' | 'closed';
  /** Votes per participant. */
  readonly allowance: number;
  /** What can be voted on, fixed when the round opens: the clusters, then the problems in none. */
  readonly candidates: readonly string[];
  readonly votes: readonly Vote[];
  readonly openedAt: string;
  readonly closedAt: string | null;
  /** The message showing the live voting card, so every vote updates it in place. */
  readonly cardActivityId: string | null;
}

/** One line of the priority list, as it was when fixed: a cluster, or a problem in no cluster. */
export interface PriorityItem {
  readonly id: string;
  readonly kind: 'cluster' | 'problem';
  /** The cluster's or the problem's number. */
  readonly number: number;
  /** The cluster's name, or the problem's description. */
  readonly name: string;
  readonly problemIds: readonly string[];
}

export interface Endorsement {
  readonly key: string;
  readonly name: string;
  readonly at: string;
}

/** The fixed priority list: its items in order, and who endorsed it. */
export interface EndorsementList {
  readonly items: readonly PriorityItem[];
  readonly fixedAt: string;
  readonly fixedByName: string;
  readonly endorsements: readonly Endorsement[];
  readonly cardActivityId: string | null;
}

export interface Voter {
  readonly key: string;
  readonly name: string;
}

const clusterItem = (c: Cluster): PriorityItem => ({ id: c.id, kind: 'cluster', number: c.number, name: c.name, problemIds: c.problemIds });
const problemItem = (p: ProblemRef): PriorityItem => ({ id: p.id, kind: 'problem', number: p.number, name: p.description, problemIds: [p.id] });

/** What one candidate id stands for now; undefined for an id that is neither. */
export function itemOf(work: Prioritisation, problems: readonly ProblemRef[], id: string): PriorityItem | undefined {
  const cluster = work.clusters.find((c) => c.id === id);
  if (cluster) return clusterItem(cluster);
  const problem = problems.find((p) => p.id === id);
  return problem ? problemItem(problem) : undefined;
}

/** `stemronde [n]`: a new round (a closed one is replaced); typed text so "drie" can be refused. */
export function openRound(work: Prioritisation, typedVotes: string, problems: readonly ProblemRef[], now: Date): PriorityResult {
  if (work.round?.status === 'open') return refuse('roundOpen');
  const candidates = [...work.clusters.map((c) => c.id), ...unclustered(work, problems).map((p) => p.id)];
  if (candidates.length === 0) return refuse('nothingToVoteOn');
  const typed = typedVotes.trim();
  const allowance = typed === '' ? DEFAULT_VOTES : /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  if (!Number.isInteger(allowance) || allowance < 1 || allowance > MAX_VOTES) return refuse('badAllowance', String(MAX_VOTES));
  const round: VotingRound = { status: 'open', allowance, candidates, votes: [], openedAt: now.toISOString(), closedAt: null, cardActivityId: null };
  return ok({ ...work, round });
}

export function closeRound(work: Prioritisation, now: Date): PriorityResult {
  if (!work.round) return refuse('noRound');
  if (work.round.status === 'closed') return refuse('roundClosed');
  return ok({ ...work, round: { ...work.round, status: 'closed', closedAt: now.toISOString() } });
}

export const votesOf = (round: VotingRound, voter: string, target?: string): number =>
  round.votes.filter((v) => v.voter === voter && (target === undefined || v.target === target)).length;

/** One "+1": refused beyond the allowance, on something not on the ballot, or once the round is closed. */
export function castVote(work: Prioritisation, voter: Voter, target: string, now: Date): PriorityResult {
  const round = work.round;
  if (!round) return refuse('noRound');
  if (round.status === 'closed') return refuse('roundClosed');
  if (!round.candidates.includes(target)) return refuse('unknownCandidate', target);
  if (votesOf(round, voter.key) >= round.allowance) return refuse('allowanceUsed', String(round.allowance));
  const vote: Vote = { voter: voter.key, voterName: voter.name, target, at: now.toISOString() };
  return ok({ ...work, round: { ...round, votes: [...round.votes, vote] } });
}

/** One "−1" while the round is open: the voter's latest vote on that target comes back to them. */
export function withdrawVote(work: Prioritisation, voter: Voter, target: string): PriorityResult {
  const round = work.round;
  if (!round) return refuse('noRound');
  if (round.status === 'closed') return refuse('roundClosed');
  const index = round.votes.findLastIndex((v) => v.voter === voter.key && v.target === target);
  if (index < 0) return refuse('noVoteToWithdraw');
  return ok({ ...work, round: { ...round, votes: round.votes.filter((_, i) => i !== index) } });
}

export interface Tally {
  readonly id: string;
  readonly votes: number;
}

/** Votes per candidate in ballot order, and how many people voted. */
export function tallyOf(work: Prioritisation): { readonly tallies: readonly Tally[]; readonly voters: number } {
  const votes = work.round?.votes ?? [];
  return {
    tallies: (work.round?.candidates ?? []).map((id) => ({ id, votes: votes.filter((v) => v.target === id).length })),
    voters: new Set(votes.map((v) => v.voter)).size,
  };
}

/** `p7`, `probleem 7` or `problem 7`: a problem by its number. */
const PROBLEM_REF = /^(?:p|probleem|problem)\s*#?\s*(\d+)$/i;

/** A typed reference on the list: a cluster by number or name, or a problem in no cluster as `p7`. */
function resolveItem(work: Prioritisation, problems: readonly ProblemRef[], typed: string): PriorityResult<PriorityItem> {
  const problemNumber = PROBLEM_REF.exec(typed.trim())?.[1];
  if (problemNumber !== undefined) {
    const problem = problems.find((p) => p.number === Number(problemNumber));
    if (!problem) return refuse('unknownProblem', problemNumber);
    const owner = work.clusters.find((c) => c.problemIds.includes(problem.id));
    return owner ? refuse('problemInCluster', `${problemNumber} → ${owner.name}`) : ok(problemItem(problem));
  }
  const cluster = findCluster(work, typed);
  return cluster ? ok(clusterItem(cluster)) : refuse('unknownCluster', typed.trim());
}

function withList(work: Prioritisation, items: readonly PriorityItem[], by: Voter, now: Date): Prioritisation {
  const previous = work.list;
  // Fixing the same list again keeps its endorsements; a different list must be endorsed anew.
  const same = previous !== null && previous.items.map((i) => i.id).join('|') === items.map((i) => i.id).join('|');
  const list: EndorsementList = {
    items,
    fixedAt: now.toISOString(),
    fixedByName: by.name,
    endorsements: same ? previous.endorsements : [],
    cardActivityId: previous?.cardActivityId ?? null,
  };
  return { ...work, list };
}

/** `prioriteitenlijst A, p7, …`: the ordered list. Not while votes are still coming in. */
export function fixList(work: Prioritisation, typed: readonly string[], problems: readonly ProblemRef[], by: Voter, now: Date): PriorityResult {
  if (work.round?.status === 'open') return refuse('roundOpen');
  const items: PriorityItem[] = [];
  for (const ref of typed) {
    const found = resolveItem(work, problems, ref);
    if (!found.ok) return found;
    if (items.some((i) => i.id === found.value.id)) return refuse('duplicateInList', found.value.name);
    items.push(found.value);
  }
  if (items.length === 0) return refuse('noList');
  return ok(withList(work, items, by, now));
}

/** The list in the order of the closed round's votes: everything that got a vote, most votes first. */
export function fixListFromVotes(work: Prioritisation, problems: readonly ProblemRef[], by: Voter, now: Date): PriorityResult {
  if (!work.round) return refuse('noRound');
  if (work.round.status === 'open') return refuse('roundOpen');
  const ranked = [...tallyOf(work).tallies].filter((t) => t.votes > 0).sort((a, b) => b.votes - a.votes);
  const items = ranked.flatMap((t) => itemOf(work, problems, t.id) ?? []);
  if (items.length === 0) return refuse('noVotes');
  return ok(withList(work, items, by, now));
}

export function endorse(work: Prioritisation, who: Voter, now: Date): PriorityResult {
  if (!work.list) return refuse('noList');
  if (work.list.endorsements.some((e) => e.key === who.key)) return refuse('alreadyEndorsed');
  return ok({ ...work, list: { ...work.list, endorsements: [...work.list.endorsements, { key: who.key, name: who.name, at: now.toISOString() }] } });
}

/** The fixed list in order: what steps 3 to 6 work on. */
export function priorityItems(work: Prioritisation): readonly PriorityItem[] {
  return work.list?.items ?? [];
}

/** `A, B; C` → the typed references. */
export const splitList = (typed: string): string[] => typed.split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean);
