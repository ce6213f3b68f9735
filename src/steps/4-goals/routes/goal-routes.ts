import { card, type Reply, type Turn } from '../../../platform/turn';
import { goalFormFor, listGoals, submitGoal } from '../app/goals';
import type { GoalInput } from '../domain/goal';
import { goalCatalog } from '../i18n/catalog';
import { GOAL_FORM_CARD, toGoalFormView } from '../views/goal-form.view';
import { GOAL_LIST_CARD, toGoalListViews } from '../views/goal-list.view';
import { line, listReplies, refreshMeeting, refusedLine } from './replies';

/** `doelen` or the "Doelen" button: every goal with its SMART elements (S4.1). */
export async function goalsReplies(turn: Turn, cardProjectId?: string): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await listGoals(turn.env.deps, turn.request(cardProjectId));
  if (outcome.kind !== 'goals') return line(refusedLine(turn, outcome) ?? '');
  const views = toGoalListViews(t, outcome.project, outcome.problems, outcome.goals, outcome.isLeader && outcome.open, outcome.carried);
  return listReplies(turn, outcome.project, 'goals', views.map((view) => turn.env.cards.render(GOAL_LIST_CARD, view)));
}

/** `doel toevoegen` or the button: the empty goal form, for the leader; "Overnemen": filled with a goal of the previous cycle. */
export async function goalFormReplies(turn: Turn, cardProjectId?: string, carried?: number): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const outcome = await goalFormFor(turn.env.deps, turn.request(cardProjectId), carried);
  if (outcome.kind === 'carriedGone') return line(t.goals.carriedGone);
  if (outcome.kind !== 'form') return line(refusedLine(turn, outcome) ?? '');
  const from = outcome.carried;
  const typed = from ? { what: from.what, indicator: from.indicator, startValue: from.startValue, targetValue: from.targetValue } : {};
  return [card(turn.env.cards.render(GOAL_FORM_CARD, toGoalFormView(t, outcome.project.id, outcome.problems, typed, [], from ? t.goals.carriedNotice : '')))];
}

/** "Opslaan" on the goal form: saved, then an empty form for the next goal; or the form again with the missing SMART elements. */
export async function saveGoalAction(turn: Turn, data: { projectId: string } & GoalInput): Promise<Reply[]> {
  const t = goalCatalog(turn.t);
  const { projectId, ...typed } = data;
  const outcome = await submitGoal(turn.env.deps, turn.request(projectId), typed);
  if (outcome.kind === 'goalInvalid') return [card(turn.env.cards.render(GOAL_FORM_CARD, toGoalFormView(t, projectId, outcome.problems, typed, outcome.errors)))];
  if (outcome.kind !== 'goalSaved') return line(refusedLine(turn, outcome) ?? '');
  turn.env.log.info('goal saved', { projectId, number: outcome.number });
  await refreshMeeting(turn, outcome.project);
  return [card(turn.env.cards.render(GOAL_FORM_CARD, toGoalFormView(t, projectId, outcome.problems, {}, [], t.goals.saved(outcome.number, outcome.goal.what))))];
}
