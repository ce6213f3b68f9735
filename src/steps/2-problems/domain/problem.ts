import { allowedValue, CRITERION_INPUT, criterionInputId, type ProblemCriterion } from './criteria';
import type { EntryBase } from '../../../engine';
import { fail, ok, type Result } from '../../../kernel/result';

/** The typing of a problem (S2.1): likelihood, consequences and priority. */
export const LIKELIHOODS = ['hoog', 'midden', 'laag'] as const;
export const CONSEQUENCES = ['personen', 'objecten', 'beide'] as const;
export const PRIORITIES = ['hoog', 'midden', 'laag'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
export type Consequences = (typeof CONSEQUENCES)[number];
export type Priority = (typeof PRIORITIES)[number];

export const MAX_PROBLEM_DESCRIPTION = 500;

/** A problem a participant sees, as entered in step 2. */
export interface Problem extends EntryBase<'problem'> {
  /** Given when it is entered and kept for good: lists show it and commands (`cluster …: 4, 7`) use it. */
  readonly number: number;
  readonly description: string;
  readonly likelihood: Likelihood;
  readonly consequences: Consequences;
  readonly priority: Priority;
  /** Values for the leader's extra criteria (S2.2), by criterion id; absent on older entries. */
  readonly extra?: Readonly<Record<string, string>>;
  /** On the priority list of the previous cycle at this place: brought into this one by the leader. */
  readonly carriedFrom?: { readonly projectId: string; readonly rank: number };
}

export interface ProblemInput {
  readonly description?: string;
  readonly likelihood?: string;
  readonly consequences?: string;
  readonly priority?: string;
  /** Chosen values of the extra criteria, by criterion id. */
  readonly extra?: Readonly<Record<string, string | undefined>>;
}

export type ProblemField = 'description' | 'likelihood' | 'consequences' | 'priority' | 'extra';
export interface ProblemFieldError {
  readonly field: ProblemField;
  readonly code: 'required' | 'tooLong' | 'notAllowed';
  /** For field 'extra': which criterion. */
  readonly criterionId?: string;
}

export type ValidProblem = Pick<Problem, 'description' | 'likelihood' | 'consequences' | 'priority'> & {
  readonly extra: Readonly<Record<string, string>>;
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.find((a) => a === value?.trim().toLowerCase());

/** Checks a problem against the fixed typing and the project's current extra criteria (all required). */
export function validateProblem(input: ProblemInput, criteria: readonly ProblemCriterion[] = []): Result<ValidProblem, ProblemFieldError[]> {
  const errors: ProblemFieldError[] = [];
  const description = (input.description ?? '').trim();
  if (description === '') errors.push({ field: 'description', code: 'required' });
  if (description.length > MAX_PROBLEM_DESCRIPTION) errors.push({ field: 'description', code: 'tooLong' });
  const choice = <T extends string>(field: 'likelihood' | 'consequences' | 'priority', allowed: readonly T[]): T | undefined => {
    const raw = input[field];
    const value = oneOf(allowed, raw);
    if (!value) errors.push({ field, code: raw?.trim() ? 'notAllowed' : 'required' });
    return value;
  };
  const likelihood = choice('likelihood', LIKELIHOODS);
  const consequences = choice('consequences', CONSEQUENCES);
  const priority = choice('priority', PRIORITIES);
  const extra: Record<string, string> = {};
  for (const criterion of criteria) {
    const raw = input.extra?.[criterion.id];
    const value = allowedValue(criterion, raw);
    if (value === undefined) errors.push({ field: 'extra', code: raw?.trim() ? 'notAllowed' : 'required', criterionId: criterion.id });
    else extra[criterion.id] = value;
  }
  if (errors.length > 0 || !likelihood || !consequences || !priority) return fail(errors);
  return ok({ description, likelihood, consequences, priority, extra });
}

/** The form's inputs as texts: the typing, and each extra criterion by its input id (`criterion-<id>`). */
export function problemFormValues(input: ProblemInput): Record<string, string> {
  const extra = Object.entries(input.extra ?? {}).flatMap(([id, value]) => (value === undefined ? [] : [[criterionInputId({ id }), value]]));
  const typing = (['description', 'likelihood', 'consequences', 'priority'] as const).flatMap((f) => (input[f] === undefined ? [] : [[f, input[f]]]));
  return Object.fromEntries([...typing, ...extra]) as Record<string, string>;
}

/** The form's texts back as input; the inverse of problemFormValues. */
export function problemInputOf(values: Readonly<Record<string, string>>): ProblemInput {
  const extra = Object.entries(values).flatMap(([key, value]) => (key.startsWith(CRITERION_INPUT) ? [[key.slice(CRITERION_INPUT.length), value]] : []));
  return { description: values.description, likelihood: values.likelihood, consequences: values.consequences, priority: values.priority, extra: Object.fromEntries(extra) };
}

/** The inputs of a problem form: the typing, then the extra criteria. */
export const problemFormFields = (criteria: readonly Pick<ProblemCriterion, 'id'>[]): string[] =>
  ['description', 'likelihood', 'consequences', 'priority', ...criteria.map(criterionInputId)];

/** Same text, ignoring case and spacing: what counts as "the same problem" for one author. */
export const sameDescription = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Entries carry `extra` only when there is something in it, like entries made before criteria. */
export function withExtra(problem: Problem, extra: Readonly<Record<string, string>>): Problem {
  const { extra: _previous, ...rest } = problem;
  return Object.keys(extra).length > 0 ? { ...rest, extra } : rest;
}
