import { addProblemCriterion, removeProblemCriterion, type CriterionOutcome } from '../app/criteria';
import { isRefusal, type Refusal } from '../../../project/app/project-access';
import type { PersonInfo } from '../../../kernel/person';
import type { Catalog } from '../../../i18n';
import type { BotEnv } from '../../../platform/teams/bot-env';
import { refusalText } from '../../../project/routes/refusals';
import { text, type Reply } from '../../../platform/teams/replies';
import { projectRequest, type TurnOrigin } from '../../../platform/teams/turn-origin';

function criterionText(t: Catalog, outcome: CriterionOutcome | Refusal): string {
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
export async function addCriterionCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, definition: string): Promise<Reply[]> {
  const outcome = await addProblemCriterion(env.deps, projectRequest(origin, caller), definition);
  if (!isRefusal(outcome) && outcome.kind === 'criterionAdded') {
    env.log.info('problem criterion added', { criterionId: outcome.criterion.id, count: outcome.criteria.length });
  }
  return [text(criterionText(origin.t, outcome))];
}

/** `criterium verwijderen <naam>` (leader). */
export async function removeCriterionCommand(env: BotEnv, origin: TurnOrigin, caller: PersonInfo, criterion: string): Promise<Reply[]> {
  return [text(criterionText(origin.t, await removeProblemCriterion(env.deps, projectRequest(origin, caller), criterion)))];
}
