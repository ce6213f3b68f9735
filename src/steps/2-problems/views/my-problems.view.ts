import type { ProblemCatalog } from '../i18n/catalog';
import type { ProblemCriterion } from '../domain/criteria';
import type { Problem } from '../domain/problem';
import { jsonBytes, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';

/** Problems per page: the card stays short enough to read and well under 40 KB. */
const MAX_PER_PAGE = 15;

interface MyProblemItem {
  readonly problemId: string;
  readonly description: string;
  readonly typing: string;
  /** The values of the current extra criteria, e.g. "Tijdstip: avond"; empty when none. */
  readonly extras: string;
}

export interface MyProblemsView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly empty: string;
  readonly closed: string;
  readonly pageLine: string;
  readonly editable: boolean;
  readonly editLabel: string;
  readonly deleteLabel: string;
  readonly items: readonly MyProblemItem[];
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly previousPage: number;
  readonly nextPage: number;
  readonly previousLabel: string;
  readonly nextLabel: string;
  readonly enterLabel: string;
}

export interface MyProblemsInput {
  readonly projectId: string;
  readonly problems: readonly Problem[];
  readonly criteria: readonly ProblemCriterion[];
  readonly editable: boolean;
  readonly notOpenYet?: boolean;
}

/** One participant's own problems, a page at a time, each with "Wijzigen" and "Verwijderen" while input is open. */
export function toMyProblemsView(t: ProblemCatalog, input: MyProblemsInput, requestedPage = 0, notice = ''): MyProblemsView {
  const p = t.problems;
  const items: MyProblemItem[] = input.problems.map((problem) => ({
    problemId: problem.id,
    // The number the problem keeps; the meeting clusters by it.
    description: `${problem.number}. ${problem.description}`,
    typing: p.typingLine(p.levels[problem.likelihood], p.consequenceKinds[problem.consequences], p.levels[problem.priority]),
    extras: [
      ...input.criteria.filter((c) => problem.extra?.[c.id] !== undefined).map((c) => `${c.name}: ${problem.extra?.[c.id] ?? ''}`),
      ...(problem.carriedFrom ? [p.carried(problem.carriedFrom.rank)] : []),
    ].join(' · '),
  }));
  const pages = splitIntoPages(items, (i) => jsonBytes(i.description) + jsonBytes(i.extras) + 1200, PAGE_BUDGET_BYTES, MAX_PER_PAGE);
  const page = Math.min(Math.max(0, Math.trunc(requestedPage)), pages.length - 1);
  return {
    projectId: input.projectId,
    title: p.mineTitle(items.length),
    intro: p.mineIntro,
    notice,
    empty: items.length === 0 ? p.mineEmpty : '',
    closed: input.editable ? '' : input.notOpenYet ? p.mineBeforeOpen : p.mineClosed,
    pageLine: pages.length > 1 ? p.minePage(page + 1, pages.length) : '',
    editable: input.editable,
    editLabel: p.edit,
    deleteLabel: p.delete,
    items: pages[page] ?? [],
    hasPrevious: page > 0,
    hasNext: page < pages.length - 1,
    previousPage: page - 1,
    nextPage: page + 1,
    previousLabel: p.previousPage,
    nextLabel: p.nextPage,
    enterLabel: p.enterButton,
  };
}
