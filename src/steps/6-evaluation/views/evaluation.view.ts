import { formatDate } from '../../../i18n';
import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';
import type { EvaluationTable } from '../app/evaluation';
import type { ProgressOverview } from '../app/monitoring';
import type { CycleLink } from '../../../project';
import { missingDueDates, progressPercent } from '../domain/progress';
import type { EvaluationCatalog } from '../i18n/catalog';

export const EVALUATION_OVERVIEW_CARD = 'evaluation-overview';

/** A button under a goal: the form for that goal, for whoever it names. */
export interface SectionAction { readonly title: string; readonly verb: 'progress.form' | 'evaluation.form'; readonly goal: string }
export interface Section { readonly heading: string; readonly lines: readonly { readonly text: string }[]; readonly actions: readonly SectionAction[] }
export interface OverviewView {
  readonly projectId: string;
  readonly title: string;
  readonly intro: string;
  readonly empty: string;
  readonly sections: readonly Section[];
  readonly footer: string;
}

const section = (heading: string, texts: readonly string[], actions: readonly SectionAction[] = []): Section => ({ heading, lines: texts.map((text) => ({ text })), actions });
const weigh = (s: Section): number => jsonBytes(s.heading) + s.lines.reduce((a, l) => a + jsonBytes(l.text) + 120, 200) + s.actions.length * 700;

/** A view over as many cards as its sections need to stay within the card budget. */
export function paged(view: OverviewView): OverviewView[] {
  const pages = splitIntoPages(view.sections, weigh, PAGE_BUDGET_BYTES, 40);
  if (pages.length <= 1) return [view];
  return pages.map((sections, i) => ({ ...view, intro: i === 0 ? view.intro : '', empty: '', sections, footer: i === pages.length - 1 ? view.footer : '' }));
}

/** Entries per goal shown; older ones stay stored. */
const ENTRIES_SHOWN = 12;

/** `voortgang` (S6.1): per goal the start and target, the values measured and the agreed entries missing. */
export function progressView(t: EvaluationCatalog, o: ProgressOverview): OverviewView {
  const p = t.progress;
  const sections = o.goals.map((g) => {
    const entries = o.entries.filter((e) => e.goalId === g.id);
    const latest = entries.at(-1);
    const percent = latest ? progressPercent(g.startValue, g.targetValue, latest.value) : undefined;
    const agreements = o.agreements.filter((a) => a.goalId === g.id);
    const missing = agreements.flatMap((a) => {
      const dates = missingDueDates(a.dueDates, entries.filter((e) => e.agreementId === a.id).map((e) => e.date), o.today);
      return dates.length > 0 ? [p.missing(plainCardText(a.participantName), dates.map((d) => formatDate(t, d)).join(', '))] : [];
    });
    const enter: SectionAction[] = agreements.length > 0
      ? [{ title: t.progressForm.enterFor(plainCardText(agreements.map((a) => a.participantName).join(', '))), verb: 'progress.form', goal: String(g.number) }]
      : [];
    return section(p.heading(g.number, plainCardText(g.what)), [
      p.target(plainCardText(g.indicator), plainCardText(g.startValue), plainCardText(g.targetValue), formatDate(t, g.targetDate)),
      latest ? p.latest(plainCardText(latest.value), formatDate(t, latest.date), percent === undefined ? '' : p.percent(percent)) : p.none,
      ...entries.slice(-ENTRIES_SHOWN).map((e) => p.entry(formatDate(t, e.date), plainCardText(e.value), plainCardText(e.authorName), plainCardText(e.note))),
      ...(agreements.length === 0 ? [p.noAgreement] : missing),
    ], enter);
  });
  return { projectId: o.project.id, title: p.title, intro: p.intro(formatDate(t, o.today)), empty: sections.length === 0 ? p.empty : '', sections, footer: p.footer };
}

/** The evaluation table (S6.3): the project's result; while it can still be filled in, each goal has the leader's button. */
export function tableView(t: EvaluationCatalog, table: EvaluationTable, footer = true, fillable = false): OverviewView {
  const x = t.table;
  const sections = table.goals.map((g) => {
    const row = table.evaluations.find((e) => e.goalId === g.id);
    const fill: SectionAction[] = fillable ? [{ title: row ? t.evaluationForm.change : t.evaluationForm.fill, verb: 'evaluation.form', goal: String(g.number) }] : [];
    return section(x.heading(g.number, plainCardText(g.what)), row
      ? [x.reached(row.reached, plainCardText(row.measuredHow)), x.satisfied(row.satisfied, plainCardText(row.why))]
      : [x.open], fill);
  });
  const reached = table.goals.filter((g) => table.evaluations.some((e) => e.goalId === g.id && e.reached)).length;
  return {
    projectId: table.project.id,
    title: x.title,
    intro: x.intro(plainCardText(table.project.profile?.name ?? t.project.unnamed)),
    empty: sections.length === 0 ? t.progress.empty : '',
    sections: [...sections, section(x.summary(reached, table.goals.length), [])],
    footer: footer ? x.footer : '',
  };
}

/** `vorige cyclus`: the previous cycle's evaluation table, and what was carried over. */
export function previousCycleViews(t: EvaluationCatalog, link: CycleLink, table: EvaluationTable): OverviewView[] {
  const c = t.cycle;
  const result = tableView(t, table, false);
  return paged({
    ...result,
    title: c.title(plainCardText(link.previousName || t.project.unnamed)),
    sections: [
      ...result.sections,
      section(c.carried, [
        ...link.problems.map((name, i) => c.problem(i + 1, plainCardText(name))),
        ...link.openGoals.map((g) => c.openGoal(plainCardText(g.what), plainCardText(g.indicator), plainCardText(g.startValue), plainCardText(g.targetValue))),
      ]),
    ],
    footer: c.footer,
  });
}
