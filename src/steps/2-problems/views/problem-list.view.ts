import type { ProblemCatalog } from '../i18n/catalog';
import { LIKELIHOODS, PRIORITIES, CONSEQUENCES, type Problem } from '../domain/problem';
import type { ProblemCriterion } from '../domain/criteria';
import type { ProblemOverview } from '../domain/prioritisation';
import { jsonBytes, numberedPages, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';

export interface ProblemSummaryView {
  readonly title: string;
  readonly intro: string;
  readonly hasProblems: boolean;
  readonly countsTitle: string;
  readonly counts: readonly { readonly title: string; readonly value: string }[];
  readonly matrixTitle: string;
  readonly matrixHeader: readonly string[];
  readonly matrixRows: readonly { readonly label: string; readonly cells: readonly string[] }[];
}

interface ProblemRow {
  readonly heading: string;
  readonly line: string;
}

export interface ProblemPageView {
  readonly title: string;
  readonly rows: readonly ProblemRow[];
}

const ROWS_PER_PAGE = 60;
const ROW_FRAME_BYTES = 260;

/** The summary card: counts per typing and the likelihood × priority matrix. */
export function toProblemSummaryView(t: ProblemCatalog, projectName: string, overview: ProblemOverview): ProblemSummaryView {
  const p = t.problems;
  const l = t.problemList;
  const total = overview.ordered.length;
  const spread = <K extends string>(keys: readonly K[], counts: Readonly<Record<K, number>>, names: Record<string, string>): string =>
    keys.map((k) => `${names[k] ?? k} ${counts[k]}`).join(' · ');
  return {
    title: l.summaryTitle(projectName),
    intro: total === 0 ? l.none : l.summaryIntro(total, overview.organisations),
    hasProblems: total > 0,
    countsTitle: l.countsTitle,
    counts: [
      { title: p.priority, value: spread(PRIORITIES, overview.byPriority, p.levels) },
      { title: p.likelihood, value: spread(LIKELIHOODS, overview.byLikelihood, p.levels) },
      { title: p.consequences, value: spread(CONSEQUENCES, overview.byConsequences, p.consequenceKinds) },
    ],
    matrixTitle: l.matrixTitle,
    matrixHeader: [l.matrixCorner, ...PRIORITIES.map((k) => p.levels[k])],
    matrixRows: LIKELIHOODS.map((likelihood) => ({
      label: p.levels[likelihood],
      cells: PRIORITIES.map((priority) => String(overview.matrix[likelihood][priority])),
    })),
  };
}

/** The ordered list over as many cards as it needs, each within the 40 KB budget, in order. */
export function toProblemPageViews(t: ProblemCatalog, ordered: readonly Problem[], criteria: readonly ProblemCriterion[] = []): ProblemPageView[] {
  const p = t.problems;
  const rows: ProblemRow[] = ordered.map((problem, index) => ({
    heading: `${index + 1}. ${problem.description}`,
    line: [
      t.problemList.line(
        p.levels[problem.likelihood].toLowerCase(),
        p.consequenceKinds[problem.consequences].toLowerCase(),
        p.levels[problem.priority].toLowerCase(),
        problem.organisation ?? t.problemList.unknownOrganisation,
      ),
      // The leader's own criteria, as far as this entry has a value for them.
      ...criteria.flatMap((c) => (problem.extra?.[c.id] ? [`${c.name}: ${problem.extra[c.id]}`] : [])),
    ].join(' · '),
  }));
  if (rows.length === 0) return [];
  const pages = splitIntoPages(rows, (r) => ROW_FRAME_BYTES + jsonBytes(r.heading) + jsonBytes(r.line), PAGE_BUDGET_BYTES, ROWS_PER_PAGE);
  return numberedPages(pages).map((page) => ({ title: t.problemList.pageTitle(page.from, page.to, rows.length), rows: page.items }));
}
