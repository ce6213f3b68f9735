import { priorityItemsOf } from '../../2-problems';
import type { AppDeps } from '../../../kernel/deps';
import type { PersonKey } from '../../../kernel/person';
import { acceptsInput, stepOf, type StepState } from '../../../kernel/steps';
import type { Versioned } from '../../../platform/store/port';
import { openProject, type Granted, type ProjectRequest, type Refusal } from '../../../project';
import type { Measure, MeasureCriterion, NoMeasure } from '../domain/measure';
import type { PriorityProblem } from '../domain/overview';
import { measureCriteriaFor } from './step-work';

/** What every measure use case starts from: access, the priority list, the criteria and whether step 3 takes input now. */
export interface MeasureContext {
  readonly access: Granted;
  readonly problems: readonly PriorityProblem[];
  readonly criteria: readonly MeasureCriterion[];
  readonly step: StepState;
  /** Step 3 is open and its deadline has not passed: checked here, where entries are written (S3.4). */
  readonly open: boolean;
}

export async function measureContext(deps: AppDeps, request: ProjectRequest): Promise<MeasureContext | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const step = stepOf(project.steps, 3);
  const [problems, criteria] = await Promise.all([priorityItemsOf(deps, project), measureCriteriaFor(deps, project)]);
  return { access, problems, criteria, step, open: acceptsInput(step, deps.clock()) };
}

/** One author's entries of a kind, oldest first: only their own are read. */
export async function ownEntries<T extends Measure | NoMeasure>(
  deps: Pick<AppDeps, 'store'>, projectId: string, kind: T['kind'], author: PersonKey,
): Promise<Versioned<T>[]> {
  const mine = await deps.store.listEntries<T>(projectId, { kind, author });
  return mine.sort((a, b) => a.doc.createdAt.localeCompare(b.doc.createdAt) || a.doc.id.localeCompare(b.doc.id));
}
