import type { EntryBase } from '../../../engine';
import { TEXT_LIMITS } from '../../../kernel/limits';
import { fail, ok, type Result } from '../../../kernel/result';

/** Soort maatregel (S3.2): at whom or what a measure is aimed; several may apply. */
export const TARGETS = ['daders', 'groepen', 'slachtoffers', 'gebied'] as const;
/** Type maatregel (S3.2): before problems arise, against their growth, or after they arose. */
export const MEASURE_KINDS = ['proactief', 'preventief', 'repressief'] as const;
export type Target = (typeof TARGETS)[number];
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MAX_MEASURE_DESCRIPTION = 500;

/** An extra typing criterion of the leader for measures (S3.3): a name and its allowed values. */
export interface MeasureCriterion {
  readonly id: string;
  readonly name: string;
  readonly values: readonly string[];
}

/**
 * A current measure (huidige maatregel, S3.1): what an organisation already does against one
 * problem of the priority list. `organisation` is the organisation that carries it out: the
 * author's own unless they named another.
 */
export interface Measure extends EntryBase<'measure'> {
  /** The priority problem (a step 2 cluster id). */
  readonly problemId: string;
  readonly description: string;
  readonly targets: readonly Target[];
  readonly measureKind: MeasureKind;
  /** Values for the leader's extra criteria, by criterion id; absent when there are none. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** "Wij doen hier (nog) niets aan": an explicit answer for one priority problem, so silence and "nothing" differ. */
export interface NoMeasure extends EntryBase<'noMeasure'> {
  readonly problemId: string;
}

/** The form as sent: every field text; the targets of a multi-select arrive comma-separated. */
export interface MeasureInput {
  readonly description?: string | undefined;
  readonly organisation?: string | undefined;
  readonly targets?: string | undefined;
  readonly measureKind?: string | undefined;
  readonly extra?: Readonly<Record<string, string | undefined>>;
}

/** A stored measure as the form's typed values. */
export const typedFrom = (measure: Measure): MeasureInput => ({
  description: measure.description,
  organisation: measure.organisation ?? '',
  targets: measure.targets.join(','),
  measureKind: measure.measureKind,
  extra: measure.extra ?? {},
});

/** Card inputs of the extra criteria are named with this prefix and the criterion's id. */
export const MEASURE_CRITERION_INPUT = 'criterion-';

const FIXED_FIELDS = ['description', 'organisation', 'targets', 'measureKind'] as const;

/** The form's inputs as texts (the targets in their fixed order), each extra criterion by its input id. */
export function measureFormValues(input: MeasureInput): Record<string, string> {
  const fixed = FIXED_FIELDS.flatMap((f) => {
    const value = input[f];
    if (value === undefined) return [];
    const chosen = value.split(',').map((v) => v.trim().toLowerCase());
    return [[f, f === 'targets' ? TARGETS.filter((t) => chosen.includes(t)).join(',') : value]];
  });
  const extra = Object.entries(input.extra ?? {}).flatMap(([id, value]) => (value === undefined ? [] : [[`${MEASURE_CRITERION_INPUT}${id}`, value]]));
  return Object.fromEntries([...fixed, ...extra]) as Record<string, string>;
}

/** The form's texts back as input; the inverse of measureFormValues. */
export function measureInputOf(values: Readonly<Record<string, string>>): MeasureInput {
  const extra = Object.entries(values).flatMap(([key, value]) => (key.startsWith(MEASURE_CRITERION_INPUT) ? [[key.slice(MEASURE_CRITERION_INPUT.length), value]] : []));
  return { description: values.description, organisation: values.organisation, targets: values.targets, measureKind: values.measureKind, extra: Object.fromEntries(extra) };
}

/** The inputs of a measure form: the fixed ones, then the extra criteria. */
export const measureFormFields = (criteria: readonly Pick<MeasureCriterion, 'id'>[]): string[] =>
  [...FIXED_FIELDS, ...criteria.map((c) => `${MEASURE_CRITERION_INPUT}${c.id}`)];

export type MeasureField = 'description' | 'organisation' | 'targets' | 'measureKind' | 'extra';
export interface MeasureFieldError {
  readonly field: MeasureField;
  readonly code: 'required' | 'tooLong' | 'notAllowed';
  /** For field 'extra': which criterion. */
  readonly criterionId?: string;
}

export interface ValidMeasure {
  readonly description: string;
  readonly organisation: string;
  readonly targets: readonly Target[];
  readonly measureKind: MeasureKind;
  readonly extra: Readonly<Record<string, string>>;
}

const same = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The targets ticked, in the fixed order; undefined when one of them is not a known value. */
function readTargets(raw: string): Target[] | undefined {
  const typed = raw.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (typed.some((v) => !(TARGETS as readonly string[]).includes(v))) return undefined;
  return TARGETS.filter((t) => typed.includes(t));
}

/** Checks a measure against the fixed typing and the current extra criteria (all required). */
export function validateMeasure(input: MeasureInput, criteria: readonly MeasureCriterion[] = []): Result<ValidMeasure, MeasureFieldError[]> {
  const errors: MeasureFieldError[] = [];
  const text = (field: 'description' | 'organisation', max: number): string => {
    const value = (input[field] ?? '').trim().replace(/[ \t]+/g, ' ');
    if (value === '') errors.push({ field, code: 'required' });
    else if (value.length > max) errors.push({ field, code: 'tooLong' });
    return value;
  };
  const description = text('description', MAX_MEASURE_DESCRIPTION);
  const organisation = text('organisation', TEXT_LIMITS.organisation);
  const rawTargets = input.targets?.trim() ?? '';
  const targets = readTargets(rawTargets);
  if (!targets || targets.length === 0) errors.push({ field: 'targets', code: rawTargets === '' ? 'required' : 'notAllowed' });
  const rawKind = input.measureKind?.trim().toLowerCase() ?? '';
  const measureKind = MEASURE_KINDS.find((k) => k === rawKind);
  if (!measureKind) errors.push({ field: 'measureKind', code: rawKind === '' ? 'required' : 'notAllowed' });
  const extra: Record<string, string> = {};
  for (const criterion of criteria) {
    const raw = input.extra?.[criterion.id];
    const value = raw === undefined ? undefined : criterion.values.find((v) => same(v, raw));
    if (value === undefined) errors.push({ field: 'extra', code: raw?.trim() ? 'notAllowed' : 'required', criterionId: criterion.id });
    else extra[criterion.id] = value;
  }
  if (errors.length > 0 || !targets || !measureKind) return fail(errors);
  return ok({ description, organisation, targets, measureKind, extra });
}

/** Same text, ignoring case and spacing: what counts as "the same measure" for one author and problem. */
export const sameDescription = (a: string, b: string): boolean => same(a.replace(/\s+/g, ' '), b.replace(/\s+/g, ' '));

/** Entries carry `extra` only when there is something in it. */
export function withExtra(measure: Measure, extra: Readonly<Record<string, string>>): Measure {
  const { extra: _previous, ...rest } = measure;
  return Object.keys(extra).length > 0 ? { ...rest, extra } : rest;
}
