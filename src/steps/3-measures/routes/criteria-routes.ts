import { text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText, type Refusal } from '../../../project';
import { addMeasureCriterion, removeMeasureCriterion, type MeasureCriterionOutcome } from '../app/criteria';
import { measureCatalog, type MeasureCatalog } from '../i18n/catalog';

function criterionText(t: MeasureCatalog, outcome: MeasureCriterionOutcome | Refusal): string {
  if (isRefusal(outcome)) return refusalText(t, outcome);
  const c = t.measures.criteria;
  switch (outcome.kind) {
    case 'criterionAdded':
      return c.added(outcome.criterion.name, outcome.criterion.values.join(', '));
    case 'criterionRemoved':
      return c.removed(outcome.criterion.name);
    case 'criterionRefused':
      return `${c.refused[outcome.reason]} ${c.example}`;
    case 'criterionUnknown':
      return c.unknown(outcome.name, outcome.criteria.map((x) => x.name).join(', ') || c.none);
    case 'criteriaFixed':
      return c.fixed(t.steps.statuses[outcome.status]);
  }
}

/** `maatregelcriterium toevoegen <naam>: <waarde>, <waarde>` (leader, step 3, at most two; S3.3). */
export async function addMeasureCriterionCommand(turn: Turn, definition: string): Promise<Reply[]> {
  return [text(criterionText(measureCatalog(turn.t), await addMeasureCriterion(turn.env.deps, turn.request(), definition)))];
}

/** `maatregelcriterium verwijderen <naam>` (leader). */
export async function removeMeasureCriterionCommand(turn: Turn, name: string): Promise<Reply[]> {
  return [text(criterionText(measureCatalog(turn.t), await removeMeasureCriterion(turn.env.deps, turn.request(), name)))];
}
