import type { PriorityItem } from '../../2-problems';
import { formatDate } from '../../../i18n';
import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, numberedPages, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';
import type { CarriedGoal, Project } from '../../../project';
import type { Goal } from '../domain/goal';
import type { GoalCatalog } from '../i18n/catalog';

export const GOAL_LIST_CARD = 'goal-list';

interface GoalView {
  readonly heading: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export interface GoalListView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly empty: string;
  readonly goals: readonly GoalView[];
  readonly canAdd: boolean;
  readonly addLabel: string;
  /** On the last card: the previous cycle's goals not reached, each with "Overnemen" for the leader. */
  readonly carriedTitle: string;
  readonly carriedIntro: string;
  readonly carried: readonly { readonly heading: string; readonly fact: string; readonly index: number; readonly canCarry: boolean }[];
  readonly carryLabel: string;
}

const GOALS_PER_PAGE = 12;
const GOAL_FRAME_BYTES = 900;

/** The problems a goal serves, as on the priority list: "1. Openbare orde, 3. Jongeren" (the names as typed, no markup). */
export const problemNames = (problems: readonly PriorityItem[], ids: readonly string[]): string =>
  problems.filter((p) => ids.includes(p.id)).map((p) => `${p.rank}. ${plainCardText(p.name)}`).join(', ');

/** Every SMART element of one goal as facts; the date says so when it lies after the project's planned end. */
export function goalFacts(t: GoalCatalog, project: Project, problems: readonly PriorityItem[], goal: Goal): GoalView['facts'] {
  const g = t.goals;
  const end = project.profile?.plannedEndDate;
  const when = [g.timeBound(formatDate(t, goal.targetDate)), ...(end && goal.targetDate > end ? [g.afterProject(formatDate(t, end))] : [])].join(', ');
  return [
    { title: g.elements.meetbaar, value: plainCardText(g.measurable(goal.indicator, goal.startValue, goal.targetValue, goal.measuredBy)) },
    { title: g.elements.acceptabel, value: plainCardText(goal.carriedBy) },
    { title: g.elements.realistisch, value: plainCardText(goal.whyRealistic) },
    { title: g.elements.tijdgebonden, value: when },
    { title: g.problemsFact, value: problemNames(problems, goal.problemIds) },
  ];
}

/** `doelen`: every goal with its SMART elements, over as many cards as needed; the leader gets "Doel toevoegen" on the last. */
export function toGoalListViews(
  t: GoalCatalog, project: Project, problems: readonly PriorityItem[], goals: readonly Goal[], canAdd: boolean,
  carried: readonly (CarriedGoal & { readonly index: number })[] = [],
): GoalListView[] {
  const g = t.goals;
  const views = goals.map((goal, index): GoalView => ({ heading: g.heading(index + 1, plainCardText(goal.what)), facts: goalFacts(t, project, problems, goal) }));
  const weigh = (v: GoalView): number => GOAL_FRAME_BYTES + jsonBytes(v.heading) + v.facts.reduce((sum, f) => sum + jsonBytes(f.value) + 60, 0);
  const pages = numberedPages(splitIntoPages(views, weigh, PAGE_BUDGET_BYTES, GOALS_PER_PAGE));
  const carriedViews = carried.map((c) => ({
    heading: plainCardText(c.what), fact: plainCardText(g.carriedFact(c.indicator, c.startValue, c.targetValue)), index: c.index, canCarry: canAdd,
  }));
  return pages.map((page, index) => {
    const last = index === pages.length - 1;
    return {
      projectId: project.id,
      title: g.listTitle(goals.length),
      intro: index === 0 ? g.listIntro : '',
      empty: goals.length === 0 ? g.none : '',
      goals: page.items,
      canAdd: canAdd && last,
      addLabel: g.addButton,
      carriedTitle: last && carriedViews.length > 0 ? g.carriedTitle : '',
      carriedIntro: last && carriedViews.length > 0 && canAdd ? g.carriedIntro : '',
      carried: last ? carriedViews : [],
      carryLabel: g.carryButton,
    };
  });
}
