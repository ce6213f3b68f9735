import type { StepModule } from '../step-module';
import { plainCardText } from '../../kernel/card-text';
import { evaluationTableOf, readEvaluationWork } from './app/evaluation';
import { progressOf } from './app/monitoring';
import { EVALUATION_CARD_ACTIONS, EVALUATION_COMMANDS } from './commands';
import { missingDueDates } from './domain/progress';
import { EVALUATION_AGENDA } from './i18n/agenda';
import { evaluationCatalog } from './i18n/catalog';
import { monitoringJobHandlers, startMonitoringChecks } from './jobs/monitoring-reminders';
import { EVALUATION_OVERVIEW_CARD, progressView, tableView, paged } from './views/evaluation.view';

/** Step 6 "Wat hebben wij bereikt?": monitoring and the evaluation per goal (S6.1 to S6.3). Its meeting runs on the engine with this agenda. */
export const EVALUATION_MODULE: StepModule = {
  step: 6,
  // Monitoring entries come from the people the agreements name, reminded on their own dates; not from everyone by a deadline.
  entryKinds: [],
  commands: EVALUATION_COMMANDS,
  cardActions: EVALUATION_CARD_ACTIONS,
  agenda: EVALUATION_AGENDA,
  opened: ({ deps }, project) => startMonitoringChecks(deps, project),
  jobHandlers: monitoringJobHandlers,
  // The progress per goal is the input of the evaluation meeting.
  async preMeetingCards({ deps, cards, t }, project) {
    return paged(progressView(evaluationCatalog(t), await progressOf(deps, project))).map((v) => cards.render(EVALUATION_OVERVIEW_CARD, v));
  },
  async meetingWork({ deps, t: shared }, project) {
    const t = evaluationCatalog(shared);
    const [table, progress] = await Promise.all([evaluationTableOf(deps, project), progressOf(deps, project)]);
    const missing = progress.agreements.reduce((n, a) =>
      n + missingDueDates(a.dueDates, progress.entries.filter((e) => e.agreementId === a.id).map((e) => e.date), progress.today).length, 0);
    const evaluation = await readEvaluationWork(deps, project);
    const rows = table.goals.flatMap((g) => table.evaluations.filter((e) => e.goalId === g.id).map((e) => ({ g, e })));
    return {
      didWeDo: missing > 0 ? [t.work.missing(missing)] : [],
      goalsReached: rows.length > 0 ? [t.work.goalsReached(rows.filter((r) => r.e.reached).length, table.goals.length), ...rows.map(({ g, e }) => t.work.evaluation(g.number, e.reached, e.satisfied))] : [],
      satisfied: rows.map(({ g, e }) => t.table.satisfied(e.satisfied, plainCardText(e.why)).replace(/^/, `${t.table.heading(g.number, '').replace(/: $/, '')}: `)),
      newCycle: evaluation.work.followUp ? [t.work.newCycle(evaluation.work.followUp.startedBy)] : [],
    };
  },
  // The evaluation table is the project's result (S6.3).
  async outcomeSection({ deps, t: shared }, project) {
    const t = evaluationCatalog(shared);
    const view = tableView(t, await evaluationTableOf(deps, project), false);
    return { title: view.title, lines: view.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => l.text)]), footer: t.table.footer };
  },
};
