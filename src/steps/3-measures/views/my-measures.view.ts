import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, PAGE_BUDGET_BYTES } from '../../../kernel/pages';
import type { MyMeasures } from '../app/own-measures';
import type { Measure } from '../domain/measure';
import type { PriorityProblem } from '../domain/overview';
import type { MeasureCatalog } from '../i18n/catalog';
import { sectionPages } from './section-pages';
import { typingOf } from './typing';

export const MY_MEASURES_CARD = 'my-measures';

/** Units per page: problem heads and measures; the card stays readable and well under 40 KB. */
const MAX_UNITS_PER_PAGE = 24;
const SECTION_FRAME_BYTES = 1800;
const ROW_FRAME_BYTES = 1300;

interface MeasureRow {
  readonly measureId: string;
  readonly description: string;
  readonly typing: string;
}

interface SectionView {
  readonly problemId: string;
  readonly heading: string;
  readonly note: string;
  readonly rows: readonly MeasureRow[];
  readonly canAdd: boolean;
  readonly canSayNothing: boolean;
}

export interface MyMeasuresView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly notice: string;
  readonly deadline: string;
  readonly closed: string;
  readonly pageLine: string;
  readonly editable: boolean;
  readonly sections: readonly SectionView[];
  readonly editLabel: string;
  readonly deleteLabel: string;
  readonly addLabel: string;
  readonly nothingLabel: string;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly previousPage: number;
  readonly nextPage: number;
  readonly previousLabel: string;
  readonly nextLabel: string;
}

/**
 * One participant's own answers per priority problem: their measures with "Wijzigen" and
 * "Verwijderen", their "niets", and per problem "Maatregel toevoegen" and "Wij doen hier (nog)
 * niets aan" while step 3 takes input. Long lists go over pages.
 */
export function toMyMeasuresView(t: MeasureCatalog, mine: MyMeasures, deadline: string, requestedPage = 0, notice = ''): MyMeasuresView {
  const m = t.measures;
  const sections = mine.problems.map((problem: PriorityProblem) => {
    const measures = mine.measures.filter((x) => x.problemId === problem.id);
    const saidNothing = mine.nothing.some((n) => n.problemId === problem.id);
    return {
      section: { problem, measures: measures.length, saidNothing },
      rows: measures.map((x: Measure): MeasureRow => ({ measureId: x.id, description: plainCardText(x.description), typing: plainCardText(typingOf(t, x, mine.criteria)) })),
    };
  });
  const weigh = {
    section: (s: { readonly problem: PriorityProblem }): number => SECTION_FRAME_BYTES + jsonBytes(s.problem.name),
    row: (r: MeasureRow): number => ROW_FRAME_BYTES + jsonBytes(r.description) + jsonBytes(r.typing),
  };
  const pages = sectionPages(sections, weigh, PAGE_BUDGET_BYTES, MAX_UNITS_PER_PAGE);
  const page = Math.min(Math.max(0, Math.trunc(requestedPage)), pages.length - 1);
  const editable = mine.editable;
  return {
    projectId: mine.project.id,
    title: m.mineTitle,
    intro: mine.problems.length === 0 ? m.noList : m.mineIntro,
    notice,
    deadline: editable ? deadline : '',
    closed: editable ? '' : m.mineClosed,
    pageLine: pages.length > 1 ? m.minePage(page + 1, pages.length) : '',
    editable,
    sections: (pages[page] ?? []).map(({ section, rows, continued }) => {
      const heading = m.problemHeading(section.problem.rank, plainCardText(section.problem.name));
      const note = continued || section.measures > 0 ? '' : section.saidNothing ? m.saidNothing : m.noneYet;
      return {
        problemId: section.problem.id,
        heading: continued ? m.continued(heading) : heading,
        note,
        rows,
        canAdd: editable && !continued,
        canSayNothing: editable && !continued && section.measures === 0 && !section.saidNothing,
      };
    }),
    editLabel: m.edit,
    deleteLabel: m.delete,
    addLabel: m.addButton,
    nothingLabel: m.nothingButton,
    hasPrevious: page > 0,
    hasNext: page < pages.length - 1,
    previousPage: page - 1,
    nextPage: page + 1,
    previousLabel: m.previousPage,
    nextLabel: m.nextPage,
  };
}
