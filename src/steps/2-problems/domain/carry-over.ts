import { MAX_PROBLEM_DESCRIPTION, type Consequences, type Likelihood, type Priority, type Problem } from './problem';
import type { PriorityItem } from './priority-votes';

export type CarriedTyping = Pick<Problem, 'description' | 'likelihood' | 'consequences' | 'priority'>;

const RANK = { hoog: 0, midden: 1, laag: 2 } as const;
const highest = <T extends Likelihood | Priority>(values: readonly T[], fallback: T): T =>
  values.reduce((best, v) => (RANK[v] < RANK[best] ? v : best), values[0] ?? fallback);

const cut = (text: string): string => (text.length <= MAX_PROBLEM_DESCRIPTION ? text : `${text.slice(0, MAX_PROBLEM_DESCRIPTION - 1)}…`);

/**
 * One item of the fixed priority list as a problem of the next cycle: a problem keeps its text and
 * typing; a cluster becomes one problem named after it, listing its problems, with the highest
 * likelihood and priority among them and "beide" when their consequences differ.
 */
export function carriedProblem(item: PriorityItem, problems: readonly Problem[]): CarriedTyping {
  const members = problems.filter((p) => item.problemIds.includes(p.id));
  const consequences: Consequences[] = [...new Set(members.map((p) => p.consequences))];
  return {
    description: cut(item.kind === 'cluster' ? `${item.name}: ${members.map((p) => p.description).join('; ')}` : item.name),
    likelihood: highest(members.map((p) => p.likelihood), 'midden'),
    consequences: consequences.length === 1 && consequences[0] ? consequences[0] : 'beide',
    priority: highest(members.map((p) => p.priority), 'midden'),
  };
}
