import { createHash } from 'node:crypto';
import { addCriterion, parseCriterionDefinition, removeCriterion, type CriterionError } from '../../2-problems';
import { stepOf, type StepStatus } from '../../../kernel/steps';
import type { AppDeps } from '../../../kernel/deps';
import type { ProjectRequest, Refusal } from '../../../project';
import type { MeasureCriterion } from '../domain/measure';
import { changeMeasureWork } from './step-work';

export type MeasureCriterionOutcome =
  | { readonly kind: 'criterionAdded'; readonly criterion: MeasureCriterion }
  | { readonly kind: 'criterionRemoved'; readonly criterion: MeasureCriterion }
  | { readonly kind: 'criterionRefused'; readonly reason: CriterionError }
  | { readonly kind: 'criterionUnknown'; readonly name: string; readonly criteria: readonly MeasureCriterion[] }
  | { readonly kind: 'criteriaFixed'; readonly status: StepStatus };

/** Criteria shape the input of step 3: they can change before and during the input, not after. */
const changeable = (status: StepStatus): boolean => status === 'notOpen' || status === 'open';

/** Short, card-safe and never reused, whatever the name is. */
const criterionId = (seed: string): string => createHash('sha256').update(seed).digest('hex').slice(0, 12);

/** The leader adds an extra typing criterion for measures (S3.3): at most two, by the same rules as step 2's. */
export function addMeasureCriterion(deps: AppDeps, request: ProjectRequest, typed: string): Promise<MeasureCriterionOutcome | Refusal> {
  const id = criterionId(deps.newId());
  return changeMeasureWork<MeasureCriterionOutcome>(deps, request, 'leader', (project, work, _me, now) => {
    const status = stepOf(project.steps, 3).status;
    if (!changeable(status)) return { outcome: { kind: 'criteriaFixed', status } };
    const definition = parseCriterionDefinition(typed);
    if (!definition.ok) return { outcome: { kind: 'criterionRefused', reason: definition.error } };
    const added = addCriterion(work.criteria, definition.value, id);
    if (!added.ok) return { outcome: { kind: 'criterionRefused', reason: added.error } };
    const criterion = added.value[added.value.length - 1] as MeasureCriterion;
    return { save: { ...work, criteria: added.value, updatedAt: now.toISOString() }, outcome: { kind: 'criterionAdded', criterion } };
  });
}

/** The leader removes a criterion; values already entered stay on the measures but are no longer shown. */
export function removeMeasureCriterion(deps: AppDeps, request: ProjectRequest, name: string): Promise<MeasureCriterionOutcome | Refusal> {
  return changeMeasureWork<MeasureCriterionOutcome>(deps, request, 'leader', (project, work, _me, now) => {
    const status = stepOf(project.steps, 3).status;
    if (!changeable(status)) return { outcome: { kind: 'criteriaFixed', status } };
    const removed = removeCriterion(work.criteria, name);
    if (!removed) return { outcome: { kind: 'criterionUnknown', name: name.trim(), criteria: work.criteria } };
    return { save: { ...work, criteria: removed.criteria, updatedAt: now.toISOString() }, outcome: { kind: 'criterionRemoved', criterion: removed.removed } };
  });
}
