import { splitIntoPages } from '../../../kernel/pages';

/** A section (one priority problem) with its rows (measures), as far as they fit on one page. */
export interface PagedSection<S, R> {
  readonly section: S;
  readonly rows: readonly R[];
  /** The section began on an earlier page: this part shows its heading with "(vervolg)". */
  readonly continued: boolean;
}

type Unit<R> = { readonly index: number; readonly row?: R };

/**
 * Splits sections with rows over pages that each stay within the budget, in order. A long
 * section continues on the next page; its head (heading, counts, buttons) is on the first part.
 */
export function sectionPages<S, R>(
  sections: readonly { readonly section: S; readonly rows: readonly R[] }[],
  weigh: { readonly section: (section: S) => number; readonly row: (row: R) => number },
  budget: number,
  maxUnits: number,
): PagedSection<S, R>[][] {
  const units: Unit<R>[] = sections.flatMap((s, index) => [{ index }, ...s.rows.map((row) => ({ index, row }))]);
  const weight = (unit: Unit<R>): number => {
    const owner = sections[unit.index];
    if (!owner) return 0;
    return unit.row === undefined ? weigh.section(owner.section) : weigh.row(unit.row);
  };
  return splitIntoPages(units, weight, budget, maxUnits).map((page) => {
    const parts: { index: number; rows: R[]; continued: boolean }[] = [];
    for (const unit of page) {
      const last = parts.at(-1);
      if (last && last.index === unit.index) {
        if (unit.row !== undefined) last.rows.push(unit.row);
      } else {
        parts.push({ index: unit.index, rows: unit.row === undefined ? [] : [unit.row], continued: unit.row !== undefined });
      }
    }
    return parts.flatMap((part) => {
      const owner = sections[part.index];
      return owner ? [{ section: owner.section, rows: part.rows, continued: part.continued }] : [];
    });
  });
}
