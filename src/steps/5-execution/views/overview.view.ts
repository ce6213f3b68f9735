import { formatDate } from '../../../i18n';
import { plainCardText } from '../../../kernel/card-text';
import { jsonBytes, PAGE_BUDGET_BYTES, splitIntoPages } from '../../../kernel/pages';
import { candidateKey, type Candidate, type ExecutionPlan } from '../app/execution';
import { formatEuro, formatHundredths } from '../domain/amounts';
import {
  allApprovalsIn, approves, capacityOverview, costOverview, decisionOf, goalGaps, neededApprovals, weeklyHundredths, type Capacity, type ExecutionMeasure,
} from '../domain/execution-work';
import type { ExecutionCatalog } from '../i18n/catalog';

export const EXECUTION_OVERVIEW_CARD = 'execution-overview';

/** A button of the leader's: the measure form (for a measure, or for a measure not yet in the matrix), or the decision form. */
export interface PlanAction {
  readonly title: string;
  readonly verb: 'execution.measure.form' | 'execution.decision.form';
  readonly measure: string;
  readonly candidate: string;
}
export interface Section { readonly heading: string; readonly lines: readonly { readonly text: string }[]; readonly actions: readonly PlanAction[] }
export interface OverviewView {
  readonly projectId: string;
  /** Under the whole card: "Maatregel toevoegen", "Besluit vastleggen". */
  readonly actions: readonly PlanAction[];
  readonly title: string;
  readonly intro: string;
  readonly empty: string;
  readonly sections: readonly Section[];
  readonly footer: string;
}

const SECTIONS_PER_PAGE = 40;
const lines = (texts: readonly string[]): Section['lines'] => texts.map((text) => ({ text }));
const section = (heading: string, texts: readonly string[], actions: readonly PlanAction[] = []): Section => ({ heading, lines: lines(texts), actions });
const weigh = (s: Section): number => jsonBytes(s.heading) + s.lines.reduce((a, l) => a + jsonBytes(l.text) + 120, 200) + s.actions.length * 800;

/** The leader's buttons exist while the plan can be changed (S5.4); everyone sees them, only the leader's work. */
const measureButton = (t: ExecutionCatalog, plan: ExecutionPlan, m: ExecutionMeasure): PlanAction[] =>
  plan.open ? [{ title: t.forms.changeButton, verb: 'execution.measure.form', measure: String(m.number), candidate: '' }] : [];
const cardButton = (plan: ExecutionPlan, title: string, verb: PlanAction['verb']): PlanAction[] => (plan.open ? [{ title, verb, measure: '', candidate: '' }] : []);

/** A view over as many cards as its sections need to stay within the card budget; the footer on the last. */
export function paged(view: OverviewView): OverviewView[] {
  const pages = splitIntoPages(view.sections, weigh, PAGE_BUDGET_BYTES, SECTIONS_PER_PAGE);
  if (pages.length <= 1) return [view];
  const last = pages.length - 1;
  return pages.map((sections, i) => ({ ...view, intro: i === 0 ? view.intro : '', empty: '', sections, footer: i === last ? view.footer : '', actions: i === last ? view.actions : [] }));
}

const share = (basisPoints: number): string => formatHundredths(basisPoints);
const fteOf = (hundredthsHours: number, hoursPerFte: number): string => formatHundredths(Math.round(hundredthsHours / hoursPerFte));

export function whoText(m: ExecutionMeasure): string {
  return plainCardText(m.who.name ? `${m.who.name} (${m.who.organisation})` : m.who.organisation);
}

/** The execution matrix (S5.1) with the goals that have no measure. */
export function matrixView(t: ExecutionCatalog, plan: ExecutionPlan): OverviewView {
  const x = t.matrix;
  const numberOf = new Map(plan.goals.map((g) => [g.id, g.number]));
  const measures = plan.work.measures.map((m) => section(x.heading(m.number, plainCardText(m.what)), [
    x.who(whoText(m)),
    x.how(plainCardText(m.how)),
    x.when(formatDate(t, m.start), formatDate(t, m.end)),
    x.goals(m.goalIds.map((id) => x.goal(numberOf.get(id) ?? 0)).join(', ')),
  ], measureButton(t, plan, m)));
  const take = (c: Candidate): PlanAction[] => (plan.open ? [{ title: t.forms.takeButton, verb: 'execution.measure.form', measure: '', candidate: candidateKey(c) }] : []);
  const gaps = goalGaps(plan.work, plan.goals);
  return {
    projectId: plan.project.id,
    actions: cardButton(plan, t.forms.addButton, 'execution.measure.form'),
    title: x.title,
    intro: x.intro,
    empty: measures.length === 0 ? x.empty : '',
    sections: [
      ...measures,
      section(x.gapsHeading, gaps.length > 0 ? gaps.map((g) => x.gap(g.number, plainCardText(g.what))) : [x.noGaps]),
      ...(plan.candidates.length > 0 ? [section(x.candidatesHeading, [])] : []),
      ...plan.candidates.map((c) => section('', [x.candidate[c.source](plainCardText(c.what), plainCardText(c.who))], take(c))),
    ],
    footer: x.footer,
  };
}

/** The cost overview (S5.2): per measure, per funder, overall, and what is not funded yet. */
export function costView(t: ExecutionCatalog, plan: ExecutionPlan): OverviewView {
  const c = t.costs;
  const overview = costOverview(plan.work);
  const byNumber = new Map(plan.work.measures.map((m) => [m.number, m]));
  const buttonsFor = (number: number): PlanAction[] => {
    const m = byNumber.get(number);
    return m ? measureButton(t, plan, m) : [];
  };
  const measures = overview.lines.map((l) => section(
    c.heading(l.number, plainCardText(l.what), l.costCents === null ? c.unknownAmount : formatEuro(l.costCents)),
    l.costCents === null ? [] : [...l.funded.map((f) => c.funder(plainCardText(f.name), share(f.share), formatEuro(f.cents))), c.unfunded(formatEuro(l.unfundedCents))],
    buttonsFor(l.number),
  ));
  return {
    projectId: plan.project.id,
    actions: [],
    title: c.title,
    intro: c.intro,
    empty: measures.length === 0 ? t.matrix.empty : '',
    sections: [
      ...measures,
      section(c.perFunderHeading, overview.perFunder.length > 0 ? overview.perFunder.map((f) => c.perFunder(plainCardText(f.name), formatEuro(f.cents))) : [c.noFunders]),
      section(c.totalHeading, [
        c.total(formatEuro(overview.totalCents)),
        c.totalUnfunded(formatEuro(overview.unfundedCents)),
        ...(overview.unknown.length > 0 ? [c.unknown(overview.unknown.join(', '))] : []),
      ]),
    ],
    footer: c.footer,
  };
}

export function capacityLine(t: ExecutionCatalog, c: Capacity, hoursPerFte: number): string {
  const name = plainCardText(c.name);
  const organisation = plainCardText(c.organisation);
  return c.unit === 'hours'
    ? t.capacity.hours(name, organisation, formatHundredths(c.amount))
    : t.capacity.fte(name, organisation, formatHundredths(c.amount), formatHundredths(weeklyHundredths(c, hoursPerFte)));
}

/** The capacity overview (S5.3): per measure per participant, and totals per organisation. */
export function capacityView(t: ExecutionCatalog, plan: ExecutionPlan): OverviewView {
  const k = t.capacity;
  const hpf = plan.work.hoursPerFte;
  const overview = capacityOverview(plan.work);
  const measures = plan.work.measures.map((m) => section(k.heading(m.number, plainCardText(m.what)),
    m.capacity.length > 0 ? m.capacity.map((c) => capacityLine(t, c, hpf)) : [k.none], measureButton(t, plan, m)));
  return {
    projectId: plan.project.id,
    actions: [],
    title: k.title,
    intro: k.intro(hpf),
    empty: measures.length === 0 ? t.matrix.empty : '',
    sections: [
      ...measures,
      section(k.perOrganisationHeading, [
        ...overview.perOrganisation.map((p) => k.perOrganisation(plainCardText(p.organisation), formatHundredths(p.hundredths), fteOf(p.hundredths, hpf))),
        k.total(formatHundredths(overview.totalHundredths), fteOf(overview.totalHundredths, hpf)),
      ]),
    ],
    footer: k.footer,
  };
}

const CHANGES_SHOWN = 10;

/** The decisions (S5.5), whether all approvals needed are in, and the latest changes (S5.4). */
export function decisionView(t: ExecutionCatalog, plan: ExecutionPlan): OverviewView {
  const d = t.decisions;
  const work = plan.work;
  const recorded = work.decisions.map((x) => section(d.decision(plainCardText(x.organisation), t.outcomes[x.outcome], formatDate(t, x.date)), [
    ...(x.conditions ? [d.conditions(plainCardText(x.conditions))] : []),
    ...(x.remarks ? [d.remarks(plainCardText(x.remarks))] : []),
  ]));
  const needed = neededApprovals(work);
  const have = needed.filter((o) => approves(decisionOf(work, o))).length;
  return {
    projectId: plan.project.id,
    actions: cardButton(plan, t.forms.decisionButton, 'execution.decision.form'),
    title: d.title,
    intro: d.intro,
    empty: '',
    sections: [
      section(d.recordedHeading, recorded.length === 0 ? [d.none] : []),
      ...recorded,
      section(d.neededHeading, [
        ...needed.map((o) => { const x = decisionOf(work, o); return d.needed(plainCardText(o), x ? t.outcomes[x.outcome] : d.pending); }),
        allApprovalsIn(work) ? d.allIn : d.notAllIn(have, needed.length),
      ]),
      ...(work.changes.length > 0
        ? [section(d.changesHeading, work.changes.slice(-CHANGES_SHOWN).reverse().map((c) => d.change(formatDate(t, c.at, true), plainCardText(c.by), plainCardText(c.what))))]
        : []),
    ],
    footer: d.footer,
  };
}

/** The whole plan: matrix, costs, capacity, decisions; each over as many cards as it needs. */
export const planViews = (t: ExecutionCatalog, plan: ExecutionPlan): OverviewView[] =>
  [matrixView, costView, capacityView, decisionView].flatMap((view) => paged(view(t, plan)));
