import type { AgendaView } from './agenda.view';
import { amsterdamParts } from '../../kernel/amsterdam-time';
import { MAX_OUTCOME_CHARS, notDiscussed, type AgendaItem, type Meeting, type MeetingWork } from '../domain/meeting';
import { jsonBytes } from '../../kernel/pages';
import { currentMeeting } from '../domain/meetings';
import type { Project } from '../../project';
import { stepOf, type StepNumber } from '../../kernel/steps';
import { formatMoment, type Catalog } from '../../i18n';

/** Template names, for the routes and the scheduler. */
export const MEETING_AGENDA_CARD = 'meeting-agenda';
export const MEETING_OUTCOME_CARD = 'meeting-outcome';
export const MEETING_PREVIEW_CARD = 'meeting-preview';
export const MEETING_CLOSE_CONFIRM_CARD = 'meeting-close-confirm';


export function meetingTitle(t: Catalog, step: StepNumber): string {
  return t.meetings.title(step, t.steps.titles[step]);
}

/** "14:05" during the meeting's own day, the full date otherwise. */
export function itemWhen(t: Catalog, iso: string, dayOf: string | null): string {
  const at = amsterdamParts(new Date(iso));
  const day = dayOf ? amsterdamParts(new Date(dayOf)) : undefined;
  const sameDay = day && day.year === at.year && day.month === at.month && day.day === at.day;
  return sameDay ? `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}` : formatMoment(t, iso);
}

export function doneMeta(t: Catalog, item: AgendaItem, dayOf: string | null): string {
  return item.doneAt ? t.meetings.doneBy(item.doneByName ?? '', itemWhen(t, item.doneAt, dayOf)) : '';
}

/** Room for the work lines on one card: with ten full outcomes the card must still stay within 40 KB. */
const WORK_BUDGET_BYTES = 8 * 1024;

/** The work lines per item, in agenda order, cut off with "… en nog N" once the card's budget is used. */
export function clipWork(t: Catalog, keys: readonly string[], work: MeetingWork): Map<string, { text: string }[]> {
  const clipped = new Map<string, { text: string }[]>();
  let used = 0;
  for (const key of keys) {
    const lines = work[key] ?? [];
    const kept: { text: string }[] = [];
    for (const [index, line] of lines.entries()) {
      const bytes = jsonBytes(line) + 60;
      if (used + bytes > WORK_BUDGET_BYTES) {
        kept.push({ text: t.meetings.moreWork(lines.length - index) });
        break;
      }
      used += bytes;
      kept.push({ text: line });
    }
    clipped.set(key, kept);
  }
  return clipped;
}

export interface AgendaItemView {
  readonly key: string;
  readonly mark: string;
  readonly heading: string;
  readonly weight: 'Bolder' | 'Default';
  readonly detail: string;
  readonly outcome: string;
  /** What was done under this item in the meeting (clusters, votes, …), as the step describes it. */
  readonly work: readonly { readonly text: string }[];
  readonly meta: string;
  /** The first open item of a running meeting: it gets the outcome box and the button. */
  readonly isCurrent: boolean;
}

export interface MeetingAgendaView {
  readonly projectId: string;
  readonly step: number;
  readonly title: string;
  readonly dateLine: string;
  readonly progress: string;
  readonly hint: string;
  readonly items: readonly AgendaItemView[];
  /** Running: the leader can finish items and close the meeting. */
  readonly canClose: boolean;
  readonly outcomeLabel: string;
  readonly outcomePlaceholder: string;
  readonly maxOutcome: number;
  readonly completeLabel: string;
  readonly closeLabel: string;
}

/** Items of a step without a meeting record yet: the proposed agenda, nothing done. */
const proposed = (agenda: AgendaView): AgendaItem[] =>
  agenda.keys.map((key) => ({ key, done: false, outcome: '', doneAt: null, doneBy: null, doneByName: null }));

/** The agenda card: proposed, planned or live (running). A closed meeting has its own outcome card. */
export function toMeetingAgendaView(
  t: Catalog, project: Project, step: StepNumber, meeting: Meeting | undefined, agenda: AgendaView, work: MeetingWork = {},
): MeetingAgendaView {
  const m = t.meetings;
  const running = meeting?.status === 'running';
  const items = meeting?.items ?? proposed(agenda);
  const current = running ? items.find((i) => !i.done)?.key : undefined;
  const workLines = clipWork(t, items.map((i) => i.key), work);
  const plannedAt = meeting?.plannedAt ?? stepOf(project.steps, step).meetingAt;
  const dateLine = running && meeting.startedAt ? m.startedLine(formatMoment(t, meeting.startedAt)) : plannedAt ? m.plannedLine(formatMoment(t, plannedAt)) : m.notPlanned;
  const hint = running ? m.runningHint : plannedAt ? m.startHint(step) : m.planHint(step);
  return {
    projectId: project.id,
    step,
    title: meetingTitle(t, step),
    dateLine,
    progress: running ? m.progress(items.filter((i) => i.done).length, items.length) : '',
    hint: [meeting?.earlier?.length ? m.earlierRounds(meeting.earlier.length) : '', hint].filter(Boolean).join(' '),
    items: items.map((item, index) => ({
      key: item.key,
      mark: item.done ? m.marks.done : m.marks.open,
      heading: `${index + 1}. ${agenda.title(item.key)}`,
      weight: item.key === current ? 'Bolder' : 'Default',
      detail: item.done ? '' : agenda.detail(item.key),
      outcome: item.done ? item.outcome || m.noOutcome : '',
      work: workLines.get(item.key) ?? [],
      meta: item.done ? doneMeta(t, item, meeting?.startedAt ?? null) : '',
      isCurrent: item.key === current,
    })),
    canClose: running,
    outcomeLabel: m.outcomeLabel,
    outcomePlaceholder: m.outcomePlaceholder,
    maxOutcome: MAX_OUTCOME_CHARS,
    completeLabel: m.complete,
    closeLabel: m.close,
  };
}

export interface PreMeetingCounts {
  readonly entries: number;
  readonly participantsWithInput: number;
  readonly participants: number;
}

export interface PreMeetingView {
  readonly title: string;
  readonly dateLine: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly agendaTitle: string;
  readonly items: readonly { readonly heading: string; readonly detail: string }[];
  readonly hint: string;
}

/**
 * The post before a meeting (24 h and 1 h ahead): the agenda and how much input there is,
 * until a step has an aggregation of its own. Render it with MEETING_PREVIEW_CARD.
 */
export function toPreMeetingView(t: Catalog, project: Project, step: StepNumber, counts: PreMeetingCounts, hoursBefore: number, agenda: AgendaView): PreMeetingView {
  const m = t.meetings;
  const at = stepOf(project.steps, step).meetingAt ?? currentMeeting(project, step)?.plannedAt;
  return {
    title: m.preview.title(step, t.steps.titles[step], hoursBefore),
    dateLine: at ? m.plannedLine(formatMoment(t, at)) : m.notPlanned,
    facts: [
      { title: m.preview.entries, value: String(counts.entries) },
      { title: m.preview.participantsWithInput, value: m.preview.ofTotal(counts.participantsWithInput, counts.participants) },
    ],
    agendaTitle: m.preview.agenda,
    items: agenda.keys.map((key, index) => ({ heading: `${index + 1}. ${agenda.title(key)}`, detail: agenda.detail(key) })),
    hint: m.startHint(step),
  };
}

export interface CloseConfirmView {
  readonly projectId: string;
  readonly step: number;
  readonly title: string;
  readonly intro: string;
  readonly items: readonly { readonly text: string }[];
  readonly outro: string;
  readonly hint: string;
  readonly confirmLabel: string;
  readonly backLabel: string;
}

/** Before a meeting with items nobody got to is closed: which ones, and a choice. */
export function toCloseConfirmView(t: Catalog, projectId: string, meeting: Meeting, agenda: AgendaView, work: MeetingWork): CloseConfirmView {
  const m = t.meetings;
  return {
    projectId,
    step: meeting.step,
    title: m.confirmTitle(meeting.step),
    intro: m.confirmIntro,
    items: notDiscussed(meeting.items, work).map((item) => ({ text: `${meeting.items.indexOf(item) + 1}. ${agenda.title(item.key)}` })),
    outro: m.confirmOutro,
    hint: m.confirmHint(meeting.step),
    confirmLabel: m.confirmButton,
    backLabel: m.backButton,
  };
}
