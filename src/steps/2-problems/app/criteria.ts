import { createHash } from 'node:crypto';
import { addCriterion, parseCriterionDefinition, removeCriterion, type CriterionError, type ProblemCriterion } from '../domain/criteria';
import { stepOf, type StepStatus } from '../../../kernel/steps';
import { changeStepWork } from './step-work';
import type { AppDeps } from '../../../kernel/deps';
import type { ProjectRequest, Refusal } from '../../../project';

export type CriterionOutcome =
  | { readonly kind: 'criterionAdded'; readonly criterion: ProblemCriterion; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'criterionRemoved'; readonly criterion: ProblemCriterion; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'criterionRefused'; readonly reason: CriterionError; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'criterionUnknown'; readonly name: string; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'criteriaFixed'; readonly status: StepStatus };

/** Criteria shape the input of step 2: they can change before and during the input, not after. */
const changeable = (status: StepStatus): boolean => status === 'notOpen' || status === 'open';

/** Short, card-safe and never reused, whatever the name is. */
const criterionId = (seed: string): string => createHash('sha256').update(seed).digest('hex').slice(0, 12);

/** The leader adds an extra typing criterion for step 2 (S2.2); the definition is checked before anything is saved. */
export function addProblemCriterion(deps: AppDeps, request: ProjectRequest, typed: string): Promise<CriterionOutcome | Refusal> {
  const id = criterionId(deps.newId());
  return changeStepWork<CriterionOutcome>(deps, request, 'leader', (project, work, _me, now) => {
    const criteria = work.criteria;
    const status = stepOf(project.steps, 2).status;
    if (!changeable(status)) return { outcome: { kind: 'criteriaFixed', status } };
    const definition = parseCriterionDefinition(typed);
    if (!definition.ok) return { outcome: { kind: 'criterionRefused', reason: definition.error, criteria } };
    const added = addCriterion(criteria, definition.value, id);
    if (!added.ok) return { outcome: { kind: 'criterionRefused', reason: added.error, criteria } };
    const criterion = added.value[added.value.length - 1] as ProblemCriterion;
    return { save: { ...work, criteria: added.value, updatedAt: now.toISOString() }, outcome: { kind: 'criterionAdded', criterion, criteria: added.value } };
  });
}

/**
 * The leader removes a criterion. This is allowed even when entries already carry a value for
 * it: the values stay on those entries (nothing a participant typed is destroyed), but forms and
 * lists show only the current criteria, and a criterion added later gets a new id, so it never
 * picks up the old values.
 */
export function removeProblemCriterion(deps: AppDeps, request: ProjectRequest, name: string): Promise<CriterionOutcome | Refusal> {
  return changeStepWork<CriterionOutcome>(deps, request, 'leader', (project, work, _me, now) => {
    const criteria = work.criteria;
    const status = stepOf(project.steps, 2).status;
    if (!changeable(status)) return { outcome: { kind: 'criteriaFixed', status } };
    const removed = removeCriterion(criteria, name);
    if (!removed) return { outcome: { kind: 'criterionUnknown', name: name.trim(), criteria } };
    return {
      save: { ...work, criteria: removed.criteria, updatedAt: now.toISOString() },
      outcome: { kind: 'criterionRemoved', criterion: removed.removed, criteria: removed.criteria },
    };
  });
}
