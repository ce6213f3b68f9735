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
