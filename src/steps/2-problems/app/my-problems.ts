import { criteriaFor } from './step-work';
import type { ProblemCriterion } from '../domain/criteria';
import type { PersonKey } from '../../../kernel/person';
import type { Problem } from '../domain/problem';
import type { Project } from '../../../project';
import { acceptsInput, stepOf, type StepState } from '../../../kernel/steps';
import type { Versioned } from '../../../platform/store/port';
import type { AppDeps } from '../../../kernel/deps';
import { openProject, type Granted, type ProjectRequest, type Refusal } from '../../../project';

const isProblem = (doc: { readonly kind?: unknown }): doc is Problem => doc.kind === 'problem';

/** One author's problems in a project, oldest first: only their own entries are read. */
export async function problemsBy(deps: Pick<AppDeps, 'store'>, projectId: string, author: PersonKey): Promise<Versioned<Problem>[]> {
  const mine = await deps.store.listEntries<Problem>(projectId, { kind: 'problem', author });
  return mine.sort((a, b) => a.doc.createdAt.localeCompare(b.doc.createdAt) || a.doc.number - b.doc.number || a.doc.id.localeCompare(b.doc.id));
}

export type MyProblemsOutcome = {
  readonly kind: 'myProblems';
  readonly project: Project;
  readonly problems: readonly Problem[];
  readonly criteria: readonly ProblemCriterion[];
  /** Whether step 2 still takes input, so the card offers "Wijzigen"/"Verwijderen" only then. */
  readonly editable: boolean;
  /** Step 2 has not been opened yet (a new cycle starts with the previous list as the leader's problems). */
  readonly notOpenYet: boolean;
};

/** "Mijn problemen": only the caller's own entries, never other people's drafts. */
export async function listMyProblems(deps: AppDeps, request: ProjectRequest): Promise<MyProblemsOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const problems = await problemsBy(deps, project.id, access.me.key);
  const step = stepOf(project.steps, 2);
  const editable = acceptsInput(step, deps.clock());
  return { kind: 'myProblems', project, problems: problems.map((p) => p.doc), criteria: await criteriaFor(deps, project), editable, notOpenYet: step.status === 'notOpen' };
}

/** Why one's own entry cannot be changed right now; nothing is changed in any of these cases. */
export type OwnProblemRefusal =
  | { readonly kind: 'inputClosed'; readonly step: StepState }
  | { readonly kind: 'problemGone'; readonly projectId: string }
  | { readonly kind: 'notAuthor'; readonly projectId: string };

/**
 * The checks every change of an existing entry makes where it is written: step 2 takes input,
 * the entry exists in this project's partition (an id from another project is simply not
 * there), and the caller wrote it.
 */
export async function readOwnProblem(
  deps: AppDeps,
  access: Granted,
  problemId: string,
): Promise<{ readonly kind: 'own'; readonly entry: Versioned<Problem> } | OwnProblemRefusal> {
  const project = access.project.doc;
  const step = stepOf(project.steps, 2);
  if (!acceptsInput(step, deps.clock())) return { kind: 'inputClosed', step };
  const entry = await deps.store.read<Problem>(project.id, problemId);
  if (!entry || entry.doc.type !== 'entry' || !isProblem(entry.doc)) return { kind: 'problemGone', projectId: project.id };
  if (entry.doc.author !== access.me.key) return { kind: 'notAuthor', projectId: project.id };
  return { kind: 'own', entry };
}

/** The edit form's starting point: the caller's own entry, while step 2 takes input. */
export async function openOwnProblem(
  deps: AppDeps,
  request: ProjectRequest,
  problemId: string,
): Promise<{ readonly kind: 'own'; readonly problem: Problem; readonly criteria: readonly ProblemCriterion[] } | OwnProblemRefusal | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const own = await readOwnProblem(deps, access, problemId);
  if (own.kind !== 'own') return own;
  return { kind: 'own', problem: own.entry.doc, criteria: await criteriaFor(deps, access.project.doc) };
}
