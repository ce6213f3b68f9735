import type { OutcomeSection } from '../../steps/step-module';
import { isDiscussed, notDiscussed, type Meeting } from '../domain/meeting';
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
  /** Which items nobody got to, by number and title; empty when every item was discussed. */
  readonly notDiscussedLine: string;
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
  const recorded = meeting.work ?? {};
  const discussed = meeting.items.filter((i) => isDiscussed(i, recorded)).length;
  const work = clipWork(t, meeting.items.map((i) => i.key), recorded);
  const heading = (key: string): string => `${meeting.items.findIndex((i) => i.key === key) + 1}. ${agenda.title(key)}`;
  const missed = notDiscussed(meeting.items, recorded);
  return {
    title: m.outcomeTitle(step, t.steps.titles[step]),
    dateLine: m.heldLine(formatMoment(t, held)),
    closedLine: meeting.closedAt ? m.closedLine(formatMoment(t, meeting.closedAt), meeting.closedByName ?? '') : '',
    progress: m.heldProgress(discussed, meeting.items.length),
    notDiscussedLine: missed.length > 0 ? m.notDiscussedLine(missed.map((i) => heading(i.key)).join(', ')) : '',
    items: meeting.items.map((item) => {
      // Work recorded under an item shows it was discussed, ticked or not.
      const wasDiscussed = isDiscussed(item, recorded);
      return {
        mark: wasDiscussed ? m.marks.done : m.marks.notDiscussed,
        heading: heading(item.key),
        outcome: item.done ? item.outcome || m.noOutcome : wasDiscussed ? '' : m.notDiscussed,
        work: work.get(item.key) ?? [],
        isSubtle: !wasDiscussed,
        meta: item.done ? doneMeta(t, item, held) : '',
      };
    }),
    sectionTitle: section?.title ?? '',
    sectionLines: (section?.lines ?? []).map((line) => ({ text: line })),
    sectionFooter: section?.footer ?? '',
  };
}
