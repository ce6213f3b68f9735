import { goalsOf, monitoringAgreementsOf } from '../../4-goals';
import { catalogOf, formatDate } from '../../../i18n';
import { amsterdamToUtcForward } from '../../../kernel/amsterdam-time';
import { amsterdamDate, type CalendarDate } from '../../../kernel/calendar-date';
import type { AppDeps } from '../../../kernel/deps';
import { stepOf } from '../../../kernel/steps';
import { cardActivity, channelTarget, type OutboxItem } from '../../../platform/outbox';
import type { JobHandler, ScheduledJob } from '../../../platform/scheduler/job';
import { personalLanguage, readProject, type Project } from '../../../project';
import type { StepJobContext } from '../../step-module';
import { progressEntriesOf } from '../app/monitoring';
import { addDays, remindersBetween } from '../domain/progress';
import { evaluationCatalog } from '../i18n/catalog';
import { PROGRESS_FORM_CARD, toProgressFormView } from '../views/progress-form.view';

export const MONITORING_CHECK = 'monitoringCheck';

/** 09:00 in Amsterdam on the date. */
const morningOf = (date: CalendarDate): Date => {
  const [year, month, day] = date.split('-').map(Number);
  return amsterdamToUtcForward({ year: year ?? 0, month: month ?? 1, day: day ?? 1 }, { hour: 9, minute: 0 });
};

/** The first 09:00 in Amsterdam after `now`, as a date. */
const nextMorning = (now: Date): CalendarDate => {
  const today = amsterdamDate(now);
  return morningOf(today) > now ? today : addDays(today, 1);
};

/**
 * Every morning while step 6 runs, one check per project sends the personal monitoring reminders
 * (S6.1) due that day, from the agreements as they are then: goals and agreements added or
 * changed after step 6 opened, and a reopened step, need nothing else. The job id names the day,
 * so opening or reopening again schedules nothing twice.
 */
export async function scheduleMonitoringCheck(deps: Pick<AppDeps, 'jobs'>, projectId: string, day: CalendarDate, since: CalendarDate): Promise<void> {
  await deps.jobs.schedule({ id: `monitoring-check:${projectId}:${day}`, kind: MONITORING_CHECK, dueAt: morningOf(day), payload: { projectId, since } });
}

/** From the moment step 6 opens: dates before the first check are not reminded of. */
export async function startMonitoringChecks(deps: AppDeps, project: Project): Promise<void> {
  const first = nextMorning(deps.clock());
  await scheduleMonitoringCheck(deps, project.id, first, addDays(first, -1));
}

function payloadOf(job: ScheduledJob): { projectId: string; since: CalendarDate } {
  const p = job.payload;
  if (typeof p.projectId !== 'string' || typeof p.since !== 'string') throw new Error(`job ${job.id} has no valid monitoring payload`);
  return { projectId: p.projectId, since: p.since };
}

async function remindersOf(env: StepJobContext, project: Project, since: CalendarDate, today: CalendarDate): Promise<OutboxItem[]> {
  const [agreements, entries, goals] = await Promise.all([
    monitoringAgreementsOf(env.deps, project), progressEntriesOf(env.deps, project.id), goalsOf(env.deps, project),
  ]);
  return agreements.flatMap((agreement) => {
    const person = project.participants.find((p) => p.key === agreement.participantKey);
    const goal = goals.find((g) => g.id === agreement.goalId);
    if (!person?.teamsUserId || !goal) return [];
    const entered = entries.filter((e) => e.agreementId === agreement.id).map((e) => e.date);
    // A personal message: in the person's own language, which defaults to the project's.
    const t = evaluationCatalog(catalogOf(personalLanguage(project, person.key)));
    return remindersBetween(agreement.dueDates, entered, since, today).map(({ date, kind }) => ({
      // Named after the agreement, the date and the kind, so a check that runs twice queues each once.
      id: `monitoring-${kind}:${project.id}:${agreement.id}:${date}|to:${person.key}`,
      target: { ...channelTarget(project.channel), conversationId: '', userId: person.teamsUserId ?? '' },
      // The form comes along, so the value can be entered right there in the personal chat.
      activity: {
        text: t.reminders[kind](person.name, goal.number, agreement.what, formatDate(t, date), project.profile?.name ?? t.project.unnamed),
        ...cardActivity(env.cards.render(PROGRESS_FORM_CARD, toProgressFormView(t, { projectId: project.id, goal, agreement, date }))),
      },
      sourceProjectId: project.id,
    }));
  });
}

/** The morning check: the reminders of the days since the last one, then the next check; none once the project is archived. */
function monitoringCheck(env: StepJobContext): JobHandler {
  return async (job, now) => {
    const { projectId, since } = payloadOf(job);
    const project = await readProject(env.deps, projectId);
    if (!project || project.status !== 'active' || stepOf(project.steps, 6).status === 'notOpen') return;
    const today = amsterdamDate(now);
    await env.enqueue(await remindersOf(env, project, since, today));
    await scheduleMonitoringCheck(env.deps, project.id, addDays(today, 1), today);
  };
}

/**
 * Jobs stored by the earlier way of reminding (one per due date, due on the morning it stood for):
 * each starts the morning checks with today's, which sends that reminder, so a project already in
 * step 6 keeps being reminded. Every such job of one day asks for the same check.
 */
const EARLIER_KINDS = ['monitoringDue', 'monitoringOverdue'] as const;

function earlierReminder(env: StepJobContext): JobHandler {
  return async (job, now) => {
    if (typeof job.payload.projectId !== 'string') return;
    const today = amsterdamDate(now);
    await scheduleMonitoringCheck(env.deps, job.payload.projectId, today, addDays(today, -1));
  };
}

export const monitoringJobHandlers = (env: StepJobContext): Record<string, JobHandler> => ({
  [MONITORING_CHECK]: monitoringCheck(env),
  ...Object.fromEntries(EARLIER_KINDS.map((kind) => [kind, earlierReminder(env)])),
});
