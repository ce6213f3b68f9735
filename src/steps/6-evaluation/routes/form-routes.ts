import { refreshMeetingCard } from '../../../engine';
import { formatDate } from '../../../i18n';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText } from '../../../project';
import { evaluationFormFor, saveEvaluation } from '../app/evaluation';
import { progressFormFor, submitProgress, type ProgressRefusal } from '../app/monitoring';
import { evaluationCatalog } from '../i18n/catalog';
import { EVALUATION_FORM_CARD, toEvaluationFormView, type EvaluationTyped } from '../views/evaluation-form.view';
import { PROGRESS_FORM_CARD, toProgressFormView } from '../views/progress-form.view';
import { evaluationRefusalText, progressRefusalText } from './refusal-texts';

/** Refusals a person can put right on the form itself: it comes back with what they typed. */
const ON_THE_FORM: ReadonlySet<ProgressRefusal['kind']> = new Set(['notANumber', 'badDate', 'future']);

/** "Invoeren" on the progress overview (or on a reminder): the form for one goal, for whoever the agreement names or the leader. */
export async function progressFormAction(turn: Turn, data: { projectId: string; goal: string }): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const outcome = await progressFormFor(turn.env.deps, turn.request(data.projectId), data.goal);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind !== 'progressForm') return [text(`${progressRefusalText(t, outcome)} ${t.unchanged}`)];
  const view = toProgressFormView(t, { projectId: outcome.project.id, goal: outcome.goal, agreement: outcome.agreement, date: outcome.today });
  return [card(turn.env.cards.render(PROGRESS_FORM_CARD, view))];
}

/** "Opslaan" on the progress form: saved, and the form again to correct it; or the form with what to put right. */
export async function saveProgressAction(turn: Turn, data: { projectId: string; goal: string; value?: string | undefined; date?: string | undefined; note?: string | undefined }): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const typed = { value: data.value ?? '', date: data.date ?? '', note: data.note ?? '' };
  const outcome = await submitProgress(turn.env.deps, turn.request(data.projectId), { goal: data.goal, ...typed, date: typed.date || undefined });
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'progressSaved') {
    const e = outcome.entry;
    const saved = t.progressSaved(outcome.goal.number, e.value, formatDate(t, e.date), outcome.missing.map((d) => formatDate(t, d)).join(', '));
    const form = toProgressFormView(t, { projectId: outcome.project.id, goal: outcome.goal, agreement: outcome.agreement, date: e.date }, { value: e.value, note: e.note }, saved);
    return turn.isExecute ? [card(turn.env.cards.render(PROGRESS_FORM_CARD, form))] : [text(saved)];
  }
  if (!ON_THE_FORM.has(outcome.kind) || !turn.isExecute) return [text(`${progressRefusalText(t, outcome)} ${t.unchanged}`)];
  const form = await progressFormFor(turn.env.deps, turn.request(data.projectId), data.goal);
  if (isRefusal(form) || form.kind !== 'progressForm') return [text(`${progressRefusalText(t, outcome)} ${t.unchanged}`)];
  const view = toProgressFormView(t, { projectId: form.project.id, goal: form.goal, agreement: form.agreement, date: form.today }, typed, '', `${progressRefusalText(t, outcome)} ${t.unchanged}`);
  return [card(turn.env.cards.render(PROGRESS_FORM_CARD, view))];
}

/** "Invullen" under a goal of the evaluation table: that goal's row as a form, for the leader. */
export async function evaluationFormAction(turn: Turn, data: { projectId: string; goal: string }): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const outcome = await evaluationFormFor(turn.env.deps, turn.request(data.projectId), data.goal);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind !== 'evaluationForm') return [text(`${evaluationRefusalText(t, outcome)} ${t.unchanged}`)];
  return [card(turn.env.cards.render(EVALUATION_FORM_CARD, toEvaluationFormView(t, outcome.project.id, outcome.goal, outcome.row)))];
}

/** "Opslaan" on the evaluation form: the row saved, shown on the form; or the form with what to put right. */
export async function saveEvaluationAction(turn: Turn, data: { projectId: string; goal: string } & EvaluationTyped): Promise<Reply[]> {
  const t = evaluationCatalog(turn.t);
  const typed = { reached: data.reached ?? '', how: data.how ?? '', satisfied: data.satisfied ?? '', why: data.why ?? '' };
  const outcome = await saveEvaluation(turn.env.deps, turn.request(data.projectId), { goal: data.goal, ...typed }, t.yes);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  const form = await evaluationFormFor(turn.env.deps, turn.request(data.projectId), data.goal);
  const again = (notice: string, error: string): Reply[] =>
    turn.isExecute && !isRefusal(form) && form.kind === 'evaluationForm'
      ? [card(turn.env.cards.render(EVALUATION_FORM_CARD, toEvaluationFormView(t, form.project.id, form.goal, form.row, error ? typed : {}, notice, error)))]
      : [text(notice || error)];
  if (outcome.kind !== 'evaluationSaved') return again('', `${evaluationRefusalText(t, outcome)} ${t.unchanged}`);
  await refreshMeetingCard(turn, outcome.project, 6);
  return again(t.evaluationSaved(outcome.goal.number, outcome.evaluated, outcome.total), '');
}
