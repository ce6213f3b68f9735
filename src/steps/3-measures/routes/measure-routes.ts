import { formatMoment } from '../../../i18n';
import type { StepState } from '../../../kernel/steps';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { isRefusal, refusalText, type ProjectRequest } from '../../../project';
import { measureContext } from '../app/measure-context';
import { deleteMeasure, editMeasure, listMyMeasures, openOwnMeasure, type OwnMeasureRefusal } from '../app/own-measures';
import { declareNothing, submitMeasure } from '../app/submit-measure';
import type { MeasureInput } from '../domain/measure';
import { measureCatalog, type MeasureCatalog } from '../i18n/catalog';
import { MEASURE_FORM_CARD, openedValues, toMeasureFormView, type MeasureFormInput } from '../views/measure-form.view';
import { typedFrom, MEASURE_CRITERION_INPUT } from '../domain/measure';
import { readOpenedValues } from '../../../kernel/form-change';
import type { PriorityProblem } from '../domain/overview';
import { MY_MEASURES_CARD, toMyMeasuresView } from '../views/my-measures.view';

/** The form's data: the fixed fields, which problem and entry, and `criterion-<id>` inputs. */
export interface MeasureCardData {
  readonly projectId: string;
  readonly problemId?: string | undefined;
  readonly measureId?: string | undefined;
  readonly description?: string | undefined;
  readonly organisation?: string | undefined;
  readonly targets?: string | undefined;
  readonly measureKind?: string | undefined;
  readonly opened?: string | undefined;
  readonly [input: string]: unknown;
}

const CRITERION_INPUT = MEASURE_CRITERION_INPUT;

function readInput(data: MeasureCardData): MeasureInput {
  const extra = Object.fromEntries(
    Object.entries(data)
      .filter((pair): pair is [string, string] => pair[0].startsWith(CRITERION_INPUT) && typeof pair[1] === 'string')
      .map(([key, value]) => [key.slice(CRITERION_INPUT.length), value]),
  );
  const { description, organisation, targets, measureKind } = data;
  return { description, organisation, targets, measureKind, extra };
}

/** Why step 3 takes no input now: its deadline passed, or (closed early by the leader, not open yet) its status. */
function closedText(t: MeasureCatalog, step: StepState, change: boolean, now: Date): string {
  const m = t.measures;
  if (step.deadline && step.status !== 'notOpen' && now.getTime() >= Date.parse(step.deadline)) {
    const when = formatMoment(t, step.deadline);
    return change ? m.changeClosed(when) : m.inputClosed(when);
  }
  const status = t.steps.statuses[step.status];
  return change ? m.changeNotOpen(status) : m.inputNotOpen(status);
}

function ownRefusalText(t: MeasureCatalog, refusal: OwnMeasureRefusal, now: Date): string {
  if (refusal.kind === 'inputClosed') return closedText(t, refusal.step, true, now);
  return refusal.kind === 'notAuthor' ? t.measures.notAuthor : t.measures.gone;
}

/** The caller's own answers per priority problem, with a line on top saying what just happened. */
async function myMeasuresReplies(turn: Turn, request: ProjectRequest, page = 0, notice = ''): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const mine = await listMyMeasures(turn.env.deps, request);
  if (isRefusal(mine)) return [text(refusalText(t, mine))];
  const deadline = mine.step.deadline ? t.measures.deadlineLine(formatMoment(t, mine.step.deadline)) : '';
  return [card(turn.env.cards.render(MY_MEASURES_CARD, toMyMeasuresView(t, mine, deadline, page, notice)))];
}

/** "Maatregelen invoeren" / "Mijn maatregelen" (and `mijn maatregelen`): per problem the caller's own answers. */
export const myMeasuresAction = (turn: Turn, data: { projectId: string; page?: number | undefined }): Promise<Reply[]> =>
  myMeasuresReplies(turn, turn.request(data.projectId), data.page ?? 0);

export const myMeasuresCommand = (turn: Turn): Promise<Reply[]> => myMeasuresReplies(turn, turn.request());

/** "Maatregel toevoegen" at a problem: the empty form, with the caller's organisation filled in. */
export async function measureFormAction(turn: Turn, data: { projectId: string; problemId: string }): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const context = await measureContext(turn.env.deps, turn.request(data.projectId));
  if ('kind' in context) return [text(refusalText(t, context))];
  if (!context.open) return [text(closedText(t, context.step, false, turn.env.deps.clock()))];
  const problem = context.problems.find((p) => p.id === data.problemId);
  if (!problem) return [text(t.measures.notOnList)];
  const view = toMeasureFormView(t, { projectId: data.projectId, problem, criteria: context.criteria, typed: { organisation: context.access.me.organisation ?? '' } });
  return [card(turn.env.cards.render(MEASURE_FORM_CARD, view))];
}

/** "Opslaan" on the form: a new measure for the problem, or (with measureId) a change of one's own. */
export async function saveMeasureAction(turn: Turn, data: MeasureCardData): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const input = readInput(data);
  const request = turn.request(data.projectId);
  const measureId = data.measureId?.trim() ?? '';
  const form = (problem: PriorityProblem, extra: Partial<MeasureFormInput>): Reply[] =>
    [card(turn.env.cards.render(MEASURE_FORM_CARD, toMeasureFormView(t, { projectId: data.projectId, problem, criteria: [], typed: input, ...extra })))];
  if (measureId !== '') {
    const opened = readOpenedValues(data.opened);
    const outcome = await editMeasure(turn.env.deps, request, measureId, input, opened);
    if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
    switch (outcome.kind) {
      case 'measureInvalid':
        return form(outcome.problem, { criteria: outcome.criteria, errors: outcome.errors, measureId, ...(data.opened ? { opened: data.opened } : {}) });
      case 'measureChangedMeanwhile': {
        // Changed from another card meanwhile, in what this form changed too: the entry as it is now, saying which fields.
        const names = outcome.fields.map((f) => (t.measures.fieldNames as Record<string, string>)[f] ?? outcome.criteria.find((c) => `${CRITERION_INPUT}${c.id}` === f)?.name ?? f);
        const notice = t.measures.changedMeanwhile(names.join(', '));
        const view = toMeasureFormView(t, { projectId: data.projectId, problem: outcome.problem, criteria: outcome.criteria, typed: typedFrom(outcome.measure), measureId, opened: openedValues(outcome.measure), notice });
        return [card(turn.env.cards.render(MEASURE_FORM_CARD, view))];
      }
      case 'duplicateMeasure':
        return [text(t.measures.duplicate)];
      case 'notOnList':
        return [text(t.measures.notOnList)];
      case 'measureChanged':
        return myMeasuresReplies(turn, request, 0, t.measures.changed(outcome.measure.description));
      default:
        return [text(ownRefusalText(t, outcome, turn.env.deps.clock()))];
    }
  }
  const outcome = await submitMeasure(turn.env.deps, request, data.problemId?.trim() ?? '', input);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  switch (outcome.kind) {
    case 'inputClosed':
      return [text(closedText(t, outcome.step, false, turn.env.deps.clock()))];
    case 'notOnList':
      return [text(t.measures.notOnList)];
    case 'measureInvalid':
      return form(outcome.problem, { criteria: outcome.criteria, errors: outcome.errors });
    case 'measureSaved':
      turn.env.log.info('measure saved', { projectId: data.projectId, problemId: outcome.problem.id });
      return form(outcome.problem, {
        criteria: outcome.criteria,
        typed: { organisation: input.organisation ?? '' },
        notice: t.measures.saved(outcome.problem.name, outcome.measure.description),
      });
  }
}

/** "Wijzigen": the form, prefilled with the caller's own measure. */
export async function editMeasureAction(turn: Turn, data: { projectId: string; measureId: string }): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const outcome = await openOwnMeasure(turn.env.deps, turn.request(data.projectId), data.measureId);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  if (outcome.kind !== 'own') return [text(ownRefusalText(t, outcome, turn.env.deps.clock()))];
  if (!outcome.problem) return [text(t.measures.notOnList)];
  const view = toMeasureFormView(t, {
    projectId: outcome.projectId, problem: outcome.problem, criteria: outcome.criteria, typed: typedFrom(outcome.measure), measureId: outcome.measure.id, opened: openedValues(outcome.measure),
  });
  return [card(turn.env.cards.render(MEASURE_FORM_CARD, view))];
}

/** "Verwijderen": removes the caller's own measure and shows what is left. */
export async function deleteMeasureAction(turn: Turn, data: { projectId: string; measureId: string }): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const request = turn.request(data.projectId);
  const outcome = await deleteMeasure(turn.env.deps, request, data.measureId);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  // Already gone (a second press, or the same press delivered again): the list as it is, saying so.
  if (outcome.kind === 'measureGone') return myMeasuresReplies(turn, request, 0, t.measures.gone);
  if (outcome.kind !== 'measureDeleted') return [text(ownRefusalText(t, outcome, turn.env.deps.clock()))];
  return myMeasuresReplies(turn, request, 0, t.measures.deleted(outcome.measure.description));
}

/** "Wij doen hier (nog) niets aan": the explicit answer, then the caller's answers again. */
export async function nothingAction(turn: Turn, data: { projectId: string; problemId: string }): Promise<Reply[]> {
  const t = measureCatalog(turn.t);
  const request = turn.request(data.projectId);
  const outcome = await declareNothing(turn.env.deps, request, data.problemId);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  switch (outcome.kind) {
    case 'inputClosed':
      return [text(closedText(t, outcome.step, false, turn.env.deps.clock()))];
    case 'notOnList':
      return [text(t.measures.notOnList)];
    case 'hasMeasures':
      return [text(t.measures.hasMeasures(outcome.problem.name))];
    case 'nothingSaved':
      return myMeasuresReplies(turn, request, 0, t.measures.nothingSaved(outcome.problem.name));
  }
}
