import type { ProblemCatalog } from '../i18n/catalog';
import { LIKELIHOODS, PRIORITIES, CONSEQUENCES, type Problem } from '../domain/problem';
import type { ProblemCriterion } from '../domain/criteria';
import type { ProblemOverview } from '../domain/prioritisation';
import { jsonBytes, numberedPages, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';

export interface ProblemSummaryView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  /** While input is open: that only the counts are shown, and until when. */
  readonly note: string;
  /** The leader may look at everyone's problems before the input closes, on a card only they see. */
  readonly canPeek: boolean;
  readonly peekLabel: string;
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
  readonly projectId: string;
  readonly title: string;
  readonly rows: readonly ProblemRow[];
  /** Paging on a card for one person (the leader looking before the input closes); none on channel posts. */
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly previousPage: number;
  readonly nextPage: number;
  readonly previousLabel: string;
  readonly nextLabel: string;
}

/** What the summary card says beyond the counts. */
export interface SummaryExtras {
  readonly projectId?: string;
  readonly note?: string;
  readonly canPeek?: boolean;
}

const ROWS_PER_PAGE = 60;
const ROW_FRAME_BYTES = 260;

/** The summary card: counts per typing and the likelihood × priority matrix. */
export function toProblemSummaryView(t: ProblemCatalog, projectName: string, overview: ProblemOverview, extras: SummaryExtras = {}): ProblemSummaryView {
  const p = t.problems;
  const l = t.problemList;
  const total = overview.ordered.length;
  const spread = <K extends string>(keys: readonly K[], counts: Readonly<Record<K, number>>, names: Record<string, string>): string =>
    keys.map((k) => `${names[k] ?? k} ${counts[k]}`).join(' · ');
  return {
    projectId: extras.projectId ?? '',
    title: l.summaryTitle(projectName),
    intro: total === 0 ? l.none : l.summaryIntro(total, overview.organisations),
    note: extras.note ?? '',
    canPeek: (extras.canPeek ?? false) && total > 0,
    peekLabel: l.peekButton,
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

/**
 * The ordered list over as many cards as it needs, each within the 40 KB budget, in order. With a
 * project id the pages are for one person and page through with "Vorige" and "Volgende".
 */
export function toProblemPageViews(t: ProblemCatalog, ordered: readonly Problem[], criteria: readonly ProblemCriterion[] = [], pagingFor = ''): ProblemPageView[] {
  const p = t.problems;
  // Each problem keeps the number it got when entered, whatever the order (S2.3's rule) puts it.
  const rows: ProblemRow[] = ordered.map((problem) => ({
    heading: `${problem.number}. ${problem.description}`,
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
  const paging = pagingFor !== '';
  return numberedPages(pages).map((page, index) => ({
    projectId: pagingFor,
    title: t.problemList.pageTitle(page.from, page.to, rows.length),
    rows: page.items,
    hasPrevious: paging && index > 0,
    hasNext: paging && index < pages.length - 1,
    previousPage: index - 1,
    nextPage: index + 1,
    previousLabel: t.problems.previousPage,
    nextLabel: t.problems.nextPage,
  }));
}
