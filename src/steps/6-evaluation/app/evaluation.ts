import { priorityItemsOf } from '../../2-problems';
import { goalsOf } from '../../4-goals';
import type { AppDeps } from '../../../kernel/deps';
import { unchangedApartFrom } from '../../../kernel/unchanged';
import { stepOf, type StepState } from '../../../kernel/steps';
import { createOrReplace, retryOnStale } from '../../../platform/store/retry-on-stale';
import {
  openProject, readProject, readStepDocument, startFollowUpProject, type Project, type ProjectRequest, type Refusal, type StepDocumentSpec, type StoredStepDocument,
} from '../../../project';
import {
  CYCLE_ID, EVALUATION_WORK_ID, initialEvaluationWork, readYesNo, type CycleLink, type EvaluationWork, type GoalEvaluation,
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

/** `evaluatie <doel> | bereikt | <hoe gemeten> | tevreden | <waarom>` (S6.3): the leader saves one row of the table; again to change it. */
export function saveEvaluation(deps: AppDeps, request: ProjectRequest, rest: string, words: YesNoWords): Promise<EvaluationOutcome> {
  return retryOnStale<EvaluationOutcome>(3, async () => {
    const access = await openProject(deps, request, 'leader');
    if (access.kind !== 'granted') return access;
    const project = access.project.doc;
    if (!step6Open(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 6) };
    const [goalText = '', reachedText = '', how = '', satisfiedText = '', why = '', ...extra] = rest.split('|').map((p) => p.trim());
    if (extra.length > 0 || how === '' || why === '') return { kind: 'format' };
    const goals = await goalsOf(deps, project);
    const number = goalText.replace(/^(doel|goal)\s+/i, '');
    const goal = goals.find((g) => String(g.number) === number);
    if (!goal) return { kind: 'unknownGoal', text: number };
    const reached = readYesNo(reachedText, words.reached, words.notReached);
    if (reached === undefined) return { kind: 'reached', text: reachedText };
    const satisfied = readYesNo(satisfiedText, words.satisfied, words.notSatisfied);
    if (satisfied === undefined) return { kind: 'satisfied', text: satisfiedText };
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

export async function cycleLinkOf(deps: Pick<AppDeps, 'store'>, project: Project): Promise<CycleLink | undefined> {
  return (await deps.store.read<CycleLink>(project.id, CYCLE_ID))?.doc;
}

/**
 * `nieuwe cyclus` (S6.2 "is een nieuwe cyclus nodig?"): a follow-up project in the same channel
 * with the participants, the problems of the priority list and the goals not evaluated as reached.
 * The follow-up is written into step 6's state first, on the version read, so a second request
 * finds it and starts nothing.
 */
export function startNewCycle(deps: AppDeps, request: ProjectRequest, nameFor: (name: string, cycle: number) => string): Promise<CycleOutcome> {
  return retryOnStale<CycleOutcome>(3, async () => {
    const access = await openProject(deps, request, 'leader');
    if (access.kind !== 'granted') return access;
    const project = access.project.doc;
    const link = await cycleLinkOf(deps, project);
    if (!step6Open(project)) return link ? { kind: 'cycleRunning', startedAt: link.createdAt } : { kind: 'cycleNotYet', step: stepOf(project.steps, 6) };
    const { work, etag } = await readEvaluationWork(deps, project);
    if (work.followUp) return { kind: 'cycleRunning', startedAt: work.followUp.startedAt };
    const [problems, goals] = await Promise.all([priorityItemsOf(deps, project), goalsOf(deps, project)]);
    const reached = new Set(work.evaluations.filter((e) => e.reached).map((e) => e.goalId));
    const cycle = (link?.cycle ?? 1) + 1;
    const previousName = project.profile?.name ?? '';
    const baseName = previousName.replace(/\s*\((cyclus|cycle) \d+\)$/, '');
    const now = deps.clock().toISOString();
    const placeholder = deps.newId();
    await createOrReplace(deps.store, { ...work, followUp: { projectId: placeholder, startedAt: now, startedBy: access.me.name }, updatedAt: now }, etag);
    const next = await startFollowUpProject(deps, project, nameFor(baseName, cycle));
    if (!next) return { kind: 'cycleRunning', startedAt: now };
    const fresh = await readEvaluationWork(deps, project);
    if (fresh.etag) await deps.store.replace({ ...fresh.work, followUp: { projectId: next.id, startedAt: now, startedBy: access.me.name } }, fresh.etag);
    const carried: CycleLink = {
      type: 'stepWork', id: CYCLE_ID, projectId: next.id, previousProjectId: project.id, previousName, cycle,
      problems: problems.map((p) => p.name),
      openGoals: goals.filter((g) => !reached.has(g.id)).map((g) => ({ what: g.what, indicator: g.indicator, startValue: g.startValue, targetValue: g.targetValue })),
      createdAt: now,
    };
    await deps.store.create(carried);
    return { kind: 'cycleStarted', project: next, link: carried };
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
