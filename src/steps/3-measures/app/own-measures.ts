import type { AppDeps } from '../../../kernel/deps';
import { unchangedApartFrom } from '../../../kernel/unchanged';
import type { StepState } from '../../../kernel/steps';
import { DocumentNotFoundError, type Versioned } from '../../../platform/store/port';
import { retryOnStale } from '../../../platform/store/retry-on-stale';
import type { Project, ProjectRequest, Refusal } from '../../../project';
import { mergeFormChange } from '../../../kernel/form-change';
import { measureFormFields, measureFormValues, measureInputOf, sameDescription, typedFrom, validateMeasure, withExtra, type Measure, type MeasureCriterion, type MeasureFieldError, type MeasureInput, type NoMeasure } from '../domain/measure';
import type { PriorityProblem } from '../domain/overview';
import { measureContext, ownEntries, type MeasureContext } from './measure-context';

/** Why one's own measure cannot be changed right now; nothing is changed in any of these cases. */
export type OwnMeasureRefusal =
  | { readonly kind: 'inputClosed'; readonly step: StepState }
  | { readonly kind: 'measureGone' }
  | { readonly kind: 'notAuthor' };

const isMeasure = (doc: { readonly type?: unknown; readonly kind?: unknown }): doc is Measure => doc.type === 'entry' && doc.kind === 'measure';

/** The checks every change of an existing measure makes where it is written: input open, the entry there, the caller its author. */
async function readOwn(deps: AppDeps, context: MeasureContext, measureId: string): Promise<{ kind: 'own'; entry: Versioned<Measure> } | OwnMeasureRefusal> {
  if (!context.open) return { kind: 'inputClosed', step: context.step };
  const entry = await deps.store.read<Measure>(context.access.project.doc.id, measureId);
  if (!entry || !isMeasure(entry.doc)) return { kind: 'measureGone' };
  if (entry.doc.author !== context.access.me.key) return { kind: 'notAuthor' };
  return { kind: 'own', entry };
}

export type OpenOwnOutcome =
  | { readonly kind: 'own'; readonly measure: Measure; readonly problem: PriorityProblem | undefined; readonly criteria: readonly MeasureCriterion[]; readonly projectId: string }
  | OwnMeasureRefusal;

/** The edit form's starting point: the caller's own measure, while step 3 takes input. */
export async function openOwnMeasure(deps: AppDeps, request: ProjectRequest, measureId: string): Promise<OpenOwnOutcome | Refusal> {
  const context = await measureContext(deps, request);
  if ('kind' in context) return context;
  const own = await readOwn(deps, context, measureId);
  if (own.kind !== 'own') return own;
  const measure = own.entry.doc;
  return { kind: 'own', measure, problem: context.problems.find((p) => p.id === measure.problemId), criteria: context.criteria, projectId: measure.projectId };
}

export type EditMeasureOutcome =
  | { readonly kind: 'measureChanged'; readonly measure: Measure }
  | { readonly kind: 'measureInvalid'; readonly errors: readonly MeasureFieldError[]; readonly problem: PriorityProblem; readonly criteria: readonly MeasureCriterion[] }
  | { readonly kind: 'duplicateMeasure' }
  | { readonly kind: 'notOnList' }
  /** Changed from another card since this form was opened, in fields this form changed too: nothing saved. */
  | { readonly kind: 'measureChangedMeanwhile'; readonly fields: readonly string[]; readonly measure: Measure; readonly problem: PriorityProblem; readonly criteria: readonly MeasureCriterion[] }
  | OwnMeasureRefusal;

/** A stale etag means the author saved from two cards at once: read again once, then give up. */
const ATTEMPTS = 2;

/** Values of criteria the leader has since removed stay on the entry; the current ones are replaced. */
function mergeExtra(old: Measure, criteria: readonly MeasureCriterion[], chosen: Readonly<Record<string, string>>): Record<string, string> {
  const kept = Object.entries(old.extra ?? {}).filter(([id]) => !criteria.some((c) => c.id === id));
  return { ...Object.fromEntries(kept), ...chosen };
}

/**
 * The author changes their own measure until the deadline; it stays one entry for the same problem.
 * With the values the form was opened with (`opened`), only the fields changed on it are saved.
 */
export async function editMeasure(
  deps: AppDeps, request: ProjectRequest, measureId: string, typed: MeasureInput, opened?: Readonly<Partial<Record<string, string>>>,
): Promise<EditMeasureOutcome | Refusal> {
  const context = await measureContext(deps, request);
  if ('kind' in context) return context;
  const projectId = context.access.project.doc.id;
  return retryOnStale<EditMeasureOutcome | Refusal>(
    ATTEMPTS,
    async () => {
      const own = await readOwn(deps, context, measureId);
      if (own.kind !== 'own') return own;
      const problem = context.problems.find((p) => p.id === own.entry.doc.problemId);
      if (!problem) return { kind: 'notOnList' };
      const fields = measureFormFields(context.criteria);
      const merged = opened ? mergeFormChange(fields, opened, measureFormValues(typed), measureFormValues(typedFrom(own.entry.doc))) : undefined;
      if (merged?.kind === 'conflict') return { kind: 'measureChangedMeanwhile', fields: merged.fields, measure: own.entry.doc, problem, criteria: context.criteria };
      const input = merged ? measureInputOf(merged.values) : typed;
      const valid = validateMeasure(input, context.criteria);
      if (!valid.ok) return { kind: 'measureInvalid', errors: valid.error, problem, criteria: context.criteria };
      const mine = await ownEntries<Measure>(deps, projectId, 'measure', context.access.me.key);
      const clash = mine.some((m) => m.doc.id !== measureId && m.doc.problemId === problem.id && sameDescription(m.doc.description, valid.value.description));
      if (clash) return { kind: 'duplicateMeasure' };
      const { extra, ...typing } = valid.value;
      const updated = withExtra({ ...own.entry.doc, ...typing, updatedAt: deps.clock().toISOString() }, mergeExtra(own.entry.doc, context.criteria, extra));
      if (unchangedApartFrom(own.entry.doc, updated, ['updatedAt'])) return { kind: 'measureChanged', measure: own.entry.doc };
      if (!(await writeUnlessGone(() => deps.store.replace(updated, own.entry.etag)))) return { kind: 'measureGone' };
      return { kind: 'measureChanged', measure: updated };
    },
    () => ({ kind: 'conflict' }),
  );
}

export type DeleteMeasureOutcome = { readonly kind: 'measureDeleted'; readonly measure: Measure } | OwnMeasureRefusal;

/** The author removes their own measure until the deadline; a second delete finds nothing and says so. */
export async function deleteMeasure(deps: AppDeps, request: ProjectRequest, measureId: string): Promise<DeleteMeasureOutcome | Refusal> {
  const context = await measureContext(deps, request);
  if ('kind' in context) return context;
  return retryOnStale<DeleteMeasureOutcome | Refusal>(
    ATTEMPTS,
    async () => {
      const own = await readOwn(deps, context, measureId);
      if (own.kind !== 'own') return own;
      if (!(await writeUnlessGone(() => deps.store.remove(own.entry.doc.projectId, measureId, own.entry.etag)))) return { kind: 'measureGone' };
      return { kind: 'measureDeleted', measure: own.entry.doc };
    },
    () => ({ kind: 'conflict' }),
  );
}

/** False when the entry was deleted in between; a stale version still throws, to be retried. */
async function writeUnlessGone(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof DocumentNotFoundError) return false;
    throw error;
  }
}

export interface MyMeasures {
  readonly kind: 'myMeasures';
  readonly project: Project;
  readonly problems: readonly PriorityProblem[];
  readonly measures: readonly Measure[];
  readonly nothing: readonly NoMeasure[];
  readonly criteria: readonly MeasureCriterion[];
  /** Whether step 3 takes input now, so the card offers its buttons only then. */
  readonly editable: boolean;
  readonly step: StepState;
}

/** "Mijn maatregelen": per priority problem only the caller's own measures and "niets" answers. */
export async function listMyMeasures(deps: AppDeps, request: ProjectRequest): Promise<MyMeasures | Refusal> {
  const context = await measureContext(deps, request);
  if ('kind' in context) return context;
  const { access } = context;
  const project = access.project.doc;
  const [measures, nothing] = await Promise.all([
    ownEntries<Measure>(deps, project.id, 'measure', access.me.key),
    ownEntries<NoMeasure>(deps, project.id, 'noMeasure', access.me.key),
  ]);
  return {
    kind: 'myMeasures', project, problems: context.problems, measures: measures.map((m) => m.doc), nothing: nothing.map((n) => n.doc),
    criteria: context.criteria, editable: context.open, step: context.step,
  };
}
