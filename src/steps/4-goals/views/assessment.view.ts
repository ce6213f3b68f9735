import { gapTexts, type ProblemMeasures } from '../../3-measures';
import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';
import type { AssessmentOverview } from '../app/assessment';
import type { ExtraMeasure, NewParticipants } from '../domain/assessment';
import type { GoalCatalog } from '../i18n/catalog';

export const ASSESSMENT_CARD = 'assessment';

interface SectionView {
  readonly problemId: string;
  readonly heading: string;
  readonly lines: readonly { readonly text: string }[];
  readonly gaps: string;
  readonly judgement: string;
  readonly extras: readonly { readonly text: string }[];
}

export interface AssessmentView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly SectionView[];
  readonly canAssess: boolean;
  readonly assessLabel: string;
  /** The question of new participants, on the last card only. */
  readonly newParticipantsTitle: string;
  readonly newParticipantsLines: readonly { readonly text: string }[];
  readonly hint: string;
}

const SECTIONS_PER_PAGE = 15;
const SECTION_FRAME_BYTES = 1400;

/** "Extra maatregel (door Rachid El Amrani, Politie)", as typed, no markup. */
export const extraText = (t: GoalCatalog, extra: ExtraMeasure): string =>
  t.assessment.extraLine(plainCardText(extra.description), plainCardText(t.assessment.owner(extra.ownerName ?? '', extra.organisation)));

export function newParticipantsLines(t: GoalCatalog, record: NewParticipants | null): string[] {
  const a = t.assessment;
  if (!record) return [a.newParticipantsOpen];
  const answer = record.needed ? a.newParticipantsYes(plainCardText(record.note)) : a.newParticipantsNo;
  return [answer, ...(record.registered.length > 0 ? [a.registeredLine(plainCardText(record.registered.join(', ')))] : [])];
}

/**
 * `beoordeling` (S4.2): per priority problem the current measures in short (how many, the gaps
 * from step 3), the group's judgement and the extra measures with who carries them out; then
 * whether new participants are needed. The leader gets "Beoordelen" per problem.
 */
export function toAssessmentViews(t: GoalCatalog, overview: AssessmentOverview): AssessmentView[] {
  const a = t.assessment;
  const gapText = gapTexts(t);
  const measuresOf = new Map<string, ProblemMeasures>(overview.measures.problems.map((p) => [p.problem.id, p]));
  const sections = overview.problems.map((problem): SectionView => {
    const measures = measuresOf.get(problem.id);
    const assessment = overview.work.assessments.find((x) => x.problemId === problem.id);
    const gaps = measures?.gaps.map((gap) => gapText[gap]).join('; ') ?? '';
    return {
      problemId: problem.id,
      heading: a.heading(problem.rank, plainCardText(problem.name)),
      lines: [{ text: a.measuresLine(measures?.measures.length ?? 0) }],
      gaps: gaps ? a.gapsLine(gaps) : '',
      judgement: assessment
        ? [a.judgementLine(a.judgements[assessment.judgement]), ...(assessment.note ? [plainCardText(assessment.note)] : [])].join(' — ')
        : a.notAssessed,
      extras: (assessment?.extraMeasures ?? []).map((x) => ({ text: extraText(t, x) })),
    };
  });
  const weigh = (s: SectionView): number => SECTION_FRAME_BYTES + jsonBytes(s.heading) + jsonBytes(s.judgement) + jsonBytes(s.gaps) + s.extras.reduce((sum, x) => sum + jsonBytes(x.text) + 100, 0);
  const pages = splitIntoPages(sections, weigh, PAGE_BUDGET_BYTES, SECTIONS_PER_PAGE);
  const canAssess = overview.isLeader && overview.open;
  return pages.map((page, index) => {
    const last = index === pages.length - 1;
    return {
      projectId: overview.project.id,
      title: a.title,
      intro: index > 0 ? '' : overview.problems.length === 0 ? a.noList : a.intro,
      sections: page,
      canAssess,
      assessLabel: a.assessButton,
      newParticipantsTitle: last ? a.newParticipantsTitle : '',
      newParticipantsLines: last ? newParticipantsLines(t, overview.work.newParticipants).map((text) => ({ text })) : [],
      hint: last && canAssess ? a.newParticipantsHint : '',
    };
  });
}
