import type { PriorityItem } from '../../2-problems';
import type { MeetingWork } from '../../../engine';
import { formatDate } from '../../../i18n';
import { plainCardText } from '../../../kernel/card-text';
import type { Goal } from '../domain/goal';
import type { GoalsStepWork } from '../domain/goals-work';
import type { GoalCatalog } from '../i18n/catalog';
import { newParticipantsLines } from './assessment.view';
import { agreementText } from './monitoring.view';

/**
 * The work of the step 4 meeting in words, under its agenda items (G4, S4.3): the goals, the
 * judgement per problem, whether and which extra measures by whom, new participants and the
 * monitoring agreements. The agreements on involving the own organisations are the outcome
 * text of their own agenda item.
 */
export function goalsMeetingWork(t: GoalCatalog, problems: readonly PriorityItem[], goals: readonly Goal[], work: GoalsStepWork): MeetingWork {
  const w = t.work;
  const a = t.assessment;
  const nameOf = (id: string): string => {
    const problem = problems.find((p) => p.id === id);
    return problem ? `${problem.rank}. ${plainCardText(problem.name)}` : '?';
  };
  const assessed = problems.flatMap((p) => work.assessments.filter((x) => x.problemId === p.id));
  const more = assessed.filter((x) => x.judgement === 'meerNodig');
  const extras = more.flatMap((x) => x.extraMeasures.map((extra) => ({ problemId: x.problemId, extra })));
  const goalNumber = new Map(goals.map((g, index) => [g.id, index + 1]));
  return {
    goals: goals.map((g, index) =>
      w.goal(index + 1, plainCardText(g.what), plainCardText(`${g.indicator}: ${g.startValue} → ${g.targetValue}`), formatDate(t, g.targetDate))),
    assessMeasures: assessed.map((x) => w.assessed(nameOf(x.problemId), a.judgements[x.judgement])),
    extraNeeded: assessed.length === 0 ? [] : [more.length > 0 ? w.extraNeededYes(more.length, extras.length) : w.extraNeededNo],
    extraWhich: extras.map(({ problemId, extra }) =>
      w.extra(nameOf(problemId), plainCardText(extra.description), plainCardText(a.owner(extra.ownerName ?? '', extra.organisation)))),
    newParticipants: work.newParticipants ? newParticipantsLines(t, work.newParticipants) : [],
    monitoring: goals.flatMap((goal) =>
      work.monitoring.filter((m) => m.goalId === goal.id).map((m) => w.monitoring(goalNumber.get(goal.id) ?? 0, agreementText(t, m, goal)))),
  };
}
