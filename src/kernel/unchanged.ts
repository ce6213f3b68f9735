import { isDeepStrictEqual } from 'node:util';

/**
 * Whether saving `next` over `current` would change nothing but the bookkeeping fields named
 * (when it was saved, by whom): then nothing is written. A change delivered again (Teams retrying
 * an activity, a second press) finds its values already there and so writes nothing a second time.
 */
export function unchangedApartFrom<T extends object>(current: T, next: T, bookkeeping: readonly (keyof T)[]): boolean {
  const strip = (doc: T): Partial<T> => {
    const copy: Partial<T> = { ...doc };
    for (const key of bookkeeping) delete copy[key];
    return copy;
  };
  return isDeepStrictEqual(strip(current), strip(next));
}
