import { goalsOf, monitoringAgreementsOf, type Goal, type MonitoringAgreement } from '../../4-goals';
import { amsterdamDate, parseCalendarDate, type CalendarDate } from '../../../kernel/calendar-date';
import type { AppDeps } from '../../../kernel/deps';
import { unchangedApartFrom } from '../../../kernel/unchanged';
import { DocumentExistsError } from '../../../platform/store/port';
import { openProject, type Participant, type Project, type ProjectRequest, type Refusal } from '../../../project';
import { missingDueDates, readNumber, type ProgressEntry } from '../domain/progress';

export type Agreement = MonitoringAgreement & { readonly dueDates: readonly CalendarDate[] };
export type NumberedGoal = Goal & { readonly number: number };

export async function progressEntriesOf(deps: Pick<AppDeps, 'store'>, projectId: string): Promise<ProgressEntry[]> {
  return (await deps.store.listEntries<ProgressEntry>(projectId, { kind: 'progress' })).map((e) => e.doc).sort((a, b) => a.date.localeCompare(b.date));
}

export type ProgressRefusal =
  | { readonly kind: 'format' }
  | { readonly kind: 'unknownGoal'; readonly text: string }
  | { readonly kind: 'noAgreement'; readonly goal: number }
  | { readonly kind: 'notYours'; readonly goal: number; readonly names: string }
  | { readonly kind: 'notANumber'; readonly text: string }
  | { readonly kind: 'badDate'; readonly text: string }
  | { readonly kind: 'future' };

export type ProgressOutcome =
  | { readonly kind: 'progressSaved'; readonly project: Project; readonly entry: ProgressEntry; readonly goal: NumberedGoal; readonly agreement: Agreement; readonly missing: readonly CalendarDate[] }
  | ProgressRefusal
  | Refusal;

/** One measured value as typed or as filled in on the form; the date is today when absent. */
export interface ProgressInput {
  readonly goal: string;
  readonly value: string;
  readonly date?: string;
  readonly note: string;
}

/** `<doel> <waarde> [op <datum>] [| <notitie>]`; undefined when it does not have that shape. */
export function parseProgressCommand(rest: string): ProgressInput | undefined {
  const [head = '', ...noteParts] = rest.split('|');
  const match = /^\s*(?:doel\s+|goal\s+)?(\S+)\s+(\S+)(?:\s+(?:op|on)\s+(.+?))?\s*$/i.exec(head);
  if (!match) return undefined;
  return { goal: match[1] ?? '', value: match[2] ?? '', ...(match[3] ? { date: match[3] } : {}), note: noteParts.join('|').trim() };
}

type MyAgreement = { readonly kind: 'mine'; readonly goal: NumberedGoal; readonly agreement: Agreement };

/** The agreement of a goal the caller enters for: their own, or (the leader) the first. */
async function agreementFor(deps: AppDeps, project: Project, me: Participant, goalText: string): Promise<MyAgreement | ProgressRefusal> {
  const goals = await goalsOf(deps, project);
  const number = goalText.trim().replace(/^(doel|goal)\s+/i, '');
  const goal = goals.find((g) => String(g.number) === number);
  if (!goal) return { kind: 'unknownGoal', text: number };
  const agreements = (await monitoringAgreementsOf(deps, project)).filter((a) => a.goalId === goal.id);
  if (agreements.length === 0) return { kind: 'noAgreement', goal: goal.number };
  const mine = agreements.find((a) => a.participantKey === me.key) ?? (me.role === 'leader' ? agreements[0] : undefined);
  return mine ? { kind: 'mine', goal, agreement: mine } : { kind: 'notYours', goal: goal.number, names: agreements.map((a) => a.participantName).join(', ') };
}

export type ProgressForm = { readonly kind: 'progressForm'; readonly project: Project; readonly goal: NumberedGoal; readonly agreement: Agreement; readonly today: CalendarDate };

/** The form to enter a value for one goal ("Invoeren" on the progress overview or on a reminder). */
export async function progressFormFor(deps: AppDeps, request: ProjectRequest, goal: string): Promise<ProgressForm | ProgressRefusal | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const found = await agreementFor(deps, project, access.me, goal);
  if (found.kind !== 'mine') return found;
  return { kind: 'progressForm', project, goal: found.goal, agreement: found.agreement, today: amsterdamDate(deps.clock()) };
}

/**
 * A measured value (S6.1), typed (`voortgang invoeren …`) or from the form: by the participant
 * the monitoring agreement of that goal names, or the leader. One value per agreement and date:
 * the same date again corrects it.
 */
export async function submitProgress(deps: AppDeps, request: ProjectRequest, input: ProgressInput): Promise<ProgressOutcome> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const found = await agreementFor(deps, project, access.me, input.goal);
  if (found.kind !== 'mine') return found;
  const { goal, agreement: mine } = found;
  const value = input.value.trim();
  if (readNumber(value) === undefined) return { kind: 'notANumber', text: value };
  const now = deps.clock();
  const today = amsterdamDate(now);
  const date = input.date ? parseCalendarDate(input.date) : today;
  if (!date) return { kind: 'badDate', text: input.date ?? '' };
  if (date > today) return { kind: 'future' };
  const entry: ProgressEntry = {
    type: 'entry', kind: 'progress', id: `progress-${mine.id}-${date}`, projectId: project.id, step: 6, author: access.me.key, organisation: access.me.organisation,
    createdAt: now.toISOString(), updatedAt: now.toISOString(), goalId: goal.id, agreementId: mine.id, value: value.replace('.', ','), date, note: input.note.trim(), authorName: access.me.name,
  };
  try {
    await deps.store.create(entry);
  } catch (error) {
    if (!(error instanceof DocumentExistsError)) throw error;
    const stored = await deps.store.read<ProgressEntry>(project.id, entry.id);
    const corrected = stored && { ...entry, createdAt: stored.doc.createdAt };
    if (stored && corrected && !unchangedApartFrom(stored.doc, corrected, ['updatedAt'])) await deps.store.replace(corrected, stored.etag);
  }
  const entries = (await progressEntriesOf(deps, project.id)).filter((e) => e.agreementId === mine.id).map((e) => e.date);
  return { kind: 'progressSaved', project, entry, goal, agreement: mine, missing: missingDueDates(mine.dueDates, entries, today) };
}

export interface ProgressOverview {
  readonly kind: 'progress';
  readonly project: Project;
  readonly goals: readonly NumberedGoal[];
  readonly agreements: readonly Agreement[];
  readonly entries: readonly ProgressEntry[];
  readonly today: CalendarDate;
}

export async function progressOf(deps: Pick<AppDeps, 'store' | 'clock'>, project: Project): Promise<ProgressOverview> {
  const [goals, agreements, entries] = await Promise.all([goalsOf(deps, project), monitoringAgreementsOf(deps, project), progressEntriesOf(deps, project.id)]);
  return { kind: 'progress', project, goals, agreements, entries, today: amsterdamDate(deps.clock()) };
}

/** `voortgang`: every participant sees the progress per goal. */
export async function showProgress(deps: AppDeps, request: ProjectRequest): Promise<ProgressOverview | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  return progressOf(deps, access.project.doc);
}
