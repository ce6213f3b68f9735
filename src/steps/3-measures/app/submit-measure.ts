import { createHash } from 'node:crypto';
import type { AppDeps } from '../../../kernel/deps';
import type { StepState } from '../../../kernel/steps';
import { DocumentExistsError, DocumentNotFoundError } from '../../../platform/store/port';
import type { ProjectRequest, Refusal } from '../../../project';
import { sameDescription, validateMeasure, withExtra, type Measure, type MeasureCriterion, type MeasureFieldError, type MeasureInput, type NoMeasure } from '../domain/measure';
import type { PriorityProblem } from '../domain/overview';
import { measureContext, ownEntries } from './measure-context';

export type SubmitMeasureOutcome =
  | { readonly kind: 'measureSaved'; readonly measure: Measure; readonly problem: PriorityProblem; readonly criteria: readonly MeasureCriterion[] }
  | { readonly kind: 'measureInvalid'; readonly errors: readonly MeasureFieldError[]; readonly problem: PriorityProblem; readonly criteria: readonly MeasureCriterion[] }
  | { readonly kind: 'inputClosed'; readonly step: StepState }
  | { readonly kind: 'notOnList' };

/** Ids tried for one author, problem and text; more than one only when an edited entry already holds the first. */
const ID_ATTEMPTS = 5;

const hashed = (prefix: string, parts: readonly string[]): string => `${prefix}-${createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32)}`;
const measureId = (author: string, problemId: string, description: string, attempt: number): string =>
  hashed('measure', [author, problemId, description.toLowerCase(), ...(attempt > 0 ? [String(attempt)] : [])]);
/** One "niets" per author and problem: the id says which. */
export const noMeasureId = (author: string, problemId: string): string => hashed('no-measure', [author, problemId]);

/**
 * A participant enters a current measure for one priority problem (S3.1, S3.2). The deadline is
 * checked here, where the entry is written (S3.4). The id comes from the author, the problem and
 * the text, so a double submit stores one entry. A "niets" the author gave for this problem
 * before is withdrawn: now their organisation does something.
 */
export async function submitMeasure(deps: AppDeps, request: ProjectRequest, problemId: string, input: MeasureInput): Promise<SubmitMeasureOutcome | Refusal> {
  const context = await measureContext(deps, request);
  if ('kind' in context) return context;
  const { access, problems, criteria } = context;
  if (!context.open) return { kind: 'inputClosed', step: context.step };
  const problem = problems.find((p) => p.id === problemId);
  if (!problem) return { kind: 'notOnList' };
  const valid = validateMeasure(input, criteria);
  if (!valid.ok) return { kind: 'measureInvalid', errors: valid.error, problem, criteria };
  const project = access.project.doc;
  const author = access.me.key;
  const { extra, ...typing } = valid.value;
  const mine = await ownEntries<Measure>(deps, project.id, 'measure', author);
  const existing = mine.find((m) => m.doc.problemId === problemId && sameDescription(m.doc.description, typing.description));
  if (existing) return { kind: 'measureSaved', measure: existing.doc, problem, criteria };
  const now = deps.clock().toISOString();
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const measure = withExtra(
      { type: 'entry', kind: 'measure', id: measureId(author, problemId, typing.description, attempt), projectId: project.id, step: 3, author, createdAt: now, updatedAt: now, problemId, ...typing },
      extra,
    );
    try {
      await deps.store.create(measure);
      await withdrawNothing(deps, project.id, author, problemId);
      return { kind: 'measureSaved', measure, problem, criteria };
    } catch (error) {
      if (!(error instanceof DocumentExistsError)) throw error;
      const taken = await deps.store.read<Measure>(project.id, measure.id);
      if (!taken || sameDescription(taken.doc.description, typing.description)) return { kind: 'measureSaved', measure: taken?.doc ?? measure, problem, criteria };
    }
  }
  throw new Error(`no free id for a measure in ${project.id}`);
}

async function withdrawNothing(deps: AppDeps, projectId: string, author: string, problemId: string): Promise<void> {
  try {
    await deps.store.remove(projectId, noMeasureId(author, problemId));
  } catch (error) {
    if (!(error instanceof DocumentNotFoundError)) throw error;
  }
}

export type NothingOutcome =
  | { readonly kind: 'nothingSaved'; readonly problem: PriorityProblem }
  | { readonly kind: 'hasMeasures'; readonly problem: PriorityProblem }
  | { readonly kind: 'inputClosed'; readonly step: StepState }
  | { readonly kind: 'notOnList' };

/**
 * "Wij doen hier (nog) niets aan" for one priority problem: an answer of its own, so the overview
 * can tell it from silence. Refused while the author has measures for that problem (delete them
 * first); saying it twice stores it once.
 */
export async function declareNothing(deps: AppDeps, request: ProjectRequest, problemId: string): Promise<NothingOutcome | Refusal> {
  const context = await measureContext(deps, request);
  if ('kind' in context) return context;
  if (!context.open) return { kind: 'inputClosed', step: context.step };
  const problem = context.problems.find((p) => p.id === problemId);
  if (!problem) return { kind: 'notOnList' };
  const project = context.access.project.doc;
  const me = context.access.me;
  const mine = await ownEntries<Measure>(deps, project.id, 'measure', me.key);
  if (mine.some((m) => m.doc.problemId === problemId)) return { kind: 'hasMeasures', problem };
  const now = deps.clock().toISOString();
  const entry: NoMeasure = {
    type: 'entry', kind: 'noMeasure', id: noMeasureId(me.key, problemId), projectId: project.id, step: 3, author: me.key, organisation: me.organisation, createdAt: now, updatedAt: now, problemId,
  };
  try {
    await deps.store.create(entry);
  } catch (error) {
    if (!(error instanceof DocumentExistsError)) throw error;
  }
  return { kind: 'nothingSaved', problem };
}
