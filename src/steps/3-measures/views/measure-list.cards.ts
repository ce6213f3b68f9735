import type { AdaptiveCardJson, CardRenderer } from '../../../platform/cards/card-renderer';
import type { MeasureCriterion } from '../domain/measure';
import type { MeasureOverview } from '../domain/overview';
import type { MeasureCatalog } from '../i18n/catalog';
import { MEASURE_PAGE_CARD, MEASURE_SUMMARY_CARD, toMeasurePageViews, toMeasureSummaryView } from './measure-list.view';

/** The summary card first, then the problems with their measures, in order: what `maatregelen` and the posts send. */
export function renderMeasureList(
  cards: CardRenderer, t: MeasureCatalog, projectName: string, overview: MeasureOverview, criteria: readonly MeasureCriterion[],
): AdaptiveCardJson[] {
  return [
    cards.render(MEASURE_SUMMARY_CARD, toMeasureSummaryView(t, projectName, overview)),
    ...toMeasurePageViews(t, overview, criteria).map((view) => cards.render(MEASURE_PAGE_CARD, view)),
  ];
}
