import type { AppDeps } from '../../../kernel/deps';
import type { Project } from '../../../project';
import { priorityClusters } from '../domain/priority-votes';
import { readStepWork } from './step-work';

/** One problem (a cluster) on the fixed priority list, as the later steps refer to it. */
export interface PriorityItem {
  /** Stable id of the cluster, e.g. "cluster-2"; later steps store this. */
  readonly id: string;
  readonly name: string;
  /** Position on the list, from 1. */
  readonly rank: number;
}

/** The fixed priority list of step 2 (S2.5) in order; empty while none is fixed. */
export async function priorityItemsOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<PriorityItem[]> {
  const { work } = await readStepWork(deps, project);
  return priorityClusters(work.prioritisation).map((cluster, index) => ({ id: cluster.id, name: cluster.name, rank: index + 1 }));
}
