import { createHash } from 'node:crypto';
import { measureOverviewOf } from '../../3-measures';
import { assessmentOf, goalsOf, type Goal } from '../../4-goals';
import type { Catalog } from '../../../i18n';
import type { AppDeps } from '../../../kernel/deps';
import { fail, ok, type Result } from '../../../kernel/result';
import { openProject, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import {
  parseAmount, parseCapacity, parseExecutor, parseFunders, parseGoals, parseOutcome, parsePeriod, parts, type InputError,
} from '../domain/input';
import { withChange, type ExecutionMeasure, type ExecutionWork } from '../domain/execution-work';
import { parseHundredths } from '../domain/amounts';
import { parseCalendarDate, amsterdamDate } from '../../../kernel/calendar-date';
import { changeExecutionWork, executionOpen, readExecutionWork, type StepNotOpen } from './execution-store';

export type NumberedGoal = Goal & { readonly number: number };

/** What a change of the plan did, for the answer and the change log. */
export type ChangeDone =
  | { readonly kind: 'measureAdded'; readonly measure: ExecutionMeasure; readonly project: Project }
  | { readonly kind: 'measureChanged'; readonly measure: ExecutionMeasure; readonly field: Field; readonly project: Project }
  | { readonly kind: 'costsSet'; readonly measure: ExecutionMeasure; readonly project: Project }
  | { readonly kind: 'capacitySet'; readonly measure: ExecutionMeasure; readonly name: string; readonly project: Project }
  | { readonly kind: 'fteSet'; readonly hours: number; readonly project: Project }
  | { readonly kind: 'decisionRecorded'; readonly organisation: string; readonly project: Project; readonly work: ExecutionWork };

export type ChangeOutcome = ChangeDone | { readonly kind: 'invalid'; readonly error: InputError } | StepNotOpen | Refusal;

export type Field = 'what' | 'who' | 'how' | 'when' | 'goals';
const FIELDS: Readonly<Record<string, Field>> = {
  wat: 'what', what: 'what', wie: 'who', who: 'who', werkwijze: 'how', hoe: 'how', how: 'how', wanneer: 'when', when: 'when', periode: 'when', doelen: 'goals', doel: 'goals', goals: 'goals',
};

const invalid = (error: InputError): { readonly outcome: ChangeOutcome } => ({ outcome: { kind: 'invalid', error } });
const members = (project: Project): Participant[] => [...project.participants];

/** Describes what changed for the log, in the project's words (Dutch first: the log is the project's record). */
type Describe = (done: ChangeDone) => string;

function measureByNumber(work: ExecutionWork, text: string): Result<ExecutionMeasure, InputError> {
  const number = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const measure = work.measures.find((m) => m.number === number);
  return measure ? ok(measure) : fail({ kind: 'unknownMeasure', text: text.trim() });
}

const replaceMeasure = (work: ExecutionWork, measure: ExecutionMeasure): ExecutionWork => ({ ...work, measures: work.measures.map((m) => (m.id === measure.id ? measure : m)) });

function saved(work: ExecutionWork, me: Participant, now: Date, done: ChangeDone, describe: Describe): { save: ExecutionWork; outcome: ChangeOutcome } {
  return { save: withChange(work, { by: me.name, at: now.toISOString(), what: describe(done) }), outcome: done };
}

/** `maatregel uitvoeren <wat> | <wie> | <werkwijze> | <start> t/m <eind> | <doelen>` (S5.1). */
export function addMeasure(deps: AppDeps, request: ProjectRequest, rest: string, describe: Describe): Promise<ChangeOutcome> {
  return changeExecutionWork<ChangeOutcome>(deps, request, async (project, work, me, now) => {
    const [what, who, how, when, goalText, extra] = parts(rest);
    if (!what || !who || !how || !when || goalText === undefined || extra !== undefined) return invalid({ kind: 'format' });
    const executor = parseExecutor(who, members(project));
    if (!executor.ok) return invalid(executor.error);
    const period = parsePeriod(when);
    if (!period.ok) return invalid(period.error);
    const goals = parseGoals(goalText, await goalsOf(deps, project));
    if (!goals.ok) return invalid(goals.error);
    const number = work.measures.reduce((n, m) => Math.max(n, m.number), 0) + 1;
    const twin = work.measures.find((m) => m.what.toLowerCase() === what.toLowerCase());
    if (twin) return { outcome: { kind: 'measureAdded', measure: twin, project } };
    const measure: ExecutionMeasure = {
      id: `m${number}`, number, what, who: executor.value, how, start: period.value.start, end: period.value.end, goalIds: goals.value,
      costCents: null, funders: [], capacity: [],
    };
    return saved({ ...work, measures: [...work.measures, measure] }, me, now, { kind: 'measureAdded', measure, project }, describe);
  });
}

/** `maatregel wijzigen <nr> <veld>: <waarde>` (S5.4). */
export function changeMeasure(deps: AppDeps, request: ProjectRequest, rest: string, describe: Describe): Promise<ChangeOutcome> {
  return changeExecutionWork<ChangeOutcome>(deps, request, async (project, work, me, now) => {
    const match = /^(\S+)\s+([a-z]+)\s*:?\s*(.+)$/i.exec(rest.trim());
    if (!match) return invalid({ kind: 'format' });
    const found = measureByNumber(work, match[1] ?? '');
    if (!found.ok) return invalid(found.error);
    const field = FIELDS[(match[2] ?? '').toLowerCase()];
    if (!field) return invalid({ kind: 'unknownField', text: match[2] ?? '' });
    const value = (match[3] ?? '').trim();
    let measure = found.value;
    if (field === 'what') measure = { ...measure, what: value };
    if (field === 'how') measure = { ...measure, how: value };
    if (field === 'who') {
      const who = parseExecutor(value, members(project));
      if (!who.ok) return invalid(who.error);
      measure = { ...measure, who: who.value };
    }
    if (field === 'when') {
      const period = parsePeriod(value);
      if (!period.ok) return invalid(period.error);
      measure = { ...measure, ...period.value };
    }
    if (field === 'goals') {
      const goals = parseGoals(value, await goalsOf(deps, project));
      if (!goals.ok) return invalid(goals.error);
      measure = { ...measure, goalIds: goals.value };
    }
    return saved(replaceMeasure(work, measure), me, now, { kind: 'measureChanged', measure, field, project }, describe);
  });
}

/** `kosten <nr> <bedrag> | <financier> <aandeel>%, …` (S5.2); again to change them. */
export function setCosts(deps: AppDeps, request: ProjectRequest, rest: string, describe: Describe): Promise<ChangeOutcome> {
  return changeExecutionWork<ChangeOutcome>(deps, request, async (project, work, me, now) => {
    const [head, funderText, extra] = parts(rest);
    const match = /^(\S+)\s+(.+)$/.exec(head ?? '');
    if (!match || extra !== undefined) return invalid({ kind: 'format' });
    const found = measureByNumber(work, match[1] ?? '');
    if (!found.ok) return invalid(found.error);
    const amount = parseAmount(match[2] ?? '');
    if (!amount.ok) return invalid(amount.error);
    const funders = parseFunders(funderText ?? '');
    if (!funders.ok) return invalid(funders.error);
    const measure = { ...found.value, costCents: amount.value, funders: funders.value };
    return saved(replaceMeasure(work, measure), me, now, { kind: 'costsSet', measure, project }, describe);
  });
}

/** `capaciteit <nr> <naam> <aantal> uur|fte` (S5.3); 0 takes the participant off the measure. */
export function setCapacity(deps: AppDeps, request: ProjectRequest, rest: string, describe: Describe): Promise<ChangeOutcome> {
  return changeExecutionWork<ChangeOutcome>(deps, request, async (project, work, me, now) => {
    const match = /^(\S+)\s+(.+)$/.exec(rest.trim());
    if (!match) return invalid({ kind: 'format' });
    const found = measureByNumber(work, match[1] ?? '');
    if (!found.ok) return invalid(found.error);
    const capacity = parseCapacity(match[2] ?? '', members(project));
    if (!capacity.ok) return invalid(capacity.error);
    const others = found.value.capacity.filter((c) => c.name !== capacity.value.name);
    const measure = { ...found.value, capacity: capacity.value.amount === 0 ? others : [...others, capacity.value] };
    return saved(replaceMeasure(work, measure), me, now, { kind: 'capacitySet', measure, name: capacity.value.name, project }, describe);
  });
}

/** `fte-norm <uren>`: the project's one conversion rule (S5.3). */
export function setHoursPerFte(deps: AppDeps, request: ProjectRequest, rest: string, describe: Describe): Promise<ChangeOutcome> {
  return changeExecutionWork<ChangeOutcome>(deps, request, async (project, work, me, now) => {
    const hours = parseHundredths(rest.replace(/uur|uren|hours?/i, ''));
    if (!hours.ok) return invalid(hours.error === 'negative' ? { kind: 'amountNegative' } : { kind: 'amountNotANumber', text: rest.trim() });
    if (hours.value === 0 || hours.value % 100 !== 0 || hours.value > 6000) return invalid({ kind: 'amountNotANumber', text: rest.trim() });
    const whole = hours.value / 100;
    return saved({ ...work, hoursPerFte: whole }, me, now, { kind: 'fteSet', hours: whole, project }, describe);
  });
}

/** `besluit <organisatie> | <uitkomst> | <datum> | <opmerkingen>` (S5.5), by the leader. */
export function recordDecision(deps: AppDeps, request: ProjectRequest, rest: string, describe: Describe): Promise<ChangeOutcome> {
  const [organisation = '', outcome = '', date = '', remarks = '', extra] = parts(rest);
  if (!organisation || !outcome || extra !== undefined) return changeExecutionWork<ChangeOutcome>(deps, request, () => Promise.resolve(invalid({ kind: 'format' })));
  return recordDecisionFields(deps, request, { organisation, outcome, date, remarks }, describe);
}

/** A decision as typed or from the form: the outcome as words ("akkoord onder voorwaarden: …"), the date empty for today. */
export interface DecisionInput { readonly organisation: string; readonly outcome: string; readonly date: string; readonly remarks: string }

export function recordDecisionFields(deps: AppDeps, request: ProjectRequest, input: DecisionInput, describe: Describe): Promise<ChangeOutcome> {
  return changeExecutionWork<ChangeOutcome>(deps, request, async (project, work, me, now) => {
    const organisation = input.organisation.trim();
    if (!organisation) return invalid({ kind: 'missing', field: 'organisation' });
    const [outcomeText, dateText, remarks] = [input.outcome.trim(), input.date.trim(), input.remarks.trim()];
    const outcome = parseOutcome(outcomeText);
    if (!outcome.ok) return invalid(outcome.error);
    const date = dateText ? parseCalendarDate(dateText) : amsterdamDate(now);
    if (!date) return invalid({ kind: 'badDate', text: dateText });
    const decided: ExecutionWork = {
      ...work,
      decisions: [...work.decisions.filter((d) => d.organisation.toLowerCase() !== organisation.toLowerCase()),
        { organisation, ...outcome.value, date, remarks, recordedBy: me.name, recordedAt: now.toISOString() }],
    };
    const done: ChangeDone = { kind: 'decisionRecorded', organisation, project, work: decided };
    const result = saved(decided, me, now, done, describe);
    return { save: result.save, outcome: { ...done, work: result.save } };
  });
}

/** A measure from step 3 (current, continued) or step 4 (extra) that is not in the matrix yet. */
export interface Candidate {
  readonly source: 'current' | 'extra';
  readonly what: string;
  readonly who: string;
}

/** Names a candidate on a button so that it still means the same one after the list changed. */
export const candidateKey = (c: Candidate): string => createHash('sha256').update(`${c.source}\n${c.what}`).digest('hex').slice(0, 16);

export interface ExecutionPlan {
  readonly kind: 'plan';
  readonly candidates: readonly Candidate[];
  readonly project: Project;
  readonly work: ExecutionWork;
  readonly goals: readonly NumberedGoal[];
  readonly open: boolean;
}

/** `uitvoering`: every participant sees the plan as it is now. */
export async function showPlan(deps: AppDeps, request: ProjectRequest, t: Catalog): Promise<ExecutionPlan | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  return planOf(deps, project, t);
}

/**
 * The plan as it is now, with the candidates for the matrix (S5.1): the current measures of step 3
 * (step 4 continues them) and the extra measures agreed in step 4, as long as no measure in the
 * matrix has their words.
 */
export async function planOf(deps: Pick<AppDeps, 'store'>, project: Project, t: Catalog): Promise<ExecutionPlan> {
  const [{ work }, goals, current, { extraMeasures }] = await Promise.all([
    readExecutionWork(deps, project), goalsOf(deps, project), measureOverviewOf(deps, project, t), assessmentOf(deps, project),
  ]);
  const inMatrix = new Set(work.measures.map((m) => m.what.trim().toLowerCase()));
  const candidates: Candidate[] = [
    ...current.problems.flatMap((p) => p.measures.map((m): Candidate => ({ source: 'current', what: m.description, who: m.organisation ?? '' }))),
    ...extraMeasures.map((x): Candidate => ({ source: 'extra', what: x.description, who: x.ownerName ? `${x.ownerName}, ${x.organisation}` : x.organisation })),
  ].filter((c, i, all) => !inMatrix.has(c.what.trim().toLowerCase()) && all.findIndex((d) => d.what === c.what) === i);
  return { kind: 'plan', project, work, goals, candidates, open: executionOpen(project) };
}
