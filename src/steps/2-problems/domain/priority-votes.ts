/**
 * Voting over clusters and the priority list (S2.4 "prioriteren", S2.5): each participant spreads
 * a number of votes over the clusters; the leader then fixes the ordered list, which every
 * participant can endorse.
 */
import { ok } from '../../../kernel/result';
import { refuse, resolveCluster, type Cluster, type Prioritisation, type PriorityResult } from './priority-work';

export const DEFAULT_VOTES = 3;
export const MAX_VOTES = 10;

export interface Vote {
  readonly voter: string;
  readonly voterName: string;
  readonly clusterId: string;
  readonly at: string;
}

export interface VotingRound {
  readonly status: 'open' | 'closed';
  /** Votes per participant. */
  readonly allowance: number;
  readonly votes: readonly Vote[];
  readonly openedAt: string;
  readonly closedAt: string | null;
  /** The message showing the live voting card, so every vote updates it in place. */
  readonly cardActivityId: string | null;
}

export interface Endorsement {
  readonly key: string;
  readonly name: string;
  readonly at: string;
}

/** The fixed priority list: clusters in order, and who endorsed it. */
export interface EndorsementList {
  readonly clusterIds: readonly string[];
  readonly fixedAt: string;
  readonly fixedByName: string;
  readonly endorsements: readonly Endorsement[];
  readonly cardActivityId: string | null;
}

export interface Voter {
  readonly key: string;
  readonly name: string;
}

/** `stemronde [n]`: a new round (a closed one is replaced); typed text so "drie" can be refused. */
export function openRound(work: Prioritisation, typedVotes: string, now: Date): PriorityResult {
  if (work.clusters.length === 0) return refuse('noClusters');
  if (work.round?.status === 'open') return refuse('roundOpen');
  const typed = typedVotes.trim();
  const allowance = typed === '' ? DEFAULT_VOTES : /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  if (!Number.isInteger(allowance) || allowance < 1 || allowance > MAX_VOTES) return refuse('badAllowance', String(MAX_VOTES));
  const round: VotingRound = { status: 'open', allowance, votes: [], openedAt: now.toISOString(), closedAt: null, cardActivityId: null };
  return ok({ ...work, round });
}

export function closeRound(work: Prioritisation, now: Date): PriorityResult {
  if (!work.round) return refuse('noRound');
  if (work.round.status === 'closed') return refuse('roundClosed');
  return ok({ ...work, round: { ...work.round, status: 'closed', closedAt: now.toISOString() } });
}

export const votesOf = (round: VotingRound, voter: string): number => round.votes.filter((v) => v.voter === voter).length;

/** One "+1": refused beyond the allowance, on an unknown cluster, or once the round is closed. */
export function castVote(work: Prioritisation, voter: Voter, clusterId: string, now: Date): PriorityResult {
  const round = work.round;
  if (!round) return refuse('noRound');
  if (round.status === 'closed') return refuse('roundClosed');
  if (!work.clusters.some((c) => c.id === clusterId)) return refuse('unknownCluster', clusterId);
  if (votesOf(round, voter.key) >= round.allowance) return refuse('allowanceUsed', String(round.allowance));
  const vote: Vote = { voter: voter.key, voterName: voter.name, clusterId, at: now.toISOString() };
  return ok({ ...work, round: { ...round, votes: [...round.votes, vote] } });
}

export interface Tally {
  readonly cluster: Cluster;
  readonly votes: number;
}

/** Votes per cluster in creation order, and how many people voted. */
export function tallyOf(work: Prioritisation): { readonly tallies: readonly Tally[]; readonly voters: number } {
  const votes = work.round?.votes ?? [];
  return {
    tallies: work.clusters.map((cluster) => ({ cluster, votes: votes.filter((v) => v.clusterId === cluster.id).length })),
    voters: new Set(votes.map((v) => v.voter)).size,
  };
}

/**
 * `prioriteitenlijst A, B, …`: the ordered list. Not while votes are still coming in. Fixing the
 * same list again keeps its endorsements; a different list must be endorsed anew.
 */
export function fixList(work: Prioritisation, typed: readonly string[], by: Voter, now: Date): PriorityResult {
  if (work.clusters.length === 0) return refuse('noClusters');
  if (work.round?.status === 'open') return refuse('roundOpen');
  const ids: string[] = [];
  for (const ref of typed) {
    const found = resolveCluster(work, ref);
    if (!found.ok) return found;
    if (ids.includes(found.value.id)) return refuse('duplicateInList', found.value.name);
    ids.push(found.value.id);
  }
  if (ids.length === 0) return refuse('noList');
  const previous = work.list;
  const same = previous !== null && previous.clusterIds.join('|') === ids.join('|');
  const list: EndorsementList = {
    clusterIds: ids,
    fixedAt: now.toISOString(),
    fixedByName: by.name,
    endorsements: same ? previous.endorsements : [],
    cardActivityId: previous?.cardActivityId ?? null,
  };
  return ok({ ...work, list });
}

export function endorse(work: Prioritisation, who: Voter, now: Date): PriorityResult {
  if (!work.list) return refuse('noList');
  if (work.list.endorsements.some((e) => e.key === who.key)) return refuse('alreadyEndorsed');
  return ok({ ...work, list: { ...work.list, endorsements: [...work.list.endorsements, { key: who.key, name: who.name, at: now.toISOString() }] } });
}

/** The fixed list as clusters in order: what step 3 asks measures for. */
export function priorityClusters(work: Prioritisation): Cluster[] {
  return (work.list?.clusterIds ?? []).flatMap((id) => work.clusters.filter((c) => c.id === id));
}

/** `A, B; C` → the typed references. */
export const splitList = (typed: string): string[] => typed.split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean);
