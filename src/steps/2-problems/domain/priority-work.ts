import { cleanEnteredText } from '../../../kernel/text';
/**
 * The work of the step 2 prioritisation meeting (S2.4): clusters of problems that are the same
 * thing, which cluster causes which, and DOEI notes per cluster. Problems are stored by id; the
 * numbers people type are the problems' own numbers, which never change.
 */
import { fail, ok, type Result } from '../../../kernel/result';
import type { EndorsementList, VotingRound } from './priority-votes';

/** Data, Onderzoek, Ervaringen, Inzichten: what the group knows about one cluster. */
export interface Doei {
  readonly data: string;
  readonly onderzoek: string;
  readonly ervaringen: string;
  readonly inzichten: string;
}
export const DOEI_FIELDS = ['data', 'onderzoek', 'ervaringen', 'inzichten'] as const;
export const MAX_DOEI_CHARS = 1000;
export const MAX_CLUSTER_NAME = 80;

export interface Cluster {
  readonly id: string;
  /** Order of creation, from 1: what people type to refer to it. */
  readonly number: number;
  readonly name: string;
  readonly problemIds: readonly string[];
  readonly doei: Doei | null;
}

/** Cluster `cause` leads to cluster `effect`. */
export interface CauseLink {
  readonly cause: string;
  readonly effect: string;
}

export interface Prioritisation {
  readonly clusters: readonly Cluster[];
  readonly causes: readonly CauseLink[];
  readonly round: VotingRound | null;
  readonly list: EndorsementList | null;
}

export type PriorityRefusalCode =
  | 'notInMeeting' | 'badClusterSyntax' | 'badName' | 'noNumbers' | 'unknownProblem' | 'alreadyClustered'
  | 'unknownCluster' | 'badCauseSyntax' | 'selfCause' | 'duplicateCause' | 'doeiTooLong'
  | 'roundOpen' | 'noRound' | 'roundClosed' | 'badAllowance' | 'allowanceUsed' | 'noList' | 'duplicateInList'
  | 'alreadyEndorsed' | 'nothingToVoteOn' | 'unknownCandidate' | 'noVoteToWithdraw' | 'problemInCluster' | 'noVotes';

/** Why nothing changed; `detail` names what was wrong (numbers, a name) for the message. */
export interface PriorityRefusal {
  readonly code: PriorityRefusalCode;
  readonly detail?: string;
}
export type PriorityResult<T = Prioritisation> = Result<T, PriorityRefusal>;

export const refuse = (code: PriorityRefusalCode, detail?: string): PriorityResult<never> =>
  fail(detail === undefined ? { code } : { code, detail });

export const emptyPrioritisation = (): Prioritisation => ({ clusters: [], causes: [], round: null, list: null });

/** What the meeting needs of a problem: its id and the number everyone knows it by. */
export interface ProblemRef {
  readonly id: string;
  readonly number: number;
  readonly description: string;
}

/** Problems that are in no cluster, by number: each can be voted on and put on the list by itself. */
export function unclustered<P extends ProblemRef>(work: Prioritisation, problems: readonly P[]): P[] {
  const clustered = new Set(work.clusters.flatMap((c) => c.problemIds));
  return problems.filter((p) => !clustered.has(p.id)).sort((a, b) => a.number - b.number);
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A cluster by its number ("2") or its name, ignoring case. */
export function findCluster(work: Prioritisation, typed: string): Cluster | undefined {
  const text = typed.trim().replace(/^#/, '');
  if (/^\d+$/.test(text)) return work.clusters.find((c) => c.number === Number(text));
  return work.clusters.find((c) => sameName(c.name, text));
}

export function resolveCluster(work: Prioritisation, typed: string): PriorityResult<Cluster> {
  const found = findCluster(work, typed);
  return found ? ok(found) : refuse('unknownCluster', typed.trim());
}

/** `Fietsen: 1, 4, 7` → the name and the typed list numbers. */
export function parseClusterSpec(spec: string): PriorityResult<{ name: string; numbers: number[] }> {
  const colon = spec.lastIndexOf(':');
  if (colon < 0) return refuse('badClusterSyntax');
  const name = spec.slice(0, colon).trim();
  const parts = spec.slice(colon + 1).split(/[\s,;]+/).filter(Boolean);
  if (name === '' || name.length > MAX_CLUSTER_NAME || /^\d+$/.test(name)) return refuse('badName');
  if (parts.length === 0) return refuse('noNumbers');
  const wrong = parts.filter((p) => !/^\d+$/.test(p));
  if (wrong.length > 0) return refuse('unknownProblem', wrong.join(', '));
  return ok({ name, numbers: [...new Set(parts.map(Number))] });
}

/**
 * Puts problems (by their numbers) in the named cluster, creating it when new. A problem belongs
 * to one cluster only: one already in another cluster is refused rather than silently moved.
 * Not while a voting round is open: its ballot would change under the voters.
 */
export function clusterProblems(
  work: Prioritisation, name: string, numbers: readonly number[], problems: readonly ProblemRef[],
): PriorityResult<{ work: Prioritisation; cluster: Cluster; added: number }> {
  if (work.round?.status === 'open') return refuse('roundOpen');
  const byNumber = new Map(problems.map((p) => [p.number, p.id]));
  const missing = numbers.filter((n) => !byNumber.has(n));
  if (missing.length > 0) return refuse('unknownProblem', missing.join(', '));
  const existing = work.clusters.find((c) => sameName(c.name, name));
  const ids = numbers.map((n) => byNumber.get(n) ?? '');
  for (const [index, id] of ids.entries()) {
    const owner = work.clusters.find((c) => c.problemIds.includes(id));
    if (owner && owner.id !== existing?.id) return refuse('alreadyClustered', `${numbers[index]} → ${owner.name}`);
  }
  const number = Math.max(0, ...work.clusters.map((c) => c.number)) + 1;
  const base: Cluster = existing ?? { id: `cluster-${number}`, number, name: name.trim(), problemIds: [], doei: null };
  const fresh = ids.filter((id) => !base.problemIds.includes(id));
  const cluster: Cluster = { ...base, problemIds: [...base.problemIds, ...fresh] };
  const clusters = existing ? work.clusters.map((c) => (c.id === cluster.id ? cluster : c)) : [...work.clusters, cluster];
  return ok({ work: { ...work, clusters }, cluster, added: fresh.length });
}

/** `A -> B`, `A → B` or `A leidt tot B`. */
export function parseCauseSpec(spec: string): PriorityResult<{ cause: string; effect: string }> {
  const parts = spec.split(/\s*(?:->|→|=>|\bleidt tot\b|\bleads to\b)\s*/i);
  const [cause, effect] = parts;
  if (parts.length !== 2 || !cause?.trim() || !effect?.trim()) return refuse('badCauseSyntax');
  return ok({ cause: cause.trim(), effect: effect.trim() });
}

export function addCause(work: Prioritisation, causeTyped: string, effectTyped: string): PriorityResult<{ work: Prioritisation; cause: Cluster; effect: Cluster }> {
  const cause = resolveCluster(work, causeTyped);
  if (!cause.ok) return cause;
  const effect = resolveCluster(work, effectTyped);
  if (!effect.ok) return effect;
  if (cause.value.id === effect.value.id) return refuse('selfCause', cause.value.name);
  if (work.causes.some((l) => l.cause === cause.value.id && l.effect === effect.value.id)) return refuse('duplicateCause');
  const causes = [...work.causes, { cause: cause.value.id, effect: effect.value.id }];
  return ok({ work: { ...work, causes }, cause: cause.value, effect: effect.value });
}

/** Line breaks stay; other control characters would only break the card's JSON. */
export function recordDoei(work: Prioritisation, clusterId: string, input: Partial<Record<keyof Doei, string>>): PriorityResult<{ work: Prioritisation; cluster: Cluster }> {
  const found = work.clusters.find((c) => c.id === clusterId);
  if (!found) return refuse('unknownCluster', clusterId);
  const doei: Doei = { data: cleanEnteredText(input.data), onderzoek: cleanEnteredText(input.onderzoek), ervaringen: cleanEnteredText(input.ervaringen), inzichten: cleanEnteredText(input.inzichten) };
  if (DOEI_FIELDS.some((f) => doei[f].length > MAX_DOEI_CHARS)) return refuse('doeiTooLong', String(MAX_DOEI_CHARS));
  const cluster: Cluster = { ...found, doei };
  return ok({ work: { ...work, clusters: work.clusters.map((c) => (c.id === clusterId ? cluster : c)) }, cluster });
}
