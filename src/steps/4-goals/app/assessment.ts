import { createHash } from 'node:crypto';
import { priorityItemsOf, type PriorityItem } from '../../2-problems';
import { measureOverviewOf, type MeasureOverview } from '../../3-measures';
import type { Catalog } from '../../../i18n';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import { openProject, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { mergeFormChange } from '../../../kernel/form-change';
import { ASSESSMENT_FORM_FIELDS, assessmentFormValues, assess, withoutExtra, type AssessmentFormField, type Assessment, type AssessmentRefusal, type ExtraMeasure, type NewParticipants } from '../domain/assessment';
import type { GoalsStepWork } from '../domain/goals-work';
import { changeGoalsWork, goalsWorkOpen, readGoalsWork, type StepNotOpen } from './goals-work-store';

export interface AssessmentOverview {
  readonly kind: 'assessment';
  readonly project: Project;
  readonly problems: readonly PriorityItem[];
  readonly measures: MeasureOverview;
  readonly work: GoalsStepWork;
  readonly isLeader: boolean;
  readonly open: boolean;
}

/** `beoordeling`: per priority problem the current measures in short, the judgement and the extra measures; and new participants (S4.2). */
export async function assessmentOverview(deps: AppDeps, request: ProjectRequest, t: Catalog): Promise<AssessmentOverview | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const [problems, measures, { work }] = await Promise.all([priorityItemsOf(deps, project), measureOverviewOf(deps, project, t), readGoalsWork(deps, project)]);
  return { kind: 'assessment', project, problems, measures, work, isLeader: access.me.role === 'leader', open: goalsWorkOpen(project) };
}

/** The typed form for one problem: the judgement, a note, and optionally one new extra measure. */
export interface AssessmentForm {
  readonly judgement: string;
  readonly note: string;
  readonly description: string;
  /** A participant's key, from the choice on the form. */
  readonly owner: string;
  readonly organisation: string;
  /** The judgement and note the form was opened with; absent on older cards. */
  readonly opened?: Partial<Record<AssessmentFormField, string>> | undefined;
}

export type AssessOutcome =
  | { readonly kind: 'assessed'; readonly project: Project; readonly problem: PriorityItem; readonly assessment: Assessment; readonly added: ExtraMeasure | null }
  | { readonly kind: 'assessmentRefused'; readonly reason: AssessmentRefusal; readonly project: Project; readonly problem: PriorityItem; readonly assessment: Assessment | undefined }
  | { readonly kind: 'notOnList' }
  /** Someone else changed the judgement or note this form changed too, since it was opened: nothing saved. */
  | { readonly kind: 'assessmentChangedMeanwhile'; readonly fields: readonly AssessmentFormField[]; readonly project: Project; readonly problem: PriorityItem; readonly assessment: Assessment | undefined }
  | StepNotOpen;

/** Which problem: on the fixed priority list, or the request is refused without changing anything. */
async function listedProblem(deps: AppDeps, request: ProjectRequest, problemId: string): Promise<PriorityItem | undefined | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  return (await priorityItemsOf(deps, access.project.doc)).find((p) => p.id === problemId);
}

const extraIdOf = (problemId: string, description: string): string =>
  `extra-${createHash('sha256').update(`${problemId}\n${description.trim().replace(/\s+/g, ' ').toLowerCase()}`).digest('hex').slice(0, 16)}`;

const ownerOf = (project: Project, key: string): Participant | undefined => project.participants.find((p) => p.key === key);

/** The leader records the group's judgement for one priority problem, with an extra measure and by whom (S4.2). */
export async function saveAssessment(deps: AppDeps, request: ProjectRequest, problemId: string, form: AssessmentForm): Promise<AssessOutcome | Refusal> {
  const problem = await listedProblem(deps, request, problemId);
  if (problem === undefined) return { kind: 'notOnList' };
  if ('kind' in problem) return problem;
  return changeGoalsWork<AssessOutcome>(deps, request, (project, work, me, now) => {
    const previous = work.assessments.find((a) => a.problemId === problemId);
    const current = assessmentFormValues(previous);
    const merged = form.opened ? mergeFormChange(ASSESSMENT_FORM_FIELDS, form.opened, form, current) : undefined;
    if (merged?.kind === 'conflict') return { outcome: { kind: 'assessmentChangedMeanwhile', fields: merged.fields, project, problem, assessment: previous } };
    const { judgement, note } = merged?.values ?? form;
    const refused = (reason: AssessmentRefusal): { outcome: AssessOutcome } => ({ outcome: { kind: 'assessmentRefused', reason, project, problem, assessment: previous } });
    const owner = form.owner.trim() === '' ? undefined : ownerOf(project, form.owner.trim());
    if (form.owner.trim() !== '' && !owner) return refused('notParticipant');
    const typedExtra = form.description.trim() !== '' || owner !== undefined || form.organisation.trim() !== '';
    const extra = typedExtra ? { description: form.description, owner: owner ? { key: owner.key, name: owner.name, organisation: owner.organisation } : null, organisation: form.organisation } : null;
    const result = assess(previous, problemId, { judgement, note, extra }, extraIdOf(problemId, form.description), me.name, now);
    if (!result.ok) return refused(result.error);
    const assessments = [...work.assessments.filter((a) => a.problemId !== problemId), result.value.assessment];
    return {
      save: { ...work, assessments, updatedAt: now.toISOString() },
      outcome: { kind: 'assessed', project, problem, assessment: result.value.assessment, added: result.value.added },
    };
  });
}

export type RemoveExtraOutcome =
  | { readonly kind: 'extraRemoved'; readonly project: Project; readonly problem: PriorityItem; readonly assessment: Assessment; readonly removed: ExtraMeasure }
  | { readonly kind: 'extraRefused'; readonly reason: 'unknownExtra' | 'moreNeedsExtra' }
  | { readonly kind: 'notOnList' }
  | StepNotOpen;

/** "Verwijderen" at an extra measure; the last one of "meer nodig" stays until the judgement changes. */
export async function removeExtraMeasure(deps: AppDeps, request: ProjectRequest, problemId: string, extraId: string): Promise<RemoveExtraOutcome | Refusal> {
  const problem = await listedProblem(deps, request, problemId);
  if (problem === undefined) return { kind: 'notOnList' };
  if ('kind' in problem) return problem;
  return changeGoalsWork<RemoveExtraOutcome>(deps, request, (project, work, _me, now) => {
    const previous = work.assessments.find((a) => a.problemId === problemId);
    if (!previous) return { outcome: { kind: 'extraRefused', reason: 'unknownExtra' } };
    const result = withoutExtra(previous, extraId);
    if (!result.ok) return { outcome: { kind: 'extraRefused', reason: result.error } };
    const assessments = work.assessments.map((a) => (a === previous ? result.value.assessment : a));
    return { save: { ...work, assessments, updatedAt: now.toISOString() }, outcome: { kind: 'extraRemoved', project, problem, ...result.value } };
  });
}

/** The form for one problem, with what was recorded before. */
export async function assessmentFormFor(deps: AppDeps, request: ProjectRequest, problemId: string): Promise<
  { readonly kind: 'form'; readonly project: Project; readonly problem: PriorityItem; readonly assessment: Assessment | undefined } | { readonly kind: 'notOnList' } | StepNotOpen | Refusal
> {
  const problem = await listedProblem(deps, request, problemId);
  if (problem === undefined) return { kind: 'notOnList' };
  if ('kind' in problem) return problem;
  return changeGoalsWork(deps, request, (project, work) => ({ outcome: { kind: 'form' as const, project, problem, assessment: work.assessments.find((a) => a.problemId === problemId) } }));
}

/** The leader, while step 4 is opened: checked before anyone mentioned is looked up in the team roster. */
export async function mayRecordNewParticipants(deps: AppDeps, request: ProjectRequest): Promise<{ readonly kind: 'allowed' } | StepNotOpen | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  return goalsWorkOpen(project) ? { kind: 'allowed' } : { kind: 'stepNotOpen', step: stepOf(project.steps, 4) };
}

export type NewParticipantsOutcome = { readonly kind: 'newParticipantsRecorded'; readonly project: Project; readonly record: NewParticipants } | StepNotOpen;

/** Whether new participants are needed, with a note and the people registered for it (S4.2). */
export function recordNewParticipants(
  deps: AppDeps, request: ProjectRequest, change: { readonly needed: boolean; readonly note: string | null; readonly registered: readonly string[] },
): Promise<NewParticipantsOutcome | Refusal> {
  return changeGoalsWork<NewParticipantsOutcome>(deps, request, (project, work, _me, now) => {
    const before = work.newParticipants;
    const record: NewParticipants = {
      needed: change.needed,
      note: change.note ?? (change.needed ? before?.note ?? '' : ''),
      registered: change.needed ? [...new Set([...(before?.registered ?? []), ...change.registered])] : before?.registered ?? [],
      decidedAt: now.toISOString(),
    };
    return { save: { ...work, newParticipants: record, updatedAt: now.toISOString() }, outcome: { kind: 'newParticipantsRecorded', project, record } };
  });
}
