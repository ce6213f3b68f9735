import type { StepModule } from '../step-module';
import { planOf } from './app/execution';
import { EXECUTION_CARD_ACTIONS, EXECUTION_COMMANDS } from './commands';
import { goalGaps } from './domain/execution-work';
import { EXECUTION_AGENDA } from './i18n/agenda';
import { executionCatalog } from './i18n/catalog';
import { planCards } from './routes/execution-routes';
import { executionMeetingWork, executionOutcomeLines } from './views/meeting-work.view';

export { formatEuro } from './domain/amounts';

/** Step 5 "Wat gaan wij doen?": the execution matrix with costs, capacity and the commissioner's decision (S5.1 to S5.5). Its meeting runs on the engine with this agenda. */
export const EXECUTION_MODULE: StepModule = {
  step: 5,
  // The plan is the leader's to enter: there is no participant input to count or remind of.
  entryKinds: [],
  commands: EXECUTION_COMMANDS,
  cardActions: EXECUTION_CARD_ACTIONS,
  agenda: EXECUTION_AGENDA,
  // The matrix, costs and capacity as they are, before the meeting (S5.1–S5.3).
  preMeetingCards: ({ deps, cards, t }, project) => planCards(deps, cards, executionCatalog(t), project),
  async meetingWork({ deps, t }, project) {
    return executionMeetingWork(executionCatalog(t), await planOf(deps, project, t));
  },
  async outcomeSection({ deps, t: shared }, project) {
    const t = executionCatalog(shared);
    const plan = await planOf(deps, project, shared);
    return { title: t.outcome.title, lines: [...executionOutcomeLines(t, plan), t.work.gaps(goalGaps(plan.work, plan.goals).length)], footer: t.outcome.footer };
  },
};
