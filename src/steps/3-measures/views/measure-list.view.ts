import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, PAGE_BUDGET_BYTES } from '../../../kernel/pages';
import { MEASURE_KINDS, TARGETS, type MeasureCriterion, type MeasureKind, type Target } from '../domain/measure';
import type { MeasureOverview, ProblemMeasures } from '../domain/overview';
import type { MeasureCatalog } from '../i18n/catalog';
import { sectionPages } from './section-pages';
import { typingOf } from './typing';

export const MEASURE_SUMMARY_CARD = 'measure-summary';
export const MEASURE_PAGE_CARD = 'measure-page';

export interface MeasureSummaryView {
  readonly title: string;
  readonly intro: string;
  readonly hasMeasures: boolean;
  readonly countsTitle: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly gapsTitle: string;
  readonly gapLines: readonly { readonly text: string }[];
  readonly hasGaps: boolean;
  readonly noGaps: string;
}

interface MeasureRow {
  readonly heading: string;
  readonly line: string;
}

interface SectionView {
  readonly heading: string;
  readonly lines: readonly { readonly text: string }[];
  readonly gaps: string;
  readonly rows: readonly MeasureRow[];
}

export interface MeasurePageView {
  readonly title: string;
  readonly sections: readonly SectionView[];
}

const MAX_UNITS_PER_PAGE = 60;
const SECTION_FRAME_BYTES = 900;
const ROW_FRAME_BYTES = 260;

const spread = <K extends string>(t: MeasureCatalog, keys: readonly K[], counts: Readonly<Record<K, number>>, names: Readonly<Record<K, string>>): string =>
  keys.map((k) => t.measureList.spread(names[k], counts[k])).join(' · ');
const targetSpread = (t: MeasureCatalog, counts: Readonly<Record<Target, number>>): string => spread(t, TARGETS, counts, t.measures.targets);
const kindSpread = (t: MeasureCatalog, counts: Readonly<Record<MeasureKind, number>>): string => spread(t, MEASURE_KINDS, counts, t.measures.kinds);
const names = (list: readonly string[]): string => list.map(plainCardText).join(', ');
const gapText = (t: MeasureCatalog, problem: ProblemMeasures): string => problem.gaps.map((g) => t.measureList.gaps[g]).join('; ');

/** The first card: totals per soort and type, who has not answered at all, and every gap per problem. */
export function toMeasureSummaryView(t: MeasureCatalog, projectName: string, overview: MeasureOverview): MeasureSummaryView {
  const l = t.measureList;
  const withGaps = overview.problems.filter((p) => p.gaps.length > 0);
  const intro = overview.problems.length === 0 ? l.noList : overview.measures === 0 ? l.none : l.summaryIntro(overview.measures, overview.organisations, overview.problems.length);
  return {
    title: l.summaryTitle(plainCardText(projectName)),
    intro,
    hasMeasures: overview.measures > 0,
    countsTitle: l.countsTitle,
    facts: [
      ...(overview.measures > 0 ? [{ title: l.targetsFact, value: targetSpread(t, overview.byTarget) }, { title: l.kindsFact, value: kindSpread(t, overview.byKind) }] : []),
      { title: l.silentFact, value: overview.silent.length > 0 ? names(overview.silent) : l.everyoneAnswered },
    ],
    gapsTitle: l.gapsTitle,
    gapLines: withGaps.map((p) => ({ text: l.gapLine(`${p.problem.rank}. ${plainCardText(p.problem.name)}`, gapText(t, p)) })),
    hasGaps: withGaps.length > 0,
    noGaps: overview.problems.length > 0 && withGaps.length === 0 ? l.noGaps : '',
  };
}

/** Per priority problem its measures with organisation and typing, its counts, "niets", who has not answered and its gaps; over as many cards as needed. */
export function toMeasurePageViews(t: MeasureCatalog, overview: MeasureOverview, criteria: readonly MeasureCriterion[]): MeasurePageView[] {
  const l = t.measureList;
  const sections = overview.problems.map((p) => ({
    section: {
      heading: l.problemHeading(p.problem.rank, plainCardText(p.problem.name), p.measures.length),
      lines: [
        ...(p.measures.length > 0 ? [l.problemCounts(targetSpread(t, p.byTarget), kindSpread(t, p.byKind))] : []),
        ...(p.nothing.length > 0 ? [l.nothingLine(names(p.nothing))] : []),
        ...(p.notAnswered.length > 0 ? [l.notAnsweredLine(names(p.notAnswered))] : []),
      ].map((text) => ({ text })),
      gaps: p.gaps.length > 0 ? l.gapsLine(gapText(t, p)) : '',
    },
    rows: p.measures.map((m): MeasureRow => ({
      heading: plainCardText(m.description),
      line: plainCardText([m.organisation ?? l.unknownOrganisation('?'), typingOf(t, m, criteria)].join(' · ')),
    })),
  }));
  const weighSection = (s: (typeof sections)[number]['section']): number =>
    SECTION_FRAME_BYTES + jsonBytes(s.heading) + jsonBytes(s.gaps) + s.lines.reduce((sum, line) => sum + jsonBytes(line.text) + 120, 0);
  const pages = sectionPages(sections, { section: weighSection, row: (r) => ROW_FRAME_BYTES + jsonBytes(r.heading) + jsonBytes(r.line) }, PAGE_BUDGET_BYTES, MAX_UNITS_PER_PAGE);
  if (sections.length === 0) return [];
  return pages.map((page, index) => ({
    title: l.pageTitle(index + 1, pages.length),
    sections: page.map(({ section, rows, continued }) => ({
      heading: continued ? l.continued(section.heading) : section.heading,
      lines: continued ? [] : section.lines,
      gaps: continued ? '' : section.gaps,
      rows,
    })),
  }));
}
