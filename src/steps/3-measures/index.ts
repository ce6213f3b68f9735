import type { Catalog } from '../../i18n';
import { stepOf } from '../../kernel/steps';
import type { AppDeps } from '../../kernel/deps';
import type { AdaptiveCardJson } from '../../platform/cards/card-renderer';
import type { Project } from '../../project';
import type { StepContext, StepModule } from '../step-module';
import { overviewFor } from './app/measure-list';
import { measureCriteriaFor } from './app/step-work';
import { MEASURE_CARD_ACTIONS, MEASURE_COMMANDS } from './commands';
import type { Gap, MeasureOverview } from './domain/overview';
import { measureCatalog } from './i18n/catalog';
import { renderMeasureList } from './views/measure-list.cards';

export type { Measure, MeasureKind, Target } from './domain/measure';
export type { Gap, MeasureOverview, PriorityProblem, ProblemMeasures } from './domain/overview';

/**
 * The current measures per priority problem with counts, "niets" answers, silent organisations
 * and gaps: what step 4 assesses (S4.2) and step 5 continues (S5.1).
 */
export const measureOverviewOf = (deps: Pick<AppDeps, 'store'>, project: Project, t: Catalog): Promise<MeasureOverview> =>
  overviewFor(deps, project, measureCatalog(t).measureList.unknownOrganisation);

/** The words for the gaps, as the overview says them (step 4 shows them beside its assessment). */
export const gapTexts = (t: Catalog): Readonly<Record<Gap, string>> => measureCatalog(t).measureList.gaps;

/** The overview as cards (summary first, then the problems): posted when input closes and before the step 4 meeting (T3). */
export async function measureOverviewCards({ deps, cards, t }: StepContext, project: Project): Promise<readonly AdaptiveCardJson[]> {
  const catalog = measureCatalog(t);
  const [overview, criteria] = await Promise.all([measureOverviewOf(deps, project, t), measureCriteriaFor(deps, project)]);
  return renderMeasureList(cards, catalog, project.profile?.name ?? catalog.project.unnamed, overview, criteria);
}

/** Step 3 "Wat doen wij al?": every participant's current measures per priority problem, online (S3.1–S3.4). */
export const MEASURES_MODULE: StepModule = {
  step: 3,
  // A "niets" is an answer too: it counts as input for reminders and status.
  entryKinds: ['measure', 'noMeasure'],
  commands: MEASURE_COMMANDS,
  cardActions: MEASURE_CARD_ACTIONS,
  stepCardButtons: (shared) => [{ title: measureCatalog(shared).measures.enterButton, verb: 'measure.mine', primary: true }],
  // Measures are entered per problem of the priority list, which step 2's meeting fixes.
  openRefusal: ({ t }, project) => Promise.resolve(stepOf(project.steps, 2).status === 'done' ? undefined : measureCatalog(t).measures.cannotOpen),
  inputClosedCards: measureOverviewCards,
};
