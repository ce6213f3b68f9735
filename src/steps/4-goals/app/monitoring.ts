import { createHash } from 'node:crypto';
import { amsterdamDate } from '../../../kernel/calendar-date';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import { openProject, type Project, type ProjectRequest, type Refusal } from '../../../project';
import type { Goal } from '../domain/goal';
import { validateMonitoring, type MonitoringAgreement, type MonitoringFieldError } from '../domain/monitoring';
import { goalsOfProject } from './goals';
import { changeGoalsWork, goalsWorkOpen, readGoalsWork, type StepNotOpen } from './goals-work-store';

export interface MonitoringOverview {
  readonly kind: 'monitoring';
  readonly project: Project;
  readonly goals: readonly Goal[];
  readonly agreements: readonly MonitoringAgreement[];
  readonly isLeader: boolean;
  readonly open: boolean;
}

/** `monitoring`: per goal who enters which progress data and when (S4.3); every participant may look. */
export async function monitoringOverview(deps: AppDeps, request: ProjectRequest): Promise<MonitoringOverview | Refusal> {
  const access = await openProject(deps, request, 'participant');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  const [goals, { work }] = await Promise.all([goalsOfProject(deps, project.id), readGoalsWork(deps, project)]);
  return { kind: 'monitoring', project, goals, agreements: work.monitoring, isLeader: access.me.role === 'leader', open: goalsWorkOpen(project) };
}

export type MonitoringFormOutcome = { readonly kind: 'form'; readonly project: Project; readonly goals: readonly Goal[] } | { readonly kind: 'noGoals' } | StepNotOpen;

/** The empty agreement form: an agreement is about a goal, so there must be one first. */
export async function monitoringFormFor(deps: AppDeps, request: ProjectRequest): Promise<MonitoringFormOutcome | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const project = access.project.doc;
  if (!goalsWorkOpen(project)) return { kind: 'stepNotOpen', step: stepOf(project.steps, 4) };
  const goals = await goalsOfProject(deps, project.id);
  return goals.length === 0 ? { kind: 'noGoals' } : { kind: 'form', project, goals };
}

export interface MonitoringForm {
  readonly goalId: string;
  readonly participant: string;
  readonly what: string;
  readonly frequency: string;
  readonly from: string;
  readonly dates: string;
}

export type SaveMonitoringOutcome =
  | { readonly kind: 'monitoringSaved'; readonly project: Project; readonly agreement: MonitoringAgreement; readonly goal: Goal; readonly goals: readonly Goal[] }
  | { readonly kind: 'monitoringInvalid'; readonly errors: readonly MonitoringFieldError[]; readonly project: Project; readonly goals: readonly Goal[] }
  | { readonly kind: 'notParticipant'; readonly typed: string }
  | StepNotOpen;

const agreementId = (goalId: string, who: string, what: string): string =>
  `monitoring-${createHash('sha256').update([goalId, who, what.trim().replace(/\s+/g, ' ').toLowerCase()].join('\n')).digest('hex').slice(0, 16)}`;

/**
 * The leader records a monitoring agreement (S4.3). The person must be a participant: the
 * agreement asks them for data later (S6.1). The same goal, person and data again is the same
 * agreement, with the schedule as now given.
 */
export async function saveMonitoring(deps: AppDeps, request: ProjectRequest, form: MonitoringForm): Promise<SaveMonitoringOutcome | Refusal> {
  const access = await openProject(deps, request, 'leader');
  if (access.kind !== 'granted') return access;
  const goals = await goalsOfProject(deps, access.project.doc.id);
  return changeGoalsWork<SaveMonitoringOutcome>(deps, request, (project, work, _me, now) => {
    const who = project.participants.find((p) => p.key === form.participant.trim());
    if (form.participant.trim() !== '' && !who) return { outcome: { kind: 'notParticipant', typed: form.participant.trim() } };
    const goal = goals.find((g) => g.id === form.goalId.trim());
    const errors: MonitoringFieldError[] = [
      ...(form.goalId.trim() === '' ? [{ field: 'goal', code: 'required' } as const] : goal ? [] : [{ field: 'goal', code: 'notAGoal' } as const]),
      ...(who ? [] : [{ field: 'participant', code: 'required' } as const]),
    ];
    const valid = validateMonitoring(form, { today: amsterdamDate(now), goalDate: goal?.targetDate ?? '9999-12-31' });
    if (!valid.ok || errors.length > 0 || !goal || !who) {
      return { outcome: { kind: 'monitoringInvalid', errors: [...errors, ...(valid.ok ? [] : valid.error)], project, goals } };
    }
    const agreement: MonitoringAgreement = {
      id: agreementId(goal.id, who.key, valid.value.what), goalId: goal.id, participantKey: who.key, participantName: who.name, ...valid.value, createdAt: now.toISOString(),
    };
    const previous = work.monitoring.find((a) => a.id === agreement.id);
    const monitoring = previous ? work.monitoring.map((a) => (a === previous ? { ...agreement, createdAt: previous.createdAt } : a)) : [...work.monitoring, agreement];
    return { save: { ...work, monitoring, updatedAt: now.toISOString() }, outcome: { kind: 'monitoringSaved', project, agreement, goal, goals } };
  });
}

export type RemoveMonitoringOutcome = { readonly kind: 'monitoringRemoved'; readonly agreement: MonitoringAgreement } | { readonly kind: 'monitoringGone' } | StepNotOpen;

export function removeMonitoring(deps: AppDeps, request: ProjectRequest, id: string): Promise<RemoveMonitoringOutcome | Refusal> {
  return changeGoalsWork<RemoveMonitoringOutcome>(deps, request, (_project, work, _me, now) => {
    const agreement = work.monitoring.find((a) => a.id === id);
    if (!agreement) return { outcome: { kind: 'monitoringGone' } };
    return { save: { ...work, monitoring: work.monitoring.filter((a) => a !== agreement), updatedAt: now.toISOString() }, outcome: { kind: 'monitoringRemoved', agreement } };
  });
}
