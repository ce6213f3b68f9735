import { createHash } from 'node:crypto';
import { criteriaFor } from './step-work';
import { nextProblemNumber } from './problem-numbers';
import type { ProblemCriterion } from '../domain/criteria';
import { sameDescription, validateProblem, withExtra, type Problem, type ProblemFieldError, type ProblemInput } from '../domain/problem';
import { acceptsInput, stepOf, type StepState } from '../../../kernel/steps';
import { DocumentExistsError } from '../../../platform/store/port';
import type { AppDeps } from '../../../kernel/deps';
import { openProject, type ProjectRequest, type Refusal } from '../../../project';

export type SubmitProblemOutcome =
  | { readonly kind: 'problemSaved'; readonly problem: Problem; readonly projectId: string; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'problemInvalid'; readonly errors: readonly ProblemFieldError[]; readonly projectId: string; readonly criteria: readonly ProblemCriterion[] }
  | { readonly kind: 'inputClosed'; readonly step: StepState };

/** Ids tried for one author and text; more than one only when an edited entry already holds the first. */
const ID_ATTEMPTS = 5;

/** Case and spacing do not count, as for sameDescription: the same text gives the same id. */
const problemId = (author: string, description: string, attempt: number): string => {
  const seed = `${author}\n${description.replace(/\s+/g, ' ').toLowerCase()}${attempt > 0 ? `\n${attempt}` : ''}`;
  return `problem-${createHash('sha256').update(seed).digest('hex').slice(0, 32)}`;
};

/** A delivered activity as a counting key; none without an activity id. */
const onceKey = (activityId: string | undefined): string | undefined =>
  activityId ? createHash('sha256').update(`activity\n${activityId}`).digest('hex').slice(0, 32) : undefined;

/** How long a redelivery waits for its first delivery, still busy at the same moment, to store the entry. */
const FIRST_DELIVERY_WAIT_MS = [50, 100, 200, 400, 800];

/**
 * The entry a first delivery of the same activity stored (by its deterministic id). Undefined when
 * that delivery never got as far: then this one enters the problem itself, with a number of its own.
 */
async function storedByFirstDelivery(deps: Pick<AppDeps, 'store'>, projectId: string, author: string, description: string): Promise<Problem | undefined> {
  for (const wait of [0, ...FIRST_DELIVERY_WAIT_MS]) {
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      const found = await deps.store.read<Problem>(projectId, problemId(author, description, attempt));
      if (!found) break;
      if (sameDescription(found.doc.description, description)) return found.doc;
    }
  }
  return undefined;
}

/**
 * A participant enters a problem (S2.1). The deadline is checked here, where the entry is
 * written, so an old card, a retried request or another conversation cannot get around it.
 * The id comes from the author and the text, so a double submit meets the entry already there
 * when it is created: nothing of the project is listed, whatever its size. Because an edit keeps
 * its id, that id may now hold another text: then the next id in the row is used, which is just as
 * deterministic, so a double submit still stores one.
 */
export async function submitProblem(deps: AppDeps, request: ProjectRequest, input: ProblemInput): Promise<SubmitProblemOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const now = deps.clock();
  const step = stepOf(project.steps, 2);
  if (!acceptsInput(step, now)) return { kind: 'inputClosed', step };
  // The fixed fields first: a form sent without them takes no number.
  if (!validateProblem({ ...input, extra: {} }).ok) {
    const criteria = await criteriaFor(deps, project);
    const errors = validateProblem(input, criteria);
    return { kind: 'problemInvalid', errors: errors.ok ? [] : errors.error, projectId: project.id, criteria };
  }
  // Numbered once per delivered activity: a redelivery finds the entry its first delivery stored.
  const numbered = await nextProblemNumber(deps, project, onceKey(request.activityId));
  if (numbered.kind === 'alreadyNumbered') {
    const stored = await storedByFirstDelivery(deps, project.id, access.me.key, (input.description ?? '').trim());
    if (stored) return { kind: 'problemSaved', problem: stored, projectId: project.id, criteria: await criteriaFor(deps, project) };
  }
  const { number, work } = numbered.kind === 'numbered' ? numbered : await nextProblemNumber(deps, project);
  const criteria = work.criteria;
  const valid = validateProblem(input, criteria);
  if (!valid.ok) return { kind: 'problemInvalid', errors: valid.error, projectId: project.id, criteria };
  const { extra, ...typing } = valid.value;
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const problem = withExtra(
      {
        type: 'entry',
        kind: 'problem',
        id: problemId(access.me.key, typing.description, attempt),
        projectId: project.id,
        step: 2,
        author: access.me.key,
        number,
        organisation: access.me.organisation,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        ...typing,
      },
      extra,
    );
    try {
      await deps.store.create(problem);
      return { kind: 'problemSaved', problem, projectId: project.id, criteria };
    } catch (error) {
      if (!(error instanceof DocumentExistsError)) throw error;
      const taken = await deps.store.read<Problem>(project.id, problem.id);
      if (!taken || sameDescription(taken.doc.description, typing.description)) {
        return { kind: 'problemSaved', problem: taken?.doc ?? problem, projectId: project.id, criteria };
      }
    }
  }
  throw new Error(`no free id for a problem in ${project.id}`);
}
