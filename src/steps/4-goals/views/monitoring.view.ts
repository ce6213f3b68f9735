import { formatDate } from '../../../i18n';
import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';
import type { MonitoringOverview } from '../app/monitoring';
import type { Goal } from '../domain/goal';
import { dueDates, type MonitoringAgreement } from '../domain/monitoring';
import type { GoalCatalog } from '../i18n/catalog';

export const MONITORING_CARD = 'monitoring';

interface GoalSection {
  readonly heading: string;
  readonly empty: string;
  readonly agreements: readonly { readonly id: string; readonly text: string }[];
}

export interface MonitoringView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly empty: string;
  readonly goals: readonly GoalSection[];
  readonly canChange: boolean;
  readonly addLabel: string;
  readonly removeLabel: string;
}

/** "Rachid El Amrani voert in: aantal meldingen; maandelijks vanaf 1 februari 2027 (6 keer, tot 1 juli 2027)". */
export function agreementText(t: GoalCatalog, agreement: MonitoringAgreement, goal: Goal): string {
  const m = t.monitoring;
  const schedule = agreement.schedule;
  const dates = dueDates(schedule, goal.targetDate);
  const when = schedule.kind === 'dates'
    ? m.onDates(schedule.dates.map((d) => formatDate(t, d)).join(', '))
    : m.every(m.frequencies[schedule.interval], formatDate(t, schedule.from), dates.length, formatDate(t, dates.at(-1) ?? schedule.from));
  return m.line(plainCardText(agreement.participantName), plainCardText(agreement.what), when);
}

const SECTIONS_PER_PAGE = 15;
const SECTION_FRAME_BYTES = 400;

/** `monitoring` (S4.3): per goal who enters what and when; the leader can add and remove agreements. */
export function toMonitoringViews(t: GoalCatalog, overview: MonitoringOverview): MonitoringView[] {
  const m = t.monitoring;
  const sections = overview.goals.map((goal, index): GoalSection => {
    const agreements = overview.agreements.filter((a) => a.goalId === goal.id).map((a) => ({ id: a.id, text: agreementText(t, a, goal) }));
    return { heading: m.goalHeading(index + 1, plainCardText(goal.what)), empty: agreements.length === 0 ? m.noAgreement : '', agreements };
  });
  const weigh = (s: GoalSection): number => SECTION_FRAME_BYTES + jsonBytes(s.heading) + s.agreements.reduce((sum, a) => sum + jsonBytes(a.text) + 900, 0);
  const pages = splitIntoPages(sections, weigh, PAGE_BUDGET_BYTES, SECTIONS_PER_PAGE);
  const canChange = overview.isLeader && overview.open;
  return pages.map((page, index) => ({
    projectId: overview.project.id,
    title: m.title,
    intro: index === 0 ? m.intro : '',
    empty: overview.goals.length === 0 ? m.noGoals : overview.agreements.length === 0 && index === 0 ? m.none : '',
    goals: page,
    canChange: canChange && overview.goals.length > 0,
    addLabel: m.addButton,
    removeLabel: m.remove,
  }));
}
