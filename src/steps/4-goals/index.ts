import { priorityItemsOf } from '../2-problems';
import { measureOverviewCards } from '../3-measures';
import { currentMeeting } from '../../engine';
import { formatDate } from '../../i18n';
import { plainCardText } from '../../kernel/card-text';
import type { AppDeps } from '../../kernel/deps';
import type { Project } from '../../project';
import type { StepModule } from '../step-module';
import { goalsOfProject } from './app/goals';
import { readGoalsWork } from './app/goals-work-store';
import { GOAL_CARD_ACTIONS, GOAL_COMMANDS } from './commands';
import type { Assessment, ExtraMeasure, NewParticipants } from './domain/assessment';
import type { Goal } from './domain/goal';
import { dueDates, type MonitoringAgreement } from './domain/monitoring';
import { GOALS_AGENDA } from './i18n/agenda';
import { goalCatalog } from './i18n/catalog';
import { goalsMeetingWork } from './views/meeting-work.view';
import { problemNames } from './views/goal-list.view';

export type { Assessment, ExtraMeasure, Goal, MonitoringAgreement, NewParticipants };
export type { Judgement } from './domain/assessment';
export type { MonitoringSchedule } from './domain/monitoring';

/** The goals in the order saved, numbered from 1 (S4.1): they appear in steps 5 and 6 by themselves. */
export async function goalsOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<readonly (Goal & { readonly number: number })[]> {
  return (await goalsOfProject(deps, project.id)).map((goal, index) => ({ ...goal, number: index + 1 }));
}

/**
 * The assessment per priority problem (S4.2); the extra measures of "meer nodig", with who carries
 * them out, are the candidates for step 5's execution matrix. Also whether new participants were needed.
 */
export async function assessmentOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<{
  readonly assessments: readonly Assessment[];
  readonly extraMeasures: readonly (ExtraMeasure & { readonly problemId: string })[];
  readonly newParticipants: NewParticipants | null;
}> {
  const { work } = await readGoalsWork(deps, project);
  const extraMeasures = work.assessments.flatMap((a) => (a.judgement === 'meerNodig' ? a.extraMeasures.map((x) => ({ ...x, problemId: a.problemId })) : []));
  return { assessments: work.assessments, extraMeasures, newParticipants: work.newParticipants };
}

/** The monitoring agreements (S4.3) with the dates on which data is due, up to each goal's date: what drives step 6 (S6.1). */
export async function monitoringAgreementsOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<readonly (MonitoringAgreement & { readonly dueDates: readonly string[] })[]> {
  const [{ work }, goals] = await Promise.all([readGoalsWork(deps, project), goalsOfProject(deps, project.id)]);
  return work.monitoring.flatMap((a) => {
    const goal = goals.find((g) => g.id === a.goalId);
    return goal ? [{ ...a, dueDates: dueDates(a.schedule, goal.targetDate) }] : [];
  });
}

/** The agreements on involving the own organisations (S4.3): the outcome text of that agenda item of the step 4 meeting. */
export const ownOrganisationAgreementsOf = (project: Project): string =>
  currentMeeting(project, 4)?.items.find((i) => i.key === 'ownOrganisations' && i.done)?.outcome ?? '';

/** Step 4 "Wat willen wij bereiken?": SMART goals, the assessment of the current measures and the monitoring agreements (S4.1 to S4.3). Its meeting runs on the engine with this agenda. */
export const GOALS_MODULE: StepModule = {
  step: 4,
  // The goals and the rest are the leader's to enter: there is no participant input to count or remind of.
  entryKinds: [],
  commands: GOAL_COMMANDS,
  cardActions: GOAL_CARD_ACTIONS,
  agenda: GOALS_AGENDA,
  stepCardButtons: (shared) => {
    const t = goalCatalog(shared);
    return [
      { title: t.goals.listButton, verb: 'goals.list', primary: true },
      { title: t.assessment.button, verb: 'goals.assessment', primary: false },
      { title: t.monitoring.button, verb: 'goals.monitoring', primary: false },
    ];
  },
  // The input of the step 4 meeting is what everyone already does: step 3's overview (T3).
  preMeetingCards: measureOverviewCards,
  async meetingWork({ deps, t }, project) {
    const [problems, goals, { work }] = await Promise.all([priorityItemsOf(deps, project), goalsOfProject(deps, project.id), readGoalsWork(deps, project)]);
    return goalsMeetingWork(goalCatalog(t), problems, goals, work);
  },
  // The goals as they are now: the leader may enter them after the meeting (S4.1).
  async outcomeSection({ deps, t: shared }, project) {
    const t = goalCatalog(shared);
    const [problems, goals] = await Promise.all([priorityItemsOf(deps, project), goalsOfProject(deps, project.id)]);
    const lines = goals.map((g, index) =>
      `${t.goals.heading(index + 1, plainCardText(g.what))} — ${t.goals.timeBound(formatDate(t, g.targetDate))} · ${problemNames(problems, g.problemIds)}`);
    return { title: t.outcome.title, lines: lines.length > 0 ? lines : [t.outcome.none], footer: t.outcome.footer };
  },
};
