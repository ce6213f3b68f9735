import { goalsOf, monitoringAgreementsOf } from '../../4-goals';
import { catalogOf, formatDate } from '../../../i18n';
import { amsterdamToUtcForward } from '../../../kernel/amsterdam-time';
import type { CalendarDate } from '../../../kernel/calendar-date';
import type { AppDeps } from '../../../kernel/deps';
import { channelTarget } from '../../../platform/outbox';
import type { JobHandler, ScheduledJob } from '../../../platform/scheduler/job';
import { personalLanguage, readProject, type Project } from '../../../project';
import type { StepJobContext } from '../../step-module';
import { progressEntriesOf } from '../app/monitoring';
import { coveredDueDates, overdueDate } from '../domain/progress';
import { evaluationCatalog } from '../i18n/catalog';

export const MONITORING_DUE = 'monitoringDue';
export const MONITORING_OVERDUE = 'monitoringOverdue';

/** 09:00 in Amsterdam on the date. */
const morningOf = (date: CalendarDate): Date => {
  const [year, month, day] = date.split('-').map(Number);
  return amsterdamToUtcForward({ year: year ?? 0, month: month ?? 1, day: day ?? 1 }, { hour: 9, minute: 0 });
};

/**
 * When step 6 opens: a personal reminder on each due date of each monitoring agreement still to
 * come, and a second one when the entry is `GRACE_DAYS` overdue (S6.1). Job ids follow from the
 * agreement and the date, so opening again schedules nothing twice.
 */
export async function scheduleMonitoringReminders(deps: AppDeps, project: Project): Promise<void> {
  const now = deps.clock();
  for (const agreement of await monitoringAgreementsOf(deps, project)) {
    for (const date of agreement.dueDates) {
      const payload = { projectId: project.id, agreementId: agreement.id, date };
      const due = morningOf(date);
      const overdue = morningOf(overdueDate(date));
      if (due > now) await deps.jobs.schedule({ id: `monitoring-due:${project.id}:${agreement.id}:${date}`, kind: MONITORING_DUE, dueAt: due, payload });
      if (overdue > now) await deps.jobs.schedule({ id: `monitoring-overdue:${project.id}:${agreement.id}:${date}`, kind: MONITORING_OVERDUE, dueAt: overdue, payload });
    }
  }
}

function payloadOf(job: ScheduledJob): { projectId: string; agreementId: string; date: CalendarDate } {
  const p = job.payload;
  if (typeof p.projectId !== 'string' || typeof p.agreementId !== 'string' || typeof p.date !== 'string') throw new Error(`job ${job.id} has no valid monitoring payload`);
  return { projectId: p.projectId, agreementId: p.agreementId, date: p.date };
}

function reminder(env: StepJobContext, kind: 'due' | 'overdue'): JobHandler {
  return async (job) => {
    const { projectId, agreementId, date } = payloadOf(job);
    const project = await readProject(env.deps, projectId);
    if (!project || project.status !== 'active') return;
    const agreement = (await monitoringAgreementsOf(env.deps, project)).find((a) => a.id === agreementId);
    if (!agreement || !agreement.dueDates.includes(date)) return;
    const entries = (await progressEntriesOf(env.deps, project.id)).filter((e) => e.agreementId === agreementId).map((e) => e.date);
    if (coveredDueDates(agreement.dueDates, entries).has(date)) return;
    const person = project.participants.find((p) => p.key === agreement.participantKey);
    const goal = (await goalsOf(env.deps, project)).find((g) => g.id === agreement.goalId);
    if (!person?.teamsUserId || !goal) return;
    // A personal message: in the person's own language, which defaults to the project's.
    const t = evaluationCatalog(catalogOf(personalLanguage(project, person.key)));
    const text = t.reminders[kind](person.name, goal.number, agreement.what, formatDate(t, date), project.profile?.name ?? t.project.unnamed);
    await env.enqueue([{
      id: `${job.id}|to:${person.key}`,
      target: { ...channelTarget(project.channel), conversationId: '', userId: person.teamsUserId },
      activity: { text },
      sourceProjectId: project.id,
    }]);
  };
}

export const monitoringJobHandlers = (env: StepJobContext): Record<string, JobHandler> => ({
  [MONITORING_DUE]: reminder(env, 'due'),
  [MONITORING_OVERDUE]: reminder(env, 'overdue'),
});
