import { goalsOf } from '../../4-goals';
import type { Catalog } from '../../../i18n';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import { openProject, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { withChange, type ExecutionMeasure, type ExecutionWork } from '../domain/execution-work';
import type { InputError } from '../domain/input';
import { mergeFormChange } from '../../../kernel/form-change';
import { changedFields, MEASURE_INPUT_FIELDS, validateMeasureForm, type FormField, type MeasureFormInput } from '../domain/measure-form';
import { candidateKey, planOf, type Candidate, type NumberedGoal } from './execution';
import { changeExecutionWork, executionOpen, readExecutionWork, type StepNotOpen } from './execution-store';

export type MeasureForm =
  | {
    readonly kind: 'measureForm'; readonly project: Project; readonly goals: readonly NumberedGoal[];
    readonly measure?: ExecutionMeasure; readonly candidate?: Candidate; readonly hoursPerFte: number;
  }
  | { readonly kind: 'unknownMeasure'; readonly text: string }
  | { readonly kind: 'candidateGone' }
  | StepNotOpen;

/**
 * The measure form for the leader: empty, filled with a measure of the matrix to change it, or
 * with a measure of step 3 or 4 that is not in the matrix yet (by its key).
 */
export async function measureFormFor(deps: AppDeps, request: ProjectRequest, which: { readonly measure?: number | undefined; readonly candidate?: string | undefined }, t: Catalog): Promise<MeasureForm | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (!executionOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 5) };
  const [{ work }, goals] = await Promise.all([readExecutionWork(deps, project), goalsOf(deps, project)]);
  const base = { kind: 'measureForm' as const, project, goals, hoursPerFte: work.hoursPerFte };
  if (which.measure !== undefined) {
    const measure = work.measures.find((m) => m.number === which.measure);
    return measure ? { ...base, measure } : { kind: 'unknownMeasure', text: String(which.measure) };
  }
  if (which.candidate !== undefined) {
    const candidate = (await planOf(deps, project, t)).candidates.find((c) => candidateKey(c) === which.candidate);
    return candidate ? { ...base, candidate } : { kind: 'candidateGone' };
  }
  return base;
}

/** For the decision form: the plan as it is, to the leader while step 5 is opened. */
export async function decisionFormFor(deps: AppDeps, request: ProjectRequest): Promise<{ readonly kind: 'decisionForm'; readonly project: Project; readonly work: ExecutionWork } | StepNotOpen | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (!executionOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 5) };
  return { kind: 'decisionForm', project, work: (await readExecutionWork(deps, project)).work };
}

export type MeasureSaved = {
  readonly kind: 'measureSaved'; readonly measure: ExecutionMeasure; readonly added: boolean; readonly fields: readonly FormField[]; readonly project: Project;
};
export type MeasureSaveOutcome = MeasureSaved | { readonly kind: 'invalid'; readonly error: InputError } | { readonly kind: 'changedMeanwhile'; readonly fields: readonly (keyof MeasureFormInput)[] } | { readonly kind: 'unknownMeasure'; readonly text: string } | StepNotOpen | Refusal;

/**
 * "Opslaan" on the measure form (S5.1–S5.4): a new measure gets the next number; a measure of the
 * matrix gets what the form says, and the log names the parts that changed. A new measure with
 * the words of one already in the matrix is that measure (a double click adds one).
 */
export function saveMeasureForm(
  deps: AppDeps, request: ProjectRequest, number: number | undefined, submitted: MeasureFormInput, describe: (saved: MeasureSaved) => string,
  opened?: { readonly values: MeasureFormInput; readonly of: (measure: ExecutionMeasure) => MeasureFormInput },
): Promise<MeasureSaveOutcome> {
  return changeExecutionWork<MeasureSaveOutcome>(deps, request, async (project, work, me, now) => {
    // A change applies only what the leader changed on this card; what changed meanwhile elsewhere stays.
    const current = work.measures.find((m) => m.number === number);
    const merged = current && opened ? mergeFormChange(MEASURE_INPUT_FIELDS, opened.values, submitted, opened.of(current)) : undefined;
    if (merged?.kind === 'conflict') return { outcome: { kind: 'changedMeanwhile', fields: merged.fields } };
    const input = merged?.values ?? submitted;
    const goals = await goalsOf(deps, project);
    const valid = validateMeasureForm(input, project.participants, goals.map((g) => g.id));
    if (!valid.ok) return { outcome: { kind: 'invalid', error: valid.error } };
    const log = (saved: MeasureSaved, measures: readonly ExecutionMeasure[]) => ({
      save: withChange({ ...work, measures }, { by: me.name, at: now.toISOString(), what: describe(saved) }), outcome: saved,
    });
    if (number === undefined) {
      const twin = work.measures.find((m) => m.what.toLowerCase() === valid.value.what.toLowerCase());
      if (twin) return { outcome: { kind: 'measureSaved', measure: twin, added: true, fields: [], project } };
      const next = work.measures.reduce((n, m) => Math.max(n, m.number), 0) + 1;
      const measure: ExecutionMeasure = { id: `m${next}`, number: next, ...valid.value };
      return log({ kind: 'measureSaved', measure, added: true, fields: [], project }, [...work.measures, measure]);
    }
    const before = work.measures.find((m) => m.number === number);
    if (!before) return { outcome: { kind: 'unknownMeasure', text: String(number) } };
    const fields = changedFields(before, valid.value);
    const measure: ExecutionMeasure = { ...before, ...valid.value };
    if (fields.length === 0) return { outcome: { kind: 'measureSaved', measure: before, added: false, fields, project } };
    return log({ kind: 'measureSaved', measure, added: false, fields, project }, work.measures.map((m) => (m.id === before.id ? measure : m)));
  });
}
