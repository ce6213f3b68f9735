import { fail, ok, type Result } from '../../../kernel/result';

/**
 * Extra typing criteria the leader adds for step 2 (S2.2), stored on the project document.
 * Each gets an id of its own (not derived from the name), so a criterion that is removed and
 * later added again with other values never adopts values stored for the old one.
 */
export interface ProblemCriterion {
  readonly id: string;
  readonly name: string;
  readonly values: readonly string[];
}

export const MAX_CRITERIA = 2;
export const MAX_CRITERION_TEXT = 40;
export const MIN_CRITERION_VALUES = 2;
export const MAX_CRITERION_VALUES = 8;

export type CriterionError =
  | 'format' // no "name: value, value"
  | 'nameLength'
  | 'valueLength'
  | 'tooFewValues'
  | 'tooManyValues'
  | 'duplicateValues'
  | 'duplicateName'
  | 'tooMany';

export interface CriterionDefinition {
  readonly name: string;
  readonly values: readonly string[];
}

const same = (a: string, b: string): boolean => a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');
const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Reads `Tijdstip: overdag, avond, nacht` into a name and its values, checking the limits. */
export function parseCriterionDefinition(typed: string): Result<CriterionDefinition, CriterionError> {
  const colon = typed.indexOf(':');
  if (colon < 0) return fail('format');
  const name = tidy(typed.slice(0, colon));
  const values = typed.slice(colon + 1).split(',').map(tidy).filter((v) => v !== '');
  if (name.length < 1 || name.length > MAX_CRITERION_TEXT) return fail('nameLength');
  if (values.some((v) => v.length > MAX_CRITERION_TEXT)) return fail('valueLength');
  if (values.some((v, i) => values.findIndex((w) => same(v, w)) !== i)) return fail('duplicateValues');
  if (values.length < MIN_CRITERION_VALUES) return fail('tooFewValues');
  if (values.length > MAX_CRITERION_VALUES) return fail('tooManyValues');
  return ok({ name, values });
}

/** Adds a criterion: at most two, and no two with the same name (case-insensitive). */
export function addCriterion(
  existing: readonly ProblemCriterion[],
  definition: CriterionDefinition,
  id: string,
): Result<ProblemCriterion[], CriterionError> {
  if (existing.some((c) => same(c.name, definition.name))) return fail('duplicateName');
  if (existing.length >= MAX_CRITERIA) return fail('tooMany');
  return ok([...existing, { id, name: definition.name, values: [...definition.values] }]);
}

/** Removes the criterion with this name; undefined when there is none. */
export function removeCriterion(
  existing: readonly ProblemCriterion[],
  name: string,
): { readonly criteria: ProblemCriterion[]; readonly removed: ProblemCriterion } | undefined {
  const removed = existing.find((c) => same(c.name, tidy(name)));
  if (!removed) return undefined;
  return { criteria: existing.filter((c) => c !== removed), removed };
}

/** The value among the allowed ones that was chosen (ignoring case), or undefined. */
export const allowedValue = (criterion: ProblemCriterion, raw: string | undefined): string | undefined =>
  raw === undefined ? undefined : criterion.values.find((v) => same(v, tidy(raw)));

/** The card input id of a criterion on the entry form. */
/** Card inputs of the extra criteria are named with this prefix and the criterion's id. */
export const CRITERION_INPUT = 'criterion-';
export const criterionInputId = (criterion: Pick<ProblemCriterion, 'id'>): string => `${CRITERION_INPUT}${criterion.id}`;
