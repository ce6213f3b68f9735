import { CONSEQUENCES, LIKELIHOODS, PRIORITIES, type Consequences, type Likelihood, type Priority, type Problem } from './problem';

/**
 * The full typed list of step 2 (S2.3), the input of the prioritisation meeting.
 * Order rule: priority (hoog, midden, laag), then likelihood (hoog, midden, laag), then
 * consequences (beide, personen, objecten), then organisation (alphabetically), then entry time.
 */
const rank = <T extends string>(order: readonly T[]) => (value: T): number => order.indexOf(value);
const priorityRank = rank(PRIORITIES);
const likelihoodRank = rank(LIKELIHOODS);
const consequencesRank = rank<Consequences>(['beide', 'personen', 'objecten']);

export function compareProblems(a: Problem, b: Problem): number {
  return (
    priorityRank(a.priority) - priorityRank(b.priority) ||
    likelihoodRank(a.likelihood) - likelihoodRank(b.likelihood) ||
    consequencesRank(a.consequences) - consequencesRank(b.consequences) ||
    (a.organisation ?? '').localeCompare(b.organisation ?? '', 'nl') ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export interface ProblemOverview {
  readonly ordered: readonly Problem[];
  readonly byLikelihood: Readonly<Record<Likelihood, number>>;
  readonly byConsequences: Readonly<Record<Consequences, number>>;
  readonly byPriority: Readonly<Record<Priority, number>>;
  /** Risk overview: matrix[likelihood][priority] = number of problems. */
  readonly matrix: Readonly<Record<Likelihood, Readonly<Record<Priority, number>>>>;
  readonly organisations: number;
}

const zeros = <T extends string>(keys: readonly T[]): Record<T, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

export function overviewOf(problems: readonly Problem[]): ProblemOverview {
  const byLikelihood = zeros(LIKELIHOODS);
  const byConsequences = zeros(CONSEQUENCES);
  const byPriority = zeros(PRIORITIES);
  const matrix = { hoog: zeros(PRIORITIES), midden: zeros(PRIORITIES), laag: zeros(PRIORITIES) };
  const organisations = new Set<string>();
  for (const p of problems) {
    byLikelihood[p.likelihood] += 1;
    byConsequences[p.consequences] += 1;
    byPriority[p.priority] += 1;
    matrix[p.likelihood][p.priority] += 1;
    organisations.add(p.organisation ?? '');
  }
  return { ordered: [...problems].sort(compareProblems), byLikelihood, byConsequences, byPriority, matrix, organisations: organisations.size };
}
