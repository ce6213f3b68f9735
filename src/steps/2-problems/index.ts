import { PROBLEMS_AGENDA } from './i18n/agenda';
import { problemCatalog } from './i18n/catalog';
import type { StepModule } from '../step-module';
import { listCards } from './routes/list-cards';
import { PROBLEM_CARD_ACTIONS, PROBLEM_COMMANDS } from './commands';
import type { MeetingWithPriorities } from './domain/priority-outcome';
import { listLabel } from './views/prioritisation-vote.view';
import { meetingWorkOf } from './app/meeting-work';
import { problemMeetingWork } from './views/meeting-work.view';

/** The fixed priority list, for the steps that work per priority problem (3 to 6). */
export { priorityItemsOf, type PriorityItem } from './app/priority-items';
/** A new cycle starts step 2 with the previous cycle's priority list. */
export { carryPriorityProblems } from './app/carry-over';
/** The answer to a change of extra criteria, for step 3's measure criteria too. */
export { criterionChangeText } from './views/criterion-text';
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
  stepCardButtons: (shared, step) => {
    const t = problemCatalog(shared);
    const mine = { title: t.problems.mineButton, verb: 'problem.mine', primary: false };
    // After the deadline a new problem can only be refused: the card no longer offers it.
    return step === undefined || step.status === 'open' ? [{ title: t.problems.enterButton, verb: 'problem.form', primary: true }, mine] : [mine];
  },
  inputClosedCards: (context, project) => listCards(context, project, 'inputClosed'),
  meetingStartCards: (context, project) => listCards(context, project, 'meetingStart'),
  preMeetingCards: (context, project) => listCards(context, project, 'preMeeting'),
  async meetingWork({ deps, t: shared }, project) {
    const { work, problems } = await meetingWorkOf(deps, project);
    return problemMeetingWork(problemCatalog(shared), work, problems, project.participants.length);
  },
  async outcomeSection({ t: shared }, _project, meeting) {
    const t = problemCatalog(shared);
    const list = (meeting as MeetingWithPriorities).priorities;
    if (!list) return undefined;
    const p = t.prioritisation;
    return {
      title: p.outcomeTitle,
      lines: list.items.map((item, index) => p.listItem(index + 1, listLabel(t, item))),
      footer: [p.endorsed(list.endorsed, list.participants), list.endorsedBy.length > 0 ? p.endorsedByLine(list.endorsedBy.join(', ')) : ''].filter(Boolean).join(' '),
    };
  },
};
