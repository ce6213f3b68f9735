import { carryPriorityProblems, priorityItemsOf } from '../../2-problems';
import { goalsOf } from '../../4-goals';
import type { AppDeps } from '../../../kernel/deps';
import { unchangedApartFrom } from '../../../kernel/unchanged';
import { stepOf, type StepState } from '../../../kernel/steps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import {
  cycleLinkOf, openProject, readProject, readStepDocument, startFollowUpProject, type Project, type ProjectRequest, type Refusal, type StepDocumentSpec, type StoredStepDocument, type CycleLink,
} from '../../../project';
import {
  EVALUATION_WORK_ID, initialEvaluationWork, readYesNo, type EvaluationWork, type GoalEvaluation,
} from '../domain/evaluation-work';
import type { NumberedGoal } from './monitoring';

const EVALUATION_WORK: StepDocumentSpec<EvaluationWork> = { id: EVALUATION_WORK_ID, initial: initialEvaluationWork };

export const readEvaluationWork = (deps: Pick<AppDeps, 'store'>, project: Project): Promise<StoredStepDocument<EvaluationWork>> =>
  readStepDocument(deps, project, EVALUATION_WORK);


const step6Open = (project: Project): boolean => stepOf(project.steps, 6).status !== 'notOpen';

export type EvaluationRefusal =
  | { readonly kind: 'format' }
  | { readonly kind: 'unknownGoal'; readonly text: string }
  | { readonly kind: 'reached'; readonly text: string }
  | { readonly kind: 'satisfied'; readonly text: string }
  | { readonly kind: 'stepNotOpen'; readonly step: StepState };

export type EvaluationOutcome =
  | { readonly kind: 'evaluationSaved'; readonly goal: NumberedGoal; readonly evaluated: number; readonly total: number; readonly project: Project }
  | EvaluationRefusal
  | Refusal;

export interface YesNoWords {
  readonly reached: readonly string[];
  readonly notReached: readonly string[];
  readonly satisfied: readonly string[];
  readonly notSatisfied: readonly string[];
}

/** One row of the evaluation table as typed or as filled in on the form. */
export interface EvaluationInput {
  readonly goal: string;
  readonly reached: string;
  readonly how: string;
  readonly satisfied: string;
  readonly why: string;
}

/** `<doel> | bereikt | <hoe gemeten> | tevreden | <waarom>`; undefined when it does not have that shape. */
export function parseEvaluationCommand(rest: string): EvaluationInput | undefined {
  const [goal = '', reached = '', how = '', satisfied = '', why = '', ...extra] = rest.split('|').map((p) => p.trim());
  return extra.length > 0 ? undefined : { goal, reached, how, satisfied, why };
}

/** The leader saves one row of the evaluation table (S6.3), typed or from the form; again to change it. */
export function saveEvaluation(deps: AppDeps, request: ProjectRequest, input: EvaluationInput | undefined, words: YesNoWords): Promise<EvaluationOutcome> {
  return retryOnStale<EvaluationOutcome>(3, async () => {
    const access = await openProject(deps, request, 'leader');
    if (access.kind !== 'granted') return access;
    const project = access.project.doc;
    if (!step6Open(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 6) };
    const how = input?.how.trim() ?? '';
    const why = input?.why.trim() ?? '';
    if (!input || how === '' || why === '') return { kind: 'format' };
    const goals = await goalsOf(deps, project);
    const number = input.goal.trim().replace(/^(doel|goal)\s+/i, '');
    const goal = goals.find((g) => String(g.number) === number);
    if (!goal) return { kind: 'unknownGoal', text: number };
    const reached = readYesNo(input.reached, words.reached, words.notReached);
    if (reached === undefined) return { kind: 'reached', text: input.reached };
    const satisfied = readYesNo(input.satisfied, words.satisfied, words.notSatisfied);
    if (satisfied === undefined) return { kind: 'satisfied', text: input.satisfied };
    const now = deps.clock().toISOString();
    const { work, etag } = await readEvaluationWork(deps, project);
    const row: GoalEvaluation = { goalId: goal.id, reached, measuredHow: how, satisfied, why, savedBy: access.me.name, savedAt: now };
    const before = work.evaluations.find((e) => e.goalId === goal.id);
    const evaluations = [...work.evaluations.filter((e) => e.goalId !== goal.id), row];
    // The same row again (a redelivered command) is already saved: nothing to write.
    if (!before || !unchangedApartFrom(before, row, ['savedAt'])) await createOrReplace(deps.store, { ...work, evaluations, updatedAt: now }, etag);
    return { kind: 'evaluationSaved', goal, evaluated: goals.filter((g) => evaluations.some((e) => e.goalId === g.id)).length, total: goals.length, project };
  }, () => ({ kind: 'conflict' }));
}

export type EvaluationForm =
  | { readonly kind: 'evaluationForm'; readonly project: Project; readonly goal: NumberedGoal; readonly row: GoalEvaluation | undefined }
  | { readonly kind: 'unknownGoal'; readonly text: string }
  | { readonly kind: 'stepNotOpen'; readonly step: StepState };

/** The form for one goal's row, filled with what was saved before; for the leader while step 6 is opened. */
export async function evaluationFormFor(deps: AppDeps, request: ProjectRequest, goalText: string): Promise<EvaluationForm | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (!step6Open(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 6) };
  const goal = (await goalsOf(deps, project)).find((g) => String(g.number) === goalText.trim());
  if (!goal) return { kind: 'unknownGoal', text: goalText };
  const { work } = await readEvaluationWork(deps, project);
  return { kind: 'evaluationForm', project, goal, row: work.evaluations.find((e) => e.goalId === goal.id) };
}

export interface EvaluationTable {
  readonly kind: 'table';
  readonly project: Project;
  readonly goals: readonly NumberedGoal[];
  readonly evaluations: readonly GoalEvaluation[];
}

export async function evaluationTableOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<EvaluationTable> {
  const [goals, { work }] = await Promise.all([goalsOf(deps, project), readEvaluationWork(deps, project)]);
  return { kind: 'table', project, goals, evaluations: work.evaluations };
}

/** `evaluatie`: every participant sees the table, the project's result. */
export async function showEvaluation(deps: AppDeps, request: ProjectRequest): Promise<EvaluationTable | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  return evaluationTableOf(deps, access.project.doc);
}

export type CycleOutcome =
  | { readonly kind: 'cycleStarted'; readonly project: Project; readonly link: CycleLink }
  | { readonly kind: 'cycleNotYet'; readonly step: StepState }
  | { readonly kind: 'cycleRunning'; readonly startedAt: string }
  | Refusal;

/**
 * `nieuwe cyclus` (S6.2 "is een nieuwe cyclus nodig?"): a follow-up project in the same channel
 * with the participants, the problems of the priority list (as step 2 problems of the leader's)
 * and the goals not evaluated as reached. The plan is written into step 6's state first, on the
 * version read, so a second request finds it; while the channel has not moved on yet, asking
 * again resumes the start where it stopped instead of refusing.
 */
export function startNewCycle(deps: AppDeps, request: ProjectRequest, nameFor: (name: string, cycle: number) => string): Promise<CycleOutcome> {
  return retryOnStale<CycleOutcome>(3, async () => {
    const access = await openProject(deps, request, 'leader');
    if (access.kind !== 'granted') return access;
    const project = access.project.doc;
    const link = await cycleLinkOf(deps, project);
    if (!step6Open(project)) return link ? { kind: 'cycleRunning', startedAt: link.createdAt } : { kind: 'cycleNotYet', step: stepOf(project.steps, 6) };
    const { work, etag } = await readEvaluationWork(deps, project);
    const followUp = work.followUp ?? { projectId: deps.newId(), startedAt: deps.clock().toISOString(), startedBy: access.me.name };
    if (!work.followUp) await createOrReplace(deps.store, { ...work, followUp, updatedAt: followUp.startedAt }, etag);
    const [problems, goals] = await Promise.all([priorityItemsOf(deps, project), goalsOf(deps, project)]);
    const reached = new Set(work.evaluations.filter((e) => e.reached).map((e) => e.goalId));
    const cycle = (link?.cycle ?? 1) + 1;
    const baseName = (project.profile?.name ?? '').replace(/\s*\((cyclus|cycle) \d+\)$/, '');
    const started = await startFollowUpProject(deps, project, {
      id: followUp.projectId,
      name: nameFor(baseName, cycle),
      cycle,
      startedAt: followUp.startedAt,
      problems: problems.map((p) => p.name),
      openGoals: goals.filter((g) => !reached.has(g.id)).map((g) => ({ what: g.what, indicator: g.indicator, startValue: g.startValue, targetValue: g.targetValue })),
    }, async (next) => {
      await carryPriorityProblems(deps, project, next);
    });
    return started.kind === 'started' ? { kind: 'cycleStarted', project: started.project, link: started.link } : { kind: 'cycleRunning', startedAt: followUp.startedAt };
  }, () => ({ kind: 'conflict' }));
}

export type PreviousCycle =
  | { readonly kind: 'previous'; readonly link: CycleLink; readonly previous: Project; readonly table: EvaluationTable }
  | { readonly kind: 'noPrevious' }
  | Refusal;

/** `vorige cyclus`: the finished cycle's result and what this cycle carried over. */
export async function showPreviousCycle(deps: AppDeps, request: ProjectRequest): Promise<PreviousCycle> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const link = await cycleLinkOf(deps, access.project.doc);
  const previous = link ? await readProject(deps, link.previousProjectId) : undefined;
  if (!link || !previous) return { kind: 'noPrevious' };
  return { kind: 'previous', link, previous, table: await evaluationTableOf(deps, previous) };
}
