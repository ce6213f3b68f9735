import type { AppDeps } from '../../../kernel/deps';
import type { Project } from '../../../project';
import { priorityItems } from '../domain/priority-votes';
import { readStepWork } from './step-work';

/** One item on the fixed priority list (a cluster, or a problem in no cluster), as the later steps refer to it. */
export interface PriorityItem {
  /** Stable id of the cluster ("cluster-2") or of the problem; later steps store this. */
  readonly id: string;
  /** The cluster's name, or the problem's description. */
  readonly name: string;
  /** Position on the list, from 1. */
  readonly rank: number;
}

/** The fixed priority list of step 2 (S2.5) in order; empty while none is fixed. */
export async function priorityItemsOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<PriorityItem[]> {
  const { work } = await readStepWork(deps, project);
  return priorityItems(work.prioritisation).map((item, index) => ({ id: item.id, name: item.name, rank: index + 1 }));
}
