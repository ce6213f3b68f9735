import { createHash } from 'node:crypto';
import { validateProblem, type Problem, type ProblemFieldError, type ProblemInput } from '../domain/problem';
import { acceptsInput, stepOf, type StepState } from '../domain/steps';
import { DocumentExistsError } from '../store/port';
import type { AppDeps } from './deps';
import { openProject, type ProjectRequest, type Refusal } from './project-access';

export type SubmitProblemOutcome =
  | { readonly kind: 'problemSaved'; readonly problem: Problem; readonly projectId: string }
  | { readonly kind: 'problemInvalid'; readonly errors: readonly ProblemFieldError[]; readonly projectId: string }
  | { readonly kind: 'inputClosed'; readonly step: StepState };

/**
 * A participant enters a problem (S2.1). The deadline is checked here, where the entry is
 * written, so an old card, a retried request or another conversation cannot get around it.
 * The id comes from the author and the text, so a double submit stores one entry.
 */
export async function submitProblem(deps: AppDeps, request: ProjectRequest, input: ProblemInput): Promise<SubmitProblemOutcome | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const now = deps.clock();
  const step = stepOf(project.steps, 2);
  if (!acceptsInput(step, now)) return { kind: 'inputClosed', step };
  const valid = validateProblem(input);
  if (!valid.ok) return { kind: 'problemInvalid', errors: valid.error, projectId: project.id };
  const fingerprint = createHash('sha256').update(`${access.me.key}\n${valid.value.description.toLowerCase()}`).digest('hex').slice(0, 32);
  const problem: Problem = {
    type: 'entry',
    kind: 'problem',
    id: `problem-${fingerprint}`,
    projectId: project.id,
    step: 2,
    author: access.me.key,
    organisation: access.me.organisation,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...valid.value,
  };
  try {
    await deps.store.create(problem);
  } catch (error) {
    if (!(error instanceof DocumentExistsError)) throw error;
  }
  return { kind: 'problemSaved', problem, projectId: project.id };
}
