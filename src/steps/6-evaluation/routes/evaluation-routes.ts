import { refreshMeetingCard } from '../../../engine';
import { stepOf } from '../../../kernel/steps';
import { formatDate } from '../../../i18n';
import { channelCardPosts } from '../../../platform/outbox';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText } from '../../../project';
import { parseEvaluationCommand, saveEvaluation, showEvaluation, showPreviousCycle, startNewCycle } from '../app/evaluation';
import { parseProgressCommand, showProgress, submitProgress } from '../app/monitoring';
import { evaluationRefusalText, progressRefusalText } from './refusal-texts';
import { evaluationCatalog } from '../i18n/catalog';
import { EVALUATION_OVERVIEW_CARD, paged, previousCycleViews, progressView, tableView, type OverviewView } from '../views/evaluation.view';

const MAX_CARDS_IN_ANSWER = 3;

async function cardsReplies(turn: Turn, project: Parameters<typeof channelCardPosts>[1], prefix: string, views: readonly OverviewView[]): Promise<Reply[]> {
  const cards = views.map((v) => turn.env.cards.render(EVALUATION_OVERVIEW_CARD, v));
  if (cards.length <= MAX_CARDS_IN_ANSWER) return cards.map(card);
  await turn.env.post(channelCardPosts(`${prefix}-${turn.env.deps.newId()}`, project, cards.slice(MAX_CARDS_IN_ANSWER)));
  return cards.slice(0, MAX_CARDS_IN_ANSWER).map(card);
}

/** `voortgang invoeren …` (S6.1). */
export async function enterProgressCommand(turn: Turn, rest: string): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const input = parseProgressCommand(rest);
  if (!input) return [text(`${t.progressRefused.format} ${t.unchanged}`)];
  const outcome = await submitProgress(turn.env.deps, turn.request(), input);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind !== 'progressSaved') return [text(`${progressRefusalText(t, outcome)} ${t.unchanged}`)];
  const e = outcome.entry;
  return [text(t.progressSaved(outcome.goal.number, e.value, formatDate(t, e.date), outcome.missing.map((d) => formatDate(t, d)).join(', ')))];
}

/** `voortgang` (S6.1). */
export async function progressReplies(turn: Turn): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const outcome = await showProgress(turn.env.deps, turn.request());
  if (outcome.kind !== 'progress') return [text(refusalText(t, outcome))];
  return cardsReplies(turn, outcome.project, 'progress', paged(progressView(t, outcome)));
}

/** `evaluatie <doel> | …` saves a row; `evaluatie` alone shows the table (S6.3). */
export async function evaluationCommand(turn: Turn, rest: string): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  if (rest.trim() === '') {
    const table = await showEvaluation(turn.env.deps, turn.request());
    if (table.kind !== 'table') return [text(refusalText(t, table))];
    return cardsReplies(turn, table.project, 'evaluation', paged(tableView(t, table, true, stepOf(table.project.steps, 6).status !== 'notOpen')));
  }
  const outcome = await saveEvaluation(turn.env.deps, turn.request(), parseEvaluationCommand(rest), t.yes);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind !== 'evaluationSaved') return [text(`${evaluationRefusalText(t, outcome)} ${t.unchanged}`)];
  await refreshMeetingCard(turn, outcome.project, 6);
  return [text(t.evaluationSaved(outcome.goal.number, outcome.evaluated, outcome.total))];
}

/** `nieuwe cyclus` (S6.2). */
export async function newCycleCommand(turn: Turn): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const outcome = await startNewCycle(turn.env.deps, turn.request(), t.cycle.name);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  switch (outcome.kind) {
    case 'cycleNotYet': return [text(t.cycle.notYet(t.steps.statuses[outcome.step.status]))];
    case 'cycleRunning': return [text(t.cycle.running(formatDate(t, outcome.startedAt)))];
    case 'cycleStarted':
      turn.env.log.info('new cycle started', { projectId: outcome.project.id, previous: outcome.link.previousProjectId });
      return [text(t.cycle.started(outcome.project.profile?.name ?? t.project.unnamed, outcome.project.participants.length, outcome.link.problems.length, outcome.link.openGoals.length))];
  }
}

/** `vorige cyclus`. */
export async function previousCycleCommand(turn: Turn): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const outcome = await showPreviousCycle(turn.env.deps, turn.request());
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'noPrevious') return [text(t.cycle.none)];
  // The previous project has the same channel: the rest of a long answer goes there.
  return cardsReplies(turn, outcome.previous, 'previous-cycle', previousCycleViews(t, outcome.link, outcome.table));
}
