import { moduleOf, type StepModule } from '../../steps/step-module';
import type { AppDeps } from '../../kernel/deps';
import type { StepJobPayload } from '../app/step-jobs';
import { closeInputAtDeadline, preMeetingFacts, reminderFacts } from '../app/timed-step-work';
import { personalLanguage, projectLanguage, type Project } from '../../project';
import { isStepNumber } from '../../kernel/steps';
import { catalogOf, formatMoment, type Catalog } from '../../i18n';
import { cardActivity, channelCardPosts, channelTarget, type OutboxItem, type OutboxTarget } from '../../platform/outbox';
import type { CardRenderer } from '../../platform/cards/card-renderer';
import { agendaOf } from '../views/agenda.view';
import { MEETING_PREVIEW_CARD, toPreMeetingView } from '../views/meeting.view';
import { toStepOpenedView } from '../views/step-opened.view';
import type { JobHandler, ScheduledJob } from '../../platform/scheduler/job';

export interface StepJobEnv {
  readonly deps: AppDeps;
  readonly cards: CardRenderer;
  readonly enqueue: (items: readonly OutboxItem[]) => Promise<void>;
  readonly steps: readonly StepModule[];
}

/** Posts in the channel speak the project's language; a personal message the person's own. */
const channelLanguage = (project: Project): Catalog => catalogOf(projectLanguage(project));

function payloadOf(job: ScheduledJob): StepJobPayload {
  const p = job.payload as Partial<StepJobPayload>;
  if (typeof p.projectId !== 'string' || typeof p.at !== 'string' || typeof p.step !== 'number' || !isStepNumber(p.step)) {
    throw new Error(`job ${job.id} has no valid step payload`);
  }
  return { projectId: p.projectId, step: p.step, at: p.at, ...(typeof p.hoursBefore === 'number' ? { hoursBefore: p.hoursBefore } : {}) };
}

const channelOf = (project: Project): OutboxTarget => channelTarget(project.channel);

/**
 * The timed work of the steps. Every outbox id is derived from the job id, so a job that runs
 * again after a crash queues nothing twice.
 */
export function stepJobHandlers(env: StepJobEnv): Record<string, JobHandler> {
  return {
    async stepDeadline(job) {
      const work = await closeInputAtDeadline(env.deps, payloadOf(job));
      if (work.kind === 'nothingToDo') return;
      const t = channelLanguage(work.project);
      const { project, step } = work;
      const text = t.steps.closedAtDeadline(step.number, t.steps.titles[step.number]);
      const module = moduleOf(env.steps, step.number);
      // The step card no longer offers what cannot be done; steps with an aggregation of their input post it now.
      const stepCard = env.cards.render('step-opened', toStepOpenedView(t, project.id, step, module?.stepCardButtons?.(t, step)));
      const closedCards = (await module?.inputClosedCards?.({ deps: env.deps, cards: env.cards, t }, project)) ?? [];
      await env.enqueue([
        { id: `${job.id}|channel`, target: channelOf(project), activity: { text }, sourceProjectId: project.id },
        ...(step.cardActivityId
          ? [{ id: `${job.id}|card`, target: channelOf(project), activity: { ...cardActivity(stepCard), replaceActivityId: step.cardActivityId }, sourceProjectId: project.id }]
          : []),
        ...channelCardPosts(`${job.id}|closed`, project, closedCards),
      ]);
    },

    async stepReminder(job) {
      const work = await reminderFacts(env.deps, payloadOf(job));
      if (work.kind === 'nothingToDo') return;
      const { project, step, missing } = work;
      const t = channelLanguage(project);
      const title = t.steps.titles[step.number];
      const closes = formatMoment(t, step.deadline ?? job.dueAt);
      const channel: OutboxItem = {
        id: `${job.id}|channel`,
        target: channelOf(project),
        activity: { text: t.steps.reminderChannel(step.number, title, closes, missing.length, project.participants.length) },
        sourceProjectId: project.id,
      };
      // Named only to themselves: each person who has not given input gets a personal message.
      const personal: OutboxItem[] = missing.flatMap((p) => {
        if (!p.teamsUserId) return [];
        const own = catalogOf(personalLanguage(project, p.key));
        const when = formatMoment(own, step.deadline ?? job.dueAt);
        const text = own.steps.reminderPersonal(p.name, step.number, own.steps.titles[step.number], when, project.profile?.name ?? own.project.unnamed);
        return [{ id: `${job.id}|to:${p.key}`, target: { ...channelOf(project), conversationId: '', userId: p.teamsUserId }, activity: { text }, sourceProjectId: project.id }];
      });
      await env.enqueue([channel, ...personal]);
    },

    async preMeeting(job) {
      const payload = payloadOf(job);
      const work = await preMeetingFacts(env.deps, payload);
      if (work.kind === 'nothingToDo') return;
      const t = channelLanguage(work.project);
      const counts = { ...work.input, participants: work.project.participants.length };
      const view = toPreMeetingView(t, work.project, payload.step, counts, payload.hoursBefore ?? 0, agendaOf(env.steps, payload.step, t));
      const preview = env.cards.render(MEETING_PREVIEW_CARD, view);
      // Steps with an aggregation of their own post it after the agenda (T3); the others, agenda and counts.
      const aggregation = (await moduleOf(env.steps, payload.step)?.preMeetingCards?.({ deps: env.deps, cards: env.cards, t }, work.project)) ?? [];
      await env.enqueue([
        { id: `${job.id}|channel`, target: channelOf(work.project), activity: cardActivity(preview), sourceProjectId: work.project.id },
        ...channelCardPosts(`${job.id}|list`, work.project, aggregation),
      ]);
    },
  };
}
