import { createHash } from 'node:crypto';
import { priorityItemsOf, type PriorityItem } from '../../2-problems';
import { amsterdamDate } from '../../../kernel/calendar-date';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import { DocumentExistsError } from '../../../platform/store/port';
import { cycleLinkOf, openProject, type CarriedGoal, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { inOrder, sameGoal, validateGoal, type Goal, type GoalFieldError, type GoalInput } from '../domain/goal';
import { goalsWorkOpen, type StepNotOpen } from './goals-work-store';

/** Every goal of the project in the order saved: "Doel 1" is the first. */
export async function goalsOfProject(deps: Pick<AppDeps, 'store'>, projectId: string): Promise<Goal[]> {
  return inOrder((await deps.store.listEntries<Goal>(projectId, { kind: 'goal' })).map((e) => e.doc));
}

export type SubmitGoalOutcome =
  | { readonly kind: 'goalSaved'; readonly goal: Goal; readonly number: number; readonly project: Project; readonly problems: readonly PriorityItem[] }
  | { readonly kind: 'goalInvalid'; readonly errors: readonly GoalFieldError[]; readonly project: Project; readonly problems: readonly PriorityItem[] }
  | StepNotOpen;

const ID_ATTEMPTS = 5;
const goalId = (what: string, attempt: number): string =>
  `goal-${createHash('sha256').update(`${what.trim().replace(/\s+/g, ' ').toLowerCase()}${attempt > 0 ? `\n${attempt}` : ''}`).digest('hex').slice(0, 32)}`;

/**
 * The leader saves one SMART goal (S4.1); after it the next can be entered. A goal missing an
 * element is refused with the elements it lacks. The id comes from the text, so a double click
 * saves it once.
 */
export async function submitGoal(deps: AppDeps, request: ProjectRequest, input: GoalInput): Promise<SubmitGoalOutcome | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (!goalsWorkOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 4) };
  const problems = await priorityItemsOf(deps, project);
  const now = deps.clock();
  const valid = validateGoal(input, { problemIds: problems.map((p) => p.id), today: amsterdamDate(now) });
  if (!valid.ok) return { kind: 'goalInvalid', errors: valid.error, project, problems };
  const goals = await goalsOfProject(deps, project.id);
  const numbered = (goal: Goal): SubmitGoalOutcome => ({ kind: 'goalSaved', goal, number: goals.findIndex((g) => g.id === goal.id) + 1 || goals.length + 1, project, problems });
  const twin = goals.find((g) => sameGoal(g.what, valid.value.what));
  if (twin) return numbered(twin);
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const goal: Goal = {
      type: 'entry', kind: 'goal', id: goalId(valid.value.what, attempt), projectId: project.id, step: 4, author: access.me.key, organisation: access.me.organisation,
      createdAt: now.toISOString(), updatedAt: now.toISOString(), ...valid.value,
    };
    try {
      await deps.store.create(goal);
      return numbered(goal);
    } catch (error) {
      if (!(error instanceof DocumentExistsError)) throw error;
      const taken = await deps.store.read<Goal>(project.id, goal.id);
      if (!taken || sameGoal(taken.doc.what, goal.what)) return numbered(taken?.doc ?? goal);
    }
  }
  throw new Error(`no free id for a goal in ${project.id}`);
}

export interface GoalsOutcome {
  readonly kind: 'goals';
  readonly project: Project;
  readonly goals: readonly Goal[];
  readonly problems: readonly PriorityItem[];
  readonly isLeader: boolean;
  readonly open: boolean;
  /** The previous cycle's goals not reached and not taken over yet, with their place in that list. */
  readonly carried: readonly (CarriedGoal & { readonly index: number })[];
}

/** A new cycle's goals not reached in the previous one, until a goal with the same text is saved here. */
async function carriedGoalsOf(deps: Pick<AppDeps, 'store'>, project: Project, goals: readonly Goal[]): Promise<GoalsOutcome['carried']> {
  const link = await cycleLinkOf(deps, project);
  return (link?.openGoals ?? []).map((goal, index) => ({ ...goal, index })).filter((c) => !goals.some((g) => sameGoal(g.what, c.what)));
}

/** `doelen`: every participant sees the goals; the leader also gets the button for the next one. */
export async function listGoals(deps: AppDeps, request: ProjectRequest): Promise<GoalsOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const [goals, problems] = await Promise.all([goalsOfProject(deps, project.id), priorityItemsOf(deps, project)]);
  const carried = await carriedGoalsOf(deps, project, goals);
  return { kind: 'goals', project, goals, problems, isLeader: access.me.role === 'leader', open: goalsWorkOpen(project), carried };
}

/** The goal form, for the leader while step 4 is opened: empty, or filled with a goal of the previous cycle. */
export type GoalFormOutcome =
  | { readonly kind: 'form'; readonly project: Project; readonly problems: readonly PriorityItem[]; readonly carried?: CarriedGoal }
  | { readonly kind: 'carriedGone' }
  | StepNotOpen;

/** `carried`: the place of a goal in the previous cycle's list of goals not reached (the "Overnemen" button). */
export async function goalFormFor(deps: AppDeps, request: ProjectRequest, carried?: number): Promise<GoalFormOutcome | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (!goalsWorkOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 4) };
  const problems = await priorityItemsOf(deps, project);
  if (carried === undefined) return { kind: 'form', project, problems };
  const goal = (await carriedGoalsOf(deps, project, await goalsOfProject(deps, project.id))).find((c) => c.index === carried);
  return goal ? { kind: 'form', project, problems, carried: goal } : { kind: 'carriedGone' };
}
