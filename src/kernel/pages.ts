/**
 * Splits a long list into pages that each stay under a size budget, so a list of any length
 * goes out as several cards of at most 40 KB, in order.
 */
export function splitIntoPages<T>(items: readonly T[], weigh: (item: T) => number, budget: number, maxPerPage: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const weight = weigh(item);
    if (page.length > 0 && (used + weight > budget || page.length >= maxPerPage)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += weight;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** Bytes a text takes inside the card's JSON, escapes included. */
export const jsonBytes = (text: string): number => Buffer.byteLength(JSON.stringify(text), 'utf8');

/** Room for the rows of one card: the budget minus what the card's frame and headers take. */
export const PAGE_BUDGET_BYTES = 30 * 1024;

/** Each page with the positions (from 1) of its first and last item, for titles like "Deelnemers 16–30 van 300". */
export function numberedPages<T>(pages: readonly (readonly T[])[]): { readonly items: readonly T[]; readonly from: number; readonly to: number }[] {
  let from = 1;
  return pages.map((items) => {
    const numbered = { items, from, to: from + items.length - 1 };
    from += items.length;
    return numbered;
  });
}
