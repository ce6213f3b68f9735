import type { ProblemCatalog } from '../i18n/catalog';
import type { ProblemCriterion } from '../domain/criteria';
import type { ProblemOverview } from '../domain/prioritisation';
import type { AdaptiveCardJson, CardRenderer } from '../../../platform/cards/card-renderer';
import { toProblemPageViews, toProblemSummaryView, type SummaryExtras } from './problem-list.view';

/** The summary card first, then the list pages, in order: what `lijst` and the pre-meeting posts send. */
export function renderProblemList(
  cards: CardRenderer,
  t: ProblemCatalog,
  projectName: string,
  overview: ProblemOverview,
  criteria: readonly ProblemCriterion[] = [],
): AdaptiveCardJson[] {
  return [
    cards.render('problem-summary', toProblemSummaryView(t, projectName, overview)),
    ...toProblemPageViews(t, overview.ordered, criteria).map((view) => cards.render('problem-page', view)),
  ];
}

/** While input is open: the counts only, nobody's texts, and what happens next (independent input). */
export function renderProblemCounts(cards: CardRenderer, t: ProblemCatalog, projectName: string, overview: ProblemOverview, extras: SummaryExtras): AdaptiveCardJson {
  return cards.render('problem-summary', toProblemSummaryView(t, projectName, overview, extras));
}
