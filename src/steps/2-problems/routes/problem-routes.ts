import { criteriaFor } from '../app/step-work';
import { problemCatalog, type ProblemCatalog } from '../i18n/catalog';
import { deleteProblem, editProblem } from '../app/edit-problem';
import { listMyProblems, openOwnProblem, type OwnProblemRefusal } from '../app/my-problems';
import { isRefusal, openProject, type ProjectRequest } from '../../../project';
import { submitProblem } from '../app/submit-problem';
import { problemFormValues, type Problem, type ProblemInput } from '../domain/problem';
import { CRITERION_INPUT, criterionInputId, type ProblemCriterion } from '../domain/criteria';
import { readOpenedValues } from '../../../kernel/form-change';
import { formatMoment } from '../../../i18n';
import { toMyProblemsView } from '../views/my-problems.view';
import { toProblemFormView } from '../views/problem-form.view';
import { refusalText } from '../../../project';
import { card, text, type Reply, type Turn } from '../../../platform/turn';
import { renderStepCard } from '../../../engine';
import { stepOf } from '../../../kernel/steps';

/** The form's data: the fixed fields, the entry being changed (if any) and `criterion-<id>` inputs. */
export interface ProblemCardData {
  readonly projectId: string;
  readonly problemId?: string | undefined;
  readonly description?: string | undefined;
  readonly likelihood?: string | undefined;
  readonly consequences?: string | undefined;
  readonly priority?: string | undefined;
  readonly opened?: string | undefined;
  readonly [input: string]: unknown;
}


function readInput(data: ProblemCardData): ProblemInput {
  const extra = Object.fromEntries(
    Object.entries(data)
      .filter((pair): pair is [string, string] => pair[0].startsWith(CRITERION_INPUT) && typeof pair[1] === 'string')
      .map(([key, value]) => [key.slice(CRITERION_INPUT.length), value]),
  );
  const { description, likelihood, consequences, priority } = data;
  return { description, likelihood, consequences, priority, extra };
}

/** Why step 2 takes no input now, with the deadline when there is one. */
function closedText(t: ProblemCatalog, outcome: Extract<OwnProblemRefusal, { kind: 'inputClosed' }>, change: boolean): string {
  const { step } = outcome;
  if (step.deadline && step.status !== 'notOpen') {
    const when = formatMoment(t, step.deadline);
    return change ? t.problems.changeClosed(when) : t.problems.inputClosed(when);
  }
  const status = t.steps.statuses[step.status];
  return change ? t.problems.changeNotOpen(status) : t.problems.inputNotOpen(status);
}

function ownRefusalText(t: ProblemCatalog, refusal: OwnProblemRefusal): string {
  if (refusal.kind === 'inputClosed') return closedText(t, refusal, true);
  return refusal.kind === 'notAuthor' ? t.problems.notAuthor : t.problems.gone;
}

/** The caller's own problems as a card (for the caller only when it answers an Action.Execute). */
async function myProblemsReplies(turn: Turn, request: ProjectRequest, page = 0, notice = ''): Promise<Reply[]> {
  const outcome = await listMyProblems(turn.env.deps, request);
  if (isRefusal(outcome)) return [text(refusalText(problemCatalog(turn.t), outcome))];
  const view = toMyProblemsView(problemCatalog(turn.t), { ...outcome, projectId: outcome.project.id }, page, notice);
  return [card(turn.env.cards.render('my-problems', view))];
}

/** "Probleem invoeren" on the step card: the form, for the one who pressed it. */
export async function problemFormAction(
  turn: Turn,
  data: { projectId: string },
): Promise<Reply[]> {
  const access = await openProject(turn.env.deps, turn.request(data.projectId), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(problemCatalog(turn.t), access))];
  const project = access.project.doc;
  return [card(turn.env.cards.render('problem-form', toProblemFormView(problemCatalog(turn.t), project.id, {}, [], '', { criteria: await criteriaFor(turn.env.deps, project) })))];
}

/** "Opslaan" on the problem form: a new entry, or (with problemId) a change of one's own entry. */
export async function saveProblemAction(
  turn: Turn,
  data: ProblemCardData,
): Promise<Reply[]> {
  const t = problemCatalog(turn.t);
  const input = readInput(data);
  const request = turn.request(data.projectId);
  const problemId = data.problemId?.trim() ?? '';
  if (problemId !== '') {
    const opened = readOpenedValues(data.opened);
    const outcome = await editProblem(turn.env.deps, request, problemId, input, opened);
    if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
    switch (outcome.kind) {
      case 'problemInvalid':
        return [card(turn.env.cards.render('problem-form', toProblemFormView(t, outcome.projectId, input, outcome.errors, '', { criteria: outcome.criteria, problemId, ...(data.opened ? { opened: data.opened } : {}) })))];
      case 'problemChangedMeanwhile':
        return [editForm(turn, outcome.problem, outcome.criteria, t.problems.changedMeanwhile(fieldNames(t, outcome.fields, outcome.criteria)))];
      case 'duplicateProblem':
        return [text(t.problems.duplicate)];
      case 'problemChanged':
        return myProblemsReplies(turn, request, 0, t.problems.changed(outcome.problem.description));
      default:
        return [text(ownRefusalText(t, outcome))];
    }
  }
  const outcome = await submitProblem(turn.env.deps, request, input);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  switch (outcome.kind) {
    case 'inputClosed':
      return [text(closedText(t, outcome, false))];
    case 'problemInvalid':
      return [card(turn.env.cards.render('problem-form', toProblemFormView(t, outcome.projectId, input, outcome.errors, '', { criteria: outcome.criteria })))];
    case 'problemSaved':
      return [
        card(turn.env.cards.render('problem-form', toProblemFormView(t, outcome.projectId, {}, [], t.problems.saved(outcome.problem.description), { criteria: outcome.criteria }))),
      ];
  }
}

/** "Mijn problemen": only the caller's own entries. */
export async function myProblemsAction(
  turn: Turn,
  data: { projectId: string; page?: number | undefined },
): Promise<Reply[]> {
  return myProblemsReplies(turn, turn.request(data.projectId), data.page ?? 0);
}

/** "Wijzigen": the form, prefilled with the caller's own entry. */
export async function editProblemAction(
  turn: Turn,
  data: { projectId: string; problemId: string },
): Promise<Reply[]> {
  const outcome = await openOwnProblem(turn.env.deps, turn.request(data.projectId), data.problemId);
  if (isRefusal(outcome)) return [text(refusalText(problemCatalog(turn.t), outcome))];
  if (outcome.kind !== 'own') return [text(ownRefusalText(problemCatalog(turn.t), outcome))];
  return [editForm(turn, outcome.problem, outcome.criteria)];
}

/** The form prefilled with one's own entry as stored, knowing those values as the ones it was opened with. */
function editForm(turn: Turn, problem: Problem, criteria: readonly ProblemCriterion[], notice = ''): Reply {
  const typed: ProblemInput = { ...problem, ...(problem.extra ? { extra: problem.extra } : {}) };
  const opened = JSON.stringify(problemFormValues(typed));
  return card(turn.env.cards.render('problem-form', toProblemFormView(problemCatalog(turn.t), problem.projectId, typed, [], notice, { criteria, problemId: problem.id, opened })));
}

/** The form's fields by the names the form shows. */
function fieldNames(t: ProblemCatalog, fields: readonly string[], criteria: readonly ProblemCriterion[]): string {
  const labels: Record<string, string> = { description: t.problems.description, likelihood: t.problems.likelihood, consequences: t.problems.consequences, priority: t.problems.priority };
  return fields.map((f) => labels[f] ?? criteria.find((c) => criterionInputId(c) === f)?.name ?? f).join(', ');
}

/** "Verwijderen": removes the caller's own entry and shows what is left. */
export async function deleteProblemAction(
  turn: Turn,
  data: { projectId: string; problemId: string },
): Promise<Reply[]> {
  const request = turn.request(data.projectId);
  const outcome = await deleteProblem(turn.env.deps, request, data.problemId);
  if (isRefusal(outcome)) return [text(refusalText(problemCatalog(turn.t), outcome))];
  // Already gone (a second press, or the same press delivered again): the list as it is, saying so.
  if (outcome.kind === 'problemGone') return myProblemsReplies(turn, request, 0, problemCatalog(turn.t).problems.gone);
  if (outcome.kind !== 'problemDeleted') return [text(ownRefusalText(problemCatalog(turn.t), outcome))];
  return myProblemsReplies(turn, request, 0, problemCatalog(turn.t).problems.deleted(outcome.problem.description));
}

/**
 * `mijn problemen` typed in the channel: the answer would be in the channel for everyone, so it is
 * the step card, whose "Mijn problemen" shows one's own problems to oneself alone.
 */
export async function myProblemsCommand(turn: Turn): Promise<Reply[]> {
  const t = problemCatalog(turn.t);
  const access = await openProject(turn.env.deps, turn.request(), 'participant');
  if (access.kind !== 'granted') return [text(refusalText(t, access))];
  const step = stepOf(access.project.doc.steps, 2);
  if (step.status === 'notOpen') return [text(t.problems.mineNotOpen)];
  return [text(t.problems.mineTyped), card(renderStepCard(turn, access.project.doc.id, step))];
}
