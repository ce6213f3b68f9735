import type { Meeting } from '../domain/meeting';
import { formatMoment, type Catalog } from '../../i18n';
import { doneMeta, itemTitle } from './meeting.view';
import type { MeetingWithPriorities } from '../../steps/2-problems/domain/priority-outcome';

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
  /** Step 2: the agreed priority list (S2.5), when one was fixed. */
  readonly priorityTitle: string;
  readonly priorities: readonly { readonly text: string }[];
  readonly endorsed: string;
}

/** The recorded outcome of a closed meeting (G4): every item with what was agreed, by whom and when. */
export function toMeetingOutcomeView(t: Catalog, meeting: Meeting | MeetingWithPriorities): MeetingOutcomeView {
  const m = t.meetings;
  const step = meeting.step;
  const held = meeting.startedAt ?? meeting.plannedAt;
  const done = meeting.items.filter((i) => i.done).length;
  return {
    title: m.outcomeTitle(step, t.steps.titles[step]),
    dateLine: m.heldLine(formatMoment(t, held)),
    closedLine: meeting.closedAt ? m.closedLine(formatMoment(t, meeting.closedAt), meeting.closedByName ?? '') : '',
    progress: m.heldProgress(done, meeting.items.length),
    items: meeting.items.map((item, index) => ({
      mark: item.done ? m.marks.done : m.marks.notDiscussed,
      heading: `${index + 1}. ${itemTitle(t, step, item.key)}`,
      outcome: item.done ? item.outcome || m.noOutcome : m.notDiscussed,
      isSubtle: !item.done,
      meta: item.done ? doneMeta(t, item, held) : '',
    })),
    ...priorityPart(t, meeting),
  };
}

function priorityPart(t: Catalog, meeting: MeetingWithPriorities): Pick<MeetingOutcomeView, 'priorityTitle' | 'priorities' | 'endorsed'> {
  const p = t.prioritisation;
  const list = meeting.priorities;
  return {
    priorityTitle: list ? p.outcomeTitle : '',
    priorities: (list?.items ?? []).map((name, index) => ({ text: p.listItem(index + 1, name) })),
    endorsed: list ? p.endorsed(list.endorsed, list.participants) : '',
  };
}
