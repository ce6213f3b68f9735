import type { Meeting } from '../domain/meeting';
import type { Catalog } from '../i18n';
import { doneMeta, itemTitle, when } from './meeting.view';

export interface OutcomeItemView {
  readonly mark: string;
  readonly heading: string;
  readonly outcome: string;
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
}

/** The recorded outcome of a closed meeting (G4): every item with what was agreed, by whom and when. */
export function toMeetingOutcomeView(t: Catalog, meeting: Meeting): MeetingOutcomeView {
  const m = t.meetings;
  const step = meeting.step;
  const held = meeting.startedAt ?? meeting.plannedAt;
  const done = meeting.items.filter((i) => i.done).length;
  return {
    title: m.outcomeTitle(step, t.steps.titles[step]),
    dateLine: m.heldLine(when(t, held)),
    closedLine: meeting.closedAt ? m.closedLine(when(t, meeting.closedAt), meeting.closedByName ?? '') : '',
    progress: m.heldProgress(done, meeting.items.length),
    items: meeting.items.map((item, index) => ({
      mark: item.done ? m.marks.done : m.marks.notDiscussed,
      heading: `${index + 1}. ${itemTitle(t, step, item.key)}`,
      outcome: item.done ? item.outcome || m.noOutcome : m.notDiscussed,
      isSubtle: !item.done,
      meta: item.done ? doneMeta(t, item, held) : '',
    })),
  };
}
