import type { OutcomeSection } from '../../steps/step-module';
import type { Meeting } from '../domain/meeting';
import { formatMoment, type Catalog } from '../../i18n';
import type { AgendaView } from './agenda.view';
import { clipWork, doneMeta } from './meeting.view';

export interface OutcomeItemView {
  readonly mark: string;
  readonly heading: string;
  readonly outcome: string;
  /** What was done under this item in the meeting, as recorded when it closed. */
  readonly work: readonly { readonly text: string }[];
  /** Not discussed items are shown subtly. */
  readonly isSubtle: boolean;
  readonly meta: string;
}

export interface MeetingOutcomeView {
  readonly title: string;
  readonly dateLine: string;
  readonly closedLine: string;
  readonly progress: string;
  readonly items: readonly OutcomeItemView[];
  /** The step's own part of the outcome (step 2: the agreed priority list, S2.5), empty when it has none. */
  readonly sectionTitle: string;
  readonly sectionLines: readonly { readonly text: string }[];
  readonly sectionFooter: string;
}

/** The recorded outcome of a closed meeting (G4): every item with what was agreed, by whom and when. */
export function toMeetingOutcomeView(t: Catalog, meeting: Meeting, agenda: AgendaView, section?: OutcomeSection): MeetingOutcomeView {
  const m = t.meetings;
  const step = meeting.step;
  const held = meeting.startedAt ?? meeting.plannedAt;
  const done = meeting.items.filter((i) => i.done).length;
  const work = clipWork(t, meeting.items.map((i) => i.key), meeting.work ?? {});
  return {
    title: m.outcomeTitle(step, t.steps.titles[step]),
    dateLine: m.heldLine(formatMoment(t, held)),
    closedLine: meeting.closedAt ? m.closedLine(formatMoment(t, meeting.closedAt), meeting.closedByName ?? '') : '',
    progress: m.heldProgress(done, meeting.items.length),
    items: meeting.items.map((item, index) => ({
      mark: item.done ? m.marks.done : m.marks.notDiscussed,
      heading: `${index + 1}. ${agenda.title(item.key)}`,
      outcome: item.done ? item.outcome || m.noOutcome : m.notDiscussed,
      work: work.get(item.key) ?? [],
      isSubtle: !item.done,
      meta: item.done ? doneMeta(t, item, held) : '',
    })),
    sectionTitle: section?.title ?? '',
    sectionLines: (section?.lines ?? []).map((line) => ({ text: line })),
    sectionFooter: section?.footer ?? '',
  };
}
