import { PROBLEMS_AGENDA } from './i18n/agenda';
import { criteriaFor } from './app/step-work';
import { problemCatalog } from './i18n/catalog';
import type { StepModule } from '../step-module';
import { problemOverview } from './app/problem-list';
import { PROBLEM_CARD_ACTIONS, PROBLEM_COMMANDS } from './commands';
import type { MeetingWithPriorities } from './domain/priority-outcome';
import { renderProblemList } from './views/problem-list.cards';

/** The fixed priority list, for the steps that work per priority problem (3 to 6). */
export { priorityItemsOf, type PriorityItem } from './app/priority-items';
/** The rules for a leader's extra typing criteria (S2.2); step 3 uses the same ones for measures (S3.3). */
export {
  addCriterion, MAX_CRITERIA, parseCriterionDefinition, removeCriterion, type CriterionError, type ProblemCriterion as TypingCriterion,
} from './domain/criteria';

/** Step 2 "Wat is het probleem?": typed problems online, then the prioritisation meeting. */
export const PROBLEMS_MODULE: StepModule = {
  step: 2,
  entryKinds: ['problem'],
  commands: PROBLEM_COMMANDS,
  cardActions: PROBLEM_CARD_ACTIONS,
  agenda: PROBLEMS_AGENDA,
  stepCardButtons: (shared) => {
    const t = problemCatalog(shared);
    return [
    { title: t.problems.enterButton, verb: 'problem.form', primary: true },
    { title: t.problems.mineButton, verb: 'problem.mine', primary: false },
    ];
  },
  async preMeetingCards({ deps, cards, t: shared }, project) {
    const t = problemCatalog(shared);
    const overview = await problemOverview(deps, project);
    return renderProblemList(cards, t, project.profile?.name ?? t.project.unnamed, overview, await criteriaFor(deps, project));
  },
  async outcomeSection({ t: shared }, _project, meeting) {
    const t = problemCatalog(shared);
    const list = (meeting as MeetingWithPriorities).priorities;
    if (!list) return undefined;
    const p = t.prioritisation;
    return {
      title: p.outcomeTitle,
      lines: list.items.map((name, index) => p.listItem(index + 1, name)),
      footer: p.endorsed(list.endorsed, list.participants),
    };
  },
};
