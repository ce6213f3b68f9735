import type { Project } from '../../project';
import type { StepNumber, StepState } from '../../kernel/steps';
import { formatMoment, type Catalog } from '../../i18n';
import { currentMeeting } from '../domain/meetings';

export interface StatusView {
  readonly title: string;
  /** One block per step: no table, so nothing narrow breaks a word in two. */
  readonly steps: readonly { readonly heading: string; readonly state: string; readonly details: string }[];
}

/** The meeting as the group knows it: held (with its date), running, or planned. */
function meetingLine(t: Catalog, project: Project, step: StepState): string {
  const meeting = currentMeeting(project, step.number);
  if (meeting?.status === 'closed') return t.steps.meetingHeld(formatMoment(t, meeting.startedAt ?? meeting.plannedAt));
  if (meeting?.status === 'running' && meeting.startedAt) return t.steps.meetingRunning(formatMoment(t, meeting.startedAt));
  return step.meetingAt ? t.steps.meetingPlanned(formatMoment(t, step.meetingAt)) : '';
}

/**
 * Every step with its state, deadline, meeting and, for steps that take input and have opened,
 * how many participants gave some (G3).
 */
export function toStatusView(
  t: Catalog, project: Project, input: ReadonlyMap<StepNumber, { participantsWithInput: number }>, inputSteps: ReadonlySet<StepNumber>,
): StatusView {
  return {
    title: t.steps.statusTitle(project.profile?.name ?? t.project.unnamed),
    steps: project.steps.map((s) => {
      const takesInput = inputSteps.has(s.number) && s.status !== 'notOpen';
      const details = [
        s.deadline && s.status !== 'notOpen' ? t.steps.deadlineFact(formatMoment(t, s.deadline)) : '',
        meetingLine(t, project, s),
        takesInput ? t.steps.inputCount(input.get(s.number)?.participantsWithInput ?? 0, project.participants.length) : '',
      ];
      return {
        heading: t.steps.statusHeading(s.number, t.steps.titles[s.number]),
        state: t.steps.statuses[s.status],
        details: details.filter(Boolean).join(' · '),
      };
    }),
  };
}
