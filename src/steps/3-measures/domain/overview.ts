import { MEASURE_KINDS, TARGETS, type Measure, type MeasureKind, type NoMeasure, type Target } from './measure';

/** A problem of step 2's fixed priority list, as step 3 works with it. */
export interface PriorityProblem {
  readonly id: string;
  readonly name: string;
  readonly rank: number;
}

/** A participant as the overview counts them: by the organisation they take part for (or their name when unknown). */
export interface Respondent {
  readonly key: string;
  readonly organisation: string;
}

/**
 * The gaps made visible per priority problem (issue 12): nothing done at all; nothing before
 * problems arise or grow (only repressive measures); nobody acting on offenders, on victims or
 * on the area.
 */
export const GAPS = ['noMeasure', 'noProactiveOrPreventive', 'noOffenders', 'noVictims', 'noArea'] as const;
export type Gap = (typeof GAPS)[number];

export interface ProblemMeasures {
  readonly problem: PriorityProblem;
  /** By organisation, then in the order they were entered. */
  readonly measures: readonly Measure[];
  readonly byTarget: Readonly<Record<Target, number>>;
  readonly byKind: Readonly<Record<MeasureKind, number>>;
  /** Organisations that said they do nothing (yet) for this problem, and none of whose people entered a measure for it. */
  readonly nothing: readonly string[];
  /** Organisations of which nobody answered for this problem: no measure and no "niets". */
  readonly notAnswered: readonly string[];
  readonly gaps: readonly Gap[];
}

export interface MeasureOverview {
  readonly problems: readonly ProblemMeasures[];
  readonly measures: number;
  readonly byTarget: Readonly<Record<Target, number>>;
  readonly byKind: Readonly<Record<MeasureKind, number>>;
  /** Organisations whose people entered at least one measure. */
  readonly organisations: number;
  /** Organisations of which nobody answered for any priority problem. */
  readonly silent: readonly string[];
}

const zeros = <T extends string>(keys: readonly T[]): Record<T, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort((a, b) => a.localeCompare(b, 'nl'));

export function compareMeasures(a: Measure, b: Measure): number {
  return (a.organisation ?? '').localeCompare(b.organisation ?? '', 'nl') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

function gapsOf(measures: readonly Measure[]): Gap[] {
  if (measures.length === 0) return ['noMeasure'];
  const aimedAt = (target: Target): boolean => measures.some((m) => m.targets.includes(target));
  const gaps: Gap[] = [];
  if (!measures.some((m) => m.measureKind === 'proactief' || m.measureKind === 'preventief')) gaps.push('noProactiveOrPreventive');
  if (!aimedAt('daders')) gaps.push('noOffenders');
  if (!aimedAt('slachtoffers')) gaps.push('noVictims');
  if (!aimedAt('gebied')) gaps.push('noArea');
  return gaps;
}

function count(measures: readonly Measure[]): { byTarget: Record<Target, number>; byKind: Record<MeasureKind, number> } {
  const byTarget = zeros(TARGETS);
  const byKind = zeros(MEASURE_KINDS);
  for (const m of measures) {
    for (const target of m.targets) byTarget[target] += 1;
    byKind[m.measureKind] += 1;
  }
  return { byTarget, byKind };
}

/**
 * The current measures per priority problem (S3.1, S3.2) with counts per soort and type, who said
 * "niets", which organisations have not answered, and the gaps. Measures for a problem that is no
 * longer on the list are left out. Organisations answer through their people: one answer from any
 * of them counts for the organisation.
 */
export function measureOverview(
  problems: readonly PriorityProblem[],
  measures: readonly Measure[],
  nothing: readonly NoMeasure[],
  people: readonly Respondent[],
): MeasureOverview {
  const organisationOf = new Map(people.map((p) => [p.key, p.organisation]));
  const everyone = sorted(people.map((p) => p.organisation));
  const answeredAnything = new Set<string>();
  const perProblem = problems.map((problem): ProblemMeasures => {
    const mine = measures.filter((m) => m.problemId === problem.id).sort(compareMeasures);
    const saidNothing = nothing.filter((n) => n.problemId === problem.id);
    const withMeasure = new Set(mine.flatMap((m) => organisationOf.get(m.author) ?? []));
    const withNothing = new Set(saidNothing.flatMap((n) => organisationOf.get(n.author) ?? []));
    for (const name of [...withMeasure, ...withNothing]) answeredAnything.add(name);
    return {
      problem,
      measures: mine,
      ...count(mine),
      nothing: sorted([...withNothing].filter((name) => !withMeasure.has(name))),
      notAnswered: everyone.filter((name) => !withMeasure.has(name) && !withNothing.has(name)),
      gaps: gapsOf(mine),
    };
  });
  const listed = perProblem.flatMap((p) => p.measures);
  return {
    problems: perProblem,
    measures: listed.length,
    ...count(listed),
    // Who entered them, by the organisation they take part for (not the organisation named as carrying out).
    organisations: new Set(listed.map((m) => organisationOf.get(m.author) ?? m.organisation ?? m.author)).size,
    silent: everyone.filter((name) => !answeredAnything.has(name)),
  };
}
