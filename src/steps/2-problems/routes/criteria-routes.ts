import { problemCatalog, type ProblemCatalog } from '../i18n/catalog';
import { addProblemCriterion, removeProblemCriterion, type CriterionOutcome } from '../app/criteria';
import { isRefusal, type Refusal } from '../../../project';
import { refusalText } from '../../../project';
import { text, type Reply, type Turn } from '../../../platform/turn';

function criterionText(t: ProblemCatalog, outcome: CriterionOutcome | Refusal): string {
  if (isRefusal(outcome)) return refusalText(t, outcome);
  const c = t.problems.criteria;
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
