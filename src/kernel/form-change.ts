/**
 * A form carries the values it was opened with, so a save applies only what the person changed
 * there: a field they left alone keeps what is stored now (someone else may have changed it), and
 * a field they changed that someone else changed too, to something else, is a conflict: nothing
 * is written and the person sees which fields, with a fresh form.
 */
export type FormMerge<K extends string> =
  | { readonly kind: 'merged'; readonly values: Readonly<Record<K, string>> }
  | { readonly kind: 'conflict'; readonly fields: readonly K[] };

const norm = (value: string | undefined): string => (value ?? '').trim();

/** `submitted` lacks a field the card did not send: that field keeps its stored value. */
export function mergeFormChange<K extends string>(
  fields: readonly K[],
  opened: Readonly<Partial<Record<K, string>>>,
  submitted: Readonly<Partial<Record<K, string>>>,
  current: Readonly<Partial<Record<K, string>>>,
): FormMerge<K> {
  const values = {} as Record<K, string>;
  const conflicts: K[] = [];
  for (const field of fields) {
    const [was, typed, now] = [norm(opened[field]), norm(submitted[field]), norm(current[field])];
    if (submitted[field] === undefined || typed === was) values[field] = now;
    else if (now !== was && now !== typed) conflicts.push(field);
    else values[field] = typed;
  }
  return conflicts.length > 0 ? { kind: 'conflict', fields: conflicts } : { kind: 'merged', values };
}

/**
 * The values a form was opened with, as its card data carries them (a JSON object of texts; only
 * the texts are kept, and only the form's fields are ever looked at); undefined for older cards.
 */
export function readOpenedValues<K extends string = string>(carried: string | undefined): Partial<Record<K, string>> | undefined {
  if (carried === undefined || carried === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(carried);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string')) as Partial<Record<K, string>>;
  } catch {
    return undefined;
  }
}
