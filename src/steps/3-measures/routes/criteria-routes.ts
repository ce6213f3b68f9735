import { text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText, type Refusal } from '../../../project';
import { addMeasureCriterion, removeMeasureCriterion, type MeasureCriterionOutcome } from '../app/criteria';
import { criterionChangeText } from '../../2-problems';
import { measureCatalog, type MeasureCatalog } from '../i18n/catalog';

function criterionText(t: MeasureCatalog, outcome: MeasureCriterionOutcome | Refusal): string {
  return isRefusal(outcome) ? refusalText(t, outcome) : criterionChangeText(t.measures.criteria, (status) => t.steps.statuses[status], outcome);
}

/** `maatregelcriterium toevoegen <naam>: <waarde>, <waarde>` (leader, step 3, at most two; S3.3). */
export async function addMeasureCriterionCommand(turn: Turn, definition: string): Promise<Reply[]> {
  return [text(criterionText(measureCatalog(turn.t), await addMeasureCriterion(turn.env.deps, turn.request(), definition)))];
}

/** `maatregelcriterium verwijderen <naam>` (leader). */
export async function removeMeasureCriterionCommand(turn: Turn, name: string): Promise<Reply[]> {
  return [text(criterionText(measureCatalog(turn.t), await removeMeasureCriterion(turn.env.deps, turn.request(), name)))];
}
