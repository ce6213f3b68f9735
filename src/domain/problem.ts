import type { EntryBase } from './entries';
import { fail, ok, type Result } from './result';

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
  readonly description: string;
  readonly likelihood: Likelihood;
  readonly consequences: Consequences;
  readonly priority: Priority;
}

export interface ProblemInput {
  readonly description?: string;
  readonly likelihood?: string;
  readonly consequences?: string;
  readonly priority?: string;
}

export type ProblemField = keyof ProblemInput;
export interface ProblemFieldError {
  readonly field: ProblemField;
  readonly code: 'required' | 'tooLong' | 'notAllowed';
}

export type ValidProblem = Pick<Problem, 'description' | 'likelihood' | 'consequences' | 'priority'>;

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.find((a) => a === value?.trim().toLowerCase());

export function validateProblem(input: ProblemInput): Result<ValidProblem, ProblemFieldError[]> {
  const errors: ProblemFieldError[] = [];
  const description = (input.description ?? '').trim();
  if (description === '') errors.push({ field: 'description', code: 'required' });
  if (description.length > MAX_PROBLEM_DESCRIPTION) errors.push({ field: 'description', code: 'tooLong' });
  const choice = <T extends string>(field: ProblemField, allowed: readonly T[]): T | undefined => {
    const raw = input[field];
    const value = oneOf(allowed, raw);
    if (!value) errors.push({ field, code: raw?.trim() ? 'notAllowed' : 'required' });
    return value;
  };
  const likelihood = choice('likelihood', LIKELIHOODS);
  const consequences = choice('consequences', CONSEQUENCES);
  const priority = choice('priority', PRIORITIES);
  if (errors.length > 0 || !likelihood || !consequences || !priority) return fail(errors);
  return ok({ description, likelihood, consequences, priority });
}
