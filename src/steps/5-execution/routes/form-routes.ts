import { refreshMeetingCard } from '../../../engine';
import { amsterdamDate } from '../../../kernel/calendar-date';
import { readOpenedValues } from '../../../kernel/form-change';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText } from '../../../project';
import { recordDecisionFields } from '../app/execution';
import { decisionFormFor, measureFormFor, saveMeasureForm } from '../app/measure-form';
import type { MeasureFormInput } from '../domain/measure-form';
import { executionCatalog } from '../i18n/catalog';
import { DECISION_FORM_CARD, toDecisionFormView, type DecisionTyped } from '../views/decision-form.view';
import { candidateAsInput, MEASURE_FORM_CARD, measureAsInput, toMeasureFormView } from '../views/measure-form.view';
import { doneText, errorText, logText, stepNotOpenLine } from './execution-routes';

/** Card data carries numbers as text, and "" where a button has none. */
const numberOrNone = (value: string | undefined): number | undefined => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** "Maatregel toevoegen", "Wijzigen" or "In de matrix zetten": the measure form for the leader. */
export async function measureFormAction(turn: Turn, data: { projectId: string; measure?: string | undefined; candidate?: string | undefined }): Promise<Reply[]> {
  const t = executionCatalog(turn.t);
  const outcome = await measureFormFor(turn.env.deps, turn.request(data.projectId), { measure: numberOrNone(data.measure), candidate: data.candidate || undefined }, turn.t);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  switch (outcome.kind) {
    case 'stepNotOpen': return [text(stepNotOpenLine(t, outcome.step))];
    case 'unknownMeasure': return [text(`${errorText(t, outcome)} ${t.unchanged}`)];
    case 'candidateGone': return [text(t.forms.candidateGone)];
    case 'measureForm': {
      const typed = outcome.measure ? measureAsInput(t, outcome.measure) : outcome.candidate ? candidateAsInput(outcome.candidate) : {};
      const view = toMeasureFormView(t, outcome.project.id, outcome.goals, outcome.hoursPerFte, outcome.measure?.number, typed, '', '', typed);
      return [card(turn.env.cards.render(MEASURE_FORM_CARD, view))];
    }
  }
}

/** "Opslaan" on the measure form: saved, and the form of that measure with what changed; or the form again with what to put right. */
export async function saveMeasureAction(turn: Turn, data: { projectId: string; measure?: string | undefined; opened?: string | undefined } & MeasureFormInput): Promise<Reply[]> {
  const t = executionCatalog(turn.t);
  const { projectId, measure, opened, ...typed } = data;
  const number = numberOrNone(measure);
  const openedValues = readOpenedValues<keyof MeasureFormInput>(opened);
  const outcome = await saveMeasureForm(turn.env.deps, turn.request(projectId), number, typed, (saved) =>
    saved.added ? logText(t, { kind: 'measureAdded', measure: saved.measure, project: saved.project }) : t.forms.logEdited(saved.measure.number, saved.fields.map((f) => t.fields[f]).join(', ')),
  openedValues ? { values: openedValues, of: (m) => measureAsInput(t, m) } : undefined);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'stepNotOpen') return [text(stepNotOpenLine(t, outcome.step))];
  let line: string;
  if (outcome.kind === 'measureSaved') {
    turn.env.log.info('execution plan changed', { kind: outcome.added ? 'measureAdded' : 'measureChanged' });
    await refreshMeetingCard(turn, outcome.project, 5);
    line = outcome.added
      ? doneText(t, { kind: 'measureAdded', measure: outcome.measure, project: outcome.project })
      : t.forms.saved(outcome.measure.number, outcome.fields.map((f) => t.fields[f]).join(', '));
  } else if (outcome.kind === 'changedMeanwhile') {
    line = t.forms.changedMeanwhile(outcome.fields.map((f) => t.forms.inputNames[f]).join(', '));
  } else {
    line = `${errorText(t, outcome.kind === 'invalid' ? outcome.error : outcome)} ${t.unchanged}`;
  }
  // The form again, of the measure as it is stored now: after a save, or after someone else's change.
  const shown = outcome.kind === 'measureSaved' ? outcome.measure.number : number;
  const form = await measureFormFor(turn.env.deps, turn.request(projectId), shown === undefined ? {} : { measure: shown }, turn.t);
  if (!turn.isExecute || isRefusal(form) || form.kind !== 'measureForm') return [text(line)];
  const stored = form.measure ? measureAsInput(t, form.measure) : {};
  const values = outcome.kind === 'measureSaved' || outcome.kind === 'changedMeanwhile' ? stored : typed;
  const [notice, error] = outcome.kind === 'measureSaved' ? [line, ''] : ['', line];
  return [card(turn.env.cards.render(MEASURE_FORM_CARD, toMeasureFormView(t, form.project.id, form.goals, form.hoursPerFte, form.measure?.number, values, notice, error, stored)))];
}

/** "Besluit vastleggen": the decision form, naming whose approval is still missing. */
export async function decisionFormAction(turn: Turn, data: { projectId: string }): Promise<Reply[]> {
  const t = executionCatalog(turn.t);
  const form = await decisionFormFor(turn.env.deps, turn.request(data.projectId));
  if (isRefusal(form)) return [text(refusalText(t, form))];
  if (form.kind === 'stepNotOpen') return [text(stepNotOpenLine(t, form.step))];
  return [card(turn.env.cards.render(DECISION_FORM_CARD, toDecisionFormView(t, form.project.id, form.work, amsterdamDate(turn.env.deps.clock()))))];
}

/** "Opslaan" on the decision form (S5.5): recorded, with whether all approvals are in; or the form again. */
export async function saveDecisionAction(turn: Turn, data: { projectId: string } & DecisionTyped): Promise<Reply[]> {
  const t = executionCatalog(turn.t);
  const typed = { organisation: data.organisation ?? '', outcome: data.outcome ?? '', conditions: data.conditions ?? '', date: data.date ?? '', remarks: data.remarks ?? '' };
  // The form keeps the conditions apart; the decision reads them after the outcome, as typed.
  const outcomeWords = typed.conditions.trim() && /voorwaarden|conditions/i.test(typed.outcome) ? `${typed.outcome}: ${typed.conditions.trim()}` : typed.outcome;
  const outcome = await recordDecisionFields(turn.env.deps, turn.request(data.projectId), { ...typed, outcome: outcomeWords }, (done) => logText(t, done));
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind === 'stepNotOpen') return [text(stepNotOpenLine(t, outcome.step))];
  const project = outcome.kind === 'decisionRecorded' ? outcome.project : undefined;
  if (project) await refreshMeetingCard(turn, project, 5);
  const notice = outcome.kind === 'decisionRecorded' ? doneText(t, outcome) : '';
  const error = outcome.kind === 'invalid' ? `${errorText(t, outcome.error)} ${t.unchanged}` : '';
  if (!turn.isExecute) return [text(notice || error)];
  const form = await decisionFormFor(turn.env.deps, turn.request(data.projectId));
  if (isRefusal(form) || form.kind !== 'decisionForm') return [text(notice || error)];
  const today = amsterdamDate(turn.env.deps.clock());
  return [card(turn.env.cards.render(DECISION_FORM_CARD, toDecisionFormView(t, form.project.id, form.work, today, error ? typed : {}, notice, error)))];
}
