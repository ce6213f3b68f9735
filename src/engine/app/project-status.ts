import type { Project } from '../../project';
import type { StepNumber } from '../../kernel/steps';
import type { AppDeps } from '../../kernel/deps';
import { openProject, type ProjectRequest, type Refusal } from '../../project';

export interface StepInput {
  readonly entries: number;
  /** Current participants who entered something for the step. */
  readonly participantsWithInput: number;
}

/** Entries and their authors per step, from the store's count per kind and author: no entry is read. */
export async function entriesPerStep(
  deps: Pick<AppDeps, 'store' | 'inputKinds'>,
  projectId: string,
): Promise<Map<StepNumber, { entries: number; authors: Set<string> }>> {
  const byStep = new Map<StepNumber, { entries: number; authors: Set<string> }>();
  for (const { kind, author, entries } of await deps.store.countEntries(projectId)) {
    // A kind no step declares belongs to no step's input.
    const stepNumber = deps.inputKinds.get(kind);
    if (stepNumber === undefined) continue;
    const step = byStep.get(stepNumber) ?? { entries: 0, authors: new Set<string>() };
    step.entries += entries;
    step.authors.add(author);
    byStep.set(stepNumber, step);
  }
  return byStep;
}

/** Who has given input per step, counting only people who still take part. */
export async function inputPerStep(deps: Pick<AppDeps, 'store' | 'inputKinds'>, project: Project): Promise<Map<StepNumber, StepInput>> {
  const current = project.participants.map((p) => p.key);
  const byStep = await entriesPerStep(deps, project.id);
  return new Map(
    [...byStep].map(([step, s]) => [step, { entries: s.entries, participantsWithInput: current.filter((k) => s.authors.has(k)).length }]),
  );
}

export async function projectStatus(
  deps: AppDeps,
  request: ProjectRequest,
): Promise<{ readonly kind: 'status'; readonly project: Project; readonly input: Map<StepNumber, StepInput> } | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  return { kind: 'status', project: access.project.doc, input: await inputPerStep(deps, access.project.doc) };
}
