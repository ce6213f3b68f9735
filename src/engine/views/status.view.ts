import type { Project } from '../../project';
import type { StepNumber } from '../../kernel/steps';
import { formatMoment, type Catalog } from '../../i18n';

export interface StatusView {
  readonly title: string;
  readonly headers: { readonly step: string; readonly status: string; readonly deadline: string; readonly input: string };
  readonly rows: readonly { readonly step: string; readonly status: string; readonly deadline: string; readonly input: string }[];
}

/** Every step with its state, deadline (and meeting) and how many participants gave input. */
export function toStatusView(t: Catalog, project: Project, input: ReadonlyMap<StepNumber, { participantsWithInput: number }>): StatusView {
  return {
    title: `${t.steps.statusTitle}: ${project.profile?.name ?? t.project.unnamed}`,
    headers: t.steps.statusHeaders,
    rows: project.steps.map((s) => ({
      step: `${s.number}. ${t.steps.titles[s.number]}`,
      status: t.steps.statuses[s.status],
      deadline: [s.deadline ? formatMoment(t, s.deadline) : '–', s.meetingAt ? t.steps.meetingLine(formatMoment(t, s.meetingAt)) : ''].filter(Boolean).join('; '),
      input: s.number === 1 ? '–' : t.steps.inputCount(input.get(s.number)?.participantsWithInput ?? 0, project.participants.length),
    })),
  };
}
