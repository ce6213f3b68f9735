import { problemCatalog, type ProblemCatalog } from '../i18n/catalog';
import { addProblemCriterion, removeProblemCriterion, type CriterionOutcome } from '../app/criteria';
import { isRefusal, type Refusal } from '../../../project';
import { refusalText } from '../../../project';
import { text, type Reply, type Turn } from '../../../platform/turn';
import { criterionChangeText } from '../views/criterion-text';

function criterionText(t: ProblemCatalog, outcome: CriterionOutcome | Refusal): string {
  return isRefusal(outcome) ? refusalText(t, outcome) : criterionChangeText(t.problems.criteria, (status) => t.steps.statuses[status], outcome);
}

/** `criterium toevoegen <naam>: <waarde>, <waarde>, …` (leader, step 2, at most two). */
export async function addCriterionCommand(turn: Turn, definition: string): Promise<Reply[]> {
  const outcome = await addProblemCriterion(turn.env.deps, turn.request(), definition);
  if (!isRefusal(outcome) && outcome.kind === 'criterionAdded') {
    turn.env.log.info('problem criterion added', { criterionId: outcome.criterion.id, count: outcome.criteria.length });
  }
  return [text(criterionText(problemCatalog(turn.t), outcome))];
}

/** `criterium verwijderen <naam>` (leader). */
export async function removeCriterionCommand(turn: Turn, criterion: string): Promise<Reply[]> {
  return [text(criterionText(problemCatalog(turn.t), await removeProblemCriterion(turn.env.deps, turn.request(), criterion)))];
}
