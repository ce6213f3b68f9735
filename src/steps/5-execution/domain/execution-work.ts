import type { CalendarDate } from '../../../kernel/calendar-date';
import type { PersonKey } from '../../../kernel/person';
import { splitCents } from './amounts';

export const EXECUTION_WORK_TYPE = 'stepWork';
export const EXECUTION_WORK_ID = 'step-5';
export const DEFAULT_HOURS_PER_FTE = 36;

/** Who carries out a measure: a participant with their organisation, or an organisation alone. */
export interface Executor {
  readonly key: PersonKey | null;
  readonly name: string | null;
  readonly organisation: string;
}

export interface Funder {
  readonly name: string;
  /** Share in basis points: 100 % is 10 000. */
  readonly share: number;
}

/** Capacity of one participant on one measure, in hundredths of hours a week or of FTE (S5.3). */
export interface Capacity {
  readonly name: string;
  readonly organisation: string;
  readonly amount: number;
  readonly unit: 'hours' | 'fte';
}

/** One measure really carried out (S5.1), with its costs (S5.2) and capacity (S5.3). */
export interface ExecutionMeasure {
  readonly id: string;
  readonly number: number;
  readonly what: string;
  readonly who: Executor;
  readonly how: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly goalIds: readonly string[];
  /** The cost in whole cents; null while unknown. */
  readonly costCents: number | null;
  readonly funders: readonly Funder[];
  readonly capacity: readonly Capacity[];
}

export type DecisionOutcome = 'akkoord' | 'nietAkkoord' | 'voorwaarden';

/** The decision of one commissioner or organisation (S5.5). */
export interface Decision {
  readonly organisation: string;
  readonly outcome: DecisionOutcome;
  readonly conditions: string;
  readonly date: CalendarDate;
  readonly remarks: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Who changed what when (S5.4). */
export interface ChangeRecord {
  readonly by: string;
  readonly at: string;
  readonly what: string;
}

/** Step 5's own state beside the project document. */
export interface ExecutionWork {
  readonly type: typeof EXECUTION_WORK_TYPE;
  readonly id: typeof EXECUTION_WORK_ID;
  readonly projectId: string;
  readonly measures: readonly ExecutionMeasure[];
  readonly hoursPerFte: number;
  readonly decisions: readonly Decision[];
  readonly changes: readonly ChangeRecord[];
  readonly updatedAt: string;
}

export const initialExecutionWork = (project: { readonly id: string; readonly updatedAt: string }): ExecutionWork => ({
  type: EXECUTION_WORK_TYPE,
  id: EXECUTION_WORK_ID,
  projectId: project.id,
  measures: [],
  hoursPerFte: DEFAULT_HOURS_PER_FTE,
  decisions: [],
  changes: [],
  updatedAt: project.updatedAt,
});

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface CostLine {
  readonly number: number;
  readonly what: string;
  readonly costCents: number | null;
  readonly funded: readonly { readonly name: string; readonly share: number; readonly cents: number }[];
  readonly unfundedCents: number;
}

export interface CostOverview {
  readonly lines: readonly CostLine[];
  readonly perFunder: readonly { readonly name: string; readonly cents: number }[];
  readonly totalCents: number;
  readonly unfundedCents: number;
  readonly unknown: readonly number[];
}

/** Totals per measure, per funder and overall, and what is not funded yet (S5.2). */
export function costOverview(work: ExecutionWork): CostOverview {
  const lines = work.measures.map((m): CostLine => {
    const cost = m.costCents ?? 0;
    const parts = splitCents(cost, m.funders.map((f) => f.share));
    const funded = m.funders.map((f, i) => ({ name: f.name, share: f.share, cents: parts[i] ?? 0 }));
    return { number: m.number, what: m.what, costCents: m.costCents, funded, unfundedCents: cost - funded.reduce((a, f) => a + f.cents, 0) };
  });
  const perFunder: { name: string; cents: number }[] = [];
  for (const f of lines.flatMap((l) => l.funded)) {
    const known = perFunder.find((p) => same(p.name, f.name));
    if (known) known.cents += f.cents;
    else perFunder.push({ name: f.name, cents: f.cents });
  }
  return {
    lines,
    perFunder,
    totalCents: lines.reduce((a, l) => a + (l.costCents ?? 0), 0),
    unfundedCents: lines.reduce((a, l) => a + l.unfundedCents, 0),
    unknown: lines.filter((l) => l.costCents === null).map((l) => l.number),
  };
}

/** Hundredths of hours a week of a capacity line, by the project's rule for FTE. */
export const weeklyHundredths = (c: Capacity, hoursPerFte: number): number => (c.unit === 'hours' ? c.amount : c.amount * hoursPerFte);

export interface CapacityOverview {
  readonly perOrganisation: readonly { readonly organisation: string; readonly hundredths: number }[];
  readonly totalHundredths: number;
}

/** Hours a week per organisation and overall, FTE converted by the project's rule (S5.3). */
export function capacityOverview(work: ExecutionWork): CapacityOverview {
  const perOrganisation: { organisation: string; hundredths: number }[] = [];
  for (const c of work.measures.flatMap((m) => m.capacity)) {
    const hours = weeklyHundredths(c, work.hoursPerFte);
    const known = perOrganisation.find((p) => same(p.organisation, c.organisation));
    if (known) known.hundredths += hours;
    else perOrganisation.push({ organisation: c.organisation, hundredths: hours });
  }
  return { perOrganisation, totalHundredths: perOrganisation.reduce((a, p) => a + p.hundredths, 0) };
}

/** The organisations whose approval the plan needs: those carrying out a measure or funding one (S5.5). */
export function neededApprovals(work: ExecutionWork): string[] {
  const names: string[] = [];
  for (const name of work.measures.flatMap((m) => [m.who.organisation, ...m.funders.map((f) => f.name)])) {
    if (!names.some((n) => same(n, name))) names.push(name);
  }
  return names;
}

/** The latest decision of an organisation, if any. */
export const decisionOf = (work: ExecutionWork, organisation: string): Decision | undefined =>
  [...work.decisions].reverse().find((d) => same(d.organisation, organisation));

/** Approved: akkoord, or akkoord onder voorwaarden. */
export const approves = (d: Decision | undefined): boolean => d !== undefined && d.outcome !== 'nietAkkoord';

export const allApprovalsIn = (work: ExecutionWork): boolean => {
  const needed = neededApprovals(work);
  return needed.length > 0 && needed.every((o) => approves(decisionOf(work, o)));
};

/** The goals without a measure in the matrix: gaps (S5.1). */
export const goalGaps = <G extends { readonly id: string }>(work: ExecutionWork, goals: readonly G[]): G[] =>
  goals.filter((g) => !work.measures.some((m) => m.goalIds.includes(g.id)));

/** Keeps the change log short enough for the card and the document. */
export const MAX_CHANGES = 200;
export const withChange = (work: ExecutionWork, change: ChangeRecord): ExecutionWork => ({
  ...work, changes: [...work.changes, change].slice(-MAX_CHANGES), updatedAt: change.at,
});
