import { createHash } from 'node:crypto';
import type { AppDeps } from '../../../kernel/deps';
import { DocumentExistsError } from '../../../platform/store/port';
import { leaderOf, type Project } from '../../../project';
import { carriedProblem } from '../domain/carry-over';
import type { Problem } from '../domain/problem';
import { priorityItems } from '../domain/priority-votes';
import { nextProblemNumber } from './problem-numbers';
import { readStepWork } from './step-work';

const carriedId = (previousId: string, itemId: string): string =>
  `problem-${createHash('sha256').update(`carried\n${previousId}\n${itemId}`).digest('hex').slice(0, 32)}`;

/**
 * A new cycle starts step 2 with the previous cycle's priority list (S6.2): each item becomes a
 * problem of the leader's, which they may change or delete like their own. The ids come from
 * the previous project and the item, so a start that is resumed after a failure adds none twice.
 * Returns how many problems the new cycle has from the list.
 */
export async function carryPriorityProblems(deps: Pick<AppDeps, 'store' | 'clock'>, previous: Project, next: Project): Promise<number> {
  const { work } = await readStepWork(deps, previous);
  const items = priorityItems(work.prioritisation);
  if (items.length === 0) return 0;
  const problems = (await deps.store.listEntries<Problem>(previous.id, { kind: 'problem' })).map((p) => p.doc);
  const leader = leaderOf(next);
  const now = deps.clock().toISOString();
  for (const [index, item] of items.entries()) {
    const id = carriedId(previous.id, item.id);
    if (await deps.store.read(next.id, id)) continue;
    const problem: Problem = {
      type: 'entry', kind: 'problem', id, projectId: next.id, step: 2,
      author: leader.key, organisation: leader.organisation,
      number: (await nextProblemNumber(deps, next)).number,
      ...carriedProblem(item, problems),
      carriedFrom: { projectId: previous.id, rank: index + 1 },
      createdAt: now, updatedAt: now,
    };
    try {
      await deps.store.create(problem);
    } catch (error) {
      if (!(error instanceof DocumentExistsError)) throw error;
    }
  }
  return items.length;
}
