import { goalsOf, monitoringAgreementsOf, type Goal, type MonitoringAgreement } from '../../4-goals';
import { amsterdamDate, parseCalendarDate, type CalendarDate } from '../../../kernel/calendar-date';
import type { AppDeps } from '../../../kernel/deps';
import { unchangedApartFrom } from '../../../kernel/unchanged';
import { DocumentExistsError } from '../../../platform/store/port';
import { openProject, type Project, type ProjectRequest, type Refusal } from '../../../project';
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
  | { readonly kind: 'progressSaved'; readonly entry: ProgressEntry; readonly goal: NumberedGoal; readonly missing: readonly CalendarDate[] }
  | ProgressRefusal
  | Refusal;

/**
 * `voortgang invoeren <doel> <waarde> [op <datum>] [| <notitie>]` (S6.1): by the participant the
 * monitoring agreement of that goal names, or the leader. One value per agreement and date: the
 * same date again corrects it.
 */
export async function submitProgress(deps: AppDeps, request: ProjectRequest, rest: string): Promise<ProgressOutcome> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const [head = '', ...noteParts] = rest.split('|');
  const match = /^\s*(?:doel\s+|goal\s+)?(\S+)\s+(\S+)(?:\s+(?:op|on)\s+(.+?))?\s*$/i.exec(head);
  if (!match) return { kind: 'format' };
  const goals = await goalsOf(deps, project);
  const goal = goals.find((g) => String(g.number) === match[1]);
  if (!goal) return { kind: 'unknownGoal', text: match[1] ?? '' };
  const agreements = (await monitoringAgreementsOf(deps, project)).filter((a) => a.goalId === goal.id);
  if (agreements.length === 0) return { kind: 'noAgreement', goal: goal.number };
  const mine = agreements.find((a) => a.participantKey === access.me.key) ?? (access.me.role === 'leader' ? agreements[0] : undefined);
  if (!mine) return { kind: 'notYours', goal: goal.number, names: agreements.map((a) => a.participantName).join(', ') };
  const value = match[2] ?? '';
  if (readNumber(value) === undefined) return { kind: 'notANumber', text: value };
  const now = deps.clock();
  const today = amsterdamDate(now);
  const date = match[3] ? parseCalendarDate(match[3]) : today;
  if (!date) return { kind: 'badDate', text: match[3] ?? '' };
  if (date > today) return { kind: 'future' };
  const entry: ProgressEntry = {
    type: 'entry', kind: 'progress', id: `progress-${mine.id}-${date}`, projectId: project.id, step: 6, author: access.me.key, organisation: access.me.organisation,
    createdAt: now.toISOString(), updatedAt: now.toISOString(), goalId: goal.id, agreementId: mine.id, value: value.replace('.', ','), date, note: noteParts.join('|').trim(), authorName: access.me.name,
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
  return { kind: 'progressSaved', entry, goal, missing: missingDueDates(mine.dueDates, entries, today) };
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
