import type { Measure, MeasureCriterion } from '../domain/measure';
import type { MeasureCatalog } from '../i18n/catalog';

/** "Soort: Dader(s), Groepen · Type: Preventief", then the values of the current extra criteria. */
export function typingOf(t: MeasureCatalog, measure: Measure, criteria: readonly MeasureCriterion[]): string {
  const m = t.measures;
  return [
    m.typingLine(measure.targets.map((x) => m.targets[x]).join(', '), m.kinds[measure.measureKind]),
    ...criteria.flatMap((c) => (measure.extra?.[c.id] ? [`${c.name}: ${measure.extra[c.id]}`] : [])),
  ].join(' · ');
}
