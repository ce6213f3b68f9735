import { criteriaFor } from './step-work';
import type { ProblemCriterion } from '../domain/criteria';
import { problemFormFields, problemFormValues, problemInputOf, sameDescription, validateProblem, withExtra, type Problem, type ProblemFieldError, type ProblemInput } from '../domain/problem';
import { mergeFormChange } from '../../../kernel/form-change';
import { DocumentNotFoundError } from '../../../platform/store/port';
import { retryOnStale } from '../../../platform/store/retry-on-stale';
import type { AppDeps } from '../../../kernel/deps';
import { unchangedApartFrom } from '../../../kernel/unchanged';
import { problemsBy, readOwnProblem, type OwnProblemRefusal } from './my-problems';
import { openProject, type ProjectRequest, type Refusal } from '../../../project';

/** A stale etag means the author saved from two cards at once: read again once, then give up. */
const ATTEMPTS = 2;

export type EditProblemOutcome =
  | { readonly kind: 'problemChanged'; readonly problem: Problem; readonly projectId: string }
  | { readonly kind: 'problemInvalid'; readonly errors: readonly ProblemFieldError[]; readonly projectId: string; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'duplicateProblem'; readonly projectId: string }
  /** Changed from another card since this form was opened, in fields this form changed too: nothing saved. */
  | { readonly kind: 'problemChangedMeanwhile'; readonly fields: readonly string[]; readonly problem: Problem; readonly criteria: readonly ProblemCriterion[] }
  | OwnProblemRefusal;

export type DeleteProblemOutcome = { readonly kind: 'problemDeleted'; readonly problem: Problem; readonly projectId: string } | OwnProblemRefusal;

/** Values of criteria the leader has since removed stay on the entry; the current ones are replaced. */
function mergeExtra(old: Problem, criteria: readonly ProblemCriterion[], chosen: Readonly<Record<string, string>>): Record<string, string> {
  const kept = Object.entries(old.extra ?? {}).filter(([id]) => !criteria.some((c) => c.id === id));
  return { ...Object.fromEntries(kept), ...chosen };
}

/**
 * The author changes their own entry until the deadline. The entry keeps its id, so a later
 * double submit of the old text may create a new entry (submit-problem.ts handles that).
 * A text equal to another of the author's own entries is refused rather than merged: merging
 * would silently drop one entry's typing, and the author can simply delete the one they don't want.
 * With the values the form was opened with (`opened`), only the fields changed on it are saved.
 */
export async function editProblem(
  deps: AppDeps,
  request: ProjectRequest,
  problemId: string,
  typed: ProblemInput,
  opened?: Readonly<Partial<Record<string, string>>>,
): Promise<EditProblemOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const criteria = await criteriaFor(deps, project);
  return retryOnStale<EditProblemOutcome | Refusal>(
    ATTEMPTS,
    async () => {
      const own = await readOwnProblem(deps, access, problemId);
      if (own.kind !== 'own') return own;
      const fields = problemFormFields(criteria);
      const merged = opened ? mergeFormChange(fields, opened, problemFormValues(typed), problemFormValues(own.entry.doc)) : undefined;
      if (merged?.kind === 'conflict') return { kind: 'problemChangedMeanwhile', fields: merged.fields, problem: own.entry.doc, criteria };
      const input = merged ? problemInputOf(merged.values) : typed;
      const valid = validateProblem(input, criteria);
      if (!valid.ok) return { kind: 'problemInvalid', errors: valid.error, projectId: project.id, criteria };
      const mine = await problemsBy(deps, project.id, access.me.key);
      if (mine.some((p) => p.doc.id !== problemId && sameDescription(p.doc.description, valid.value.description))) {
        return { kind: 'duplicateProblem', projectId: project.id };
      }
      const { extra: chosen, ...typing } = valid.value;
      const updated = withExtra({ ...own.entry.doc, ...typing, updatedAt: deps.clock().toISOString() }, mergeExtra(own.entry.doc, criteria, chosen));
      if (unchangedApartFrom(own.entry.doc, updated, ['updatedAt'])) return { kind: 'problemChanged', problem: own.entry.doc, projectId: project.id };
      if (!(await writeUnlessGone(() => deps.store.replace(updated, own.entry.etag)))) return { kind: 'problemGone', projectId: project.id };
      return { kind: 'problemChanged', problem: updated, projectId: project.id };
    },
    () => ({ kind: 'conflict' }),
  );
}

/** The author removes their own entry until the deadline; a second delete finds nothing and says so. */
export async function deleteProblem(deps: AppDeps, request: ProjectRequest, problemId: string): Promise<DeleteProblemOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const projectId = access.project.doc.id;
  return retryOnStale<DeleteProblemOutcome | Refusal>(
    ATTEMPTS,
    async () => {
      const own = await readOwnProblem(deps, access, problemId);
      if (own.kind !== 'own') return own;
      if (!(await writeUnlessGone(() => deps.store.remove(projectId, problemId, own.entry.etag)))) return { kind: 'problemGone', projectId };
      return { kind: 'problemDeleted', problem: own.entry.doc, projectId };
    },
    () => ({ kind: 'conflict' }),
  );
}

/** False when the entry was deleted in between (e.g. from another card); a stale version still throws, to be retried. */
async function writeUnlessGone(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof DocumentNotFoundError) return false;
    throw error;
  }
}
