import { formatDate, type Catalog } from '../../i18n';
import type { ProjectDocument } from '../domain/project-documents';
import { jsonBytes, numberedPages, PAGE_BUDGET_BYTES, splitIntoPages } from '../../kernel/pages';

interface DocumentItem {
  readonly title: string;
  readonly url: string;
  /** The URL as a Markdown link target: brackets and spaces would end it early. */
  readonly linkUrl: string;
  readonly meta: string;
}

export interface DocumentsView {
  readonly title: string;
  readonly emptyText: string;
  readonly items: readonly DocumentItem[];
}

const ITEMS_PER_PAGE = 25;
const ITEM_FRAME_BYTES = 520;

/** Brackets would end the Markdown link text early. */
const linkText = (title: string): string => title.replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'));

export function toDocumentsViews(t: Catalog, documents: readonly ProjectDocument[]): DocumentsView[] {
  const items: DocumentItem[] = documents.map((d) => ({
    title: linkText(d.title),
    url: d.url,
    linkUrl: d.url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20'),
    meta: t.documents.addedBy(d.addedByName, formatDate(t, d.addedAt, true)),
  }));
  // Title and URL appear twice in the card (the link and the select action).
  const weigh = (item: DocumentItem): number =>
    ITEM_FRAME_BYTES + jsonBytes(item.title) * 2 + jsonBytes(item.meta) + jsonBytes(item.url) + jsonBytes(item.linkUrl);
  const pages = splitIntoPages(items, weigh, PAGE_BUDGET_BYTES, ITEMS_PER_PAGE);
  return numberedPages(pages).map((page) => ({
    title: pages.length === 1 ? t.documents.title : t.documents.pageTitle(page.from, page.to, items.length),
    emptyText: items.length === 0 ? t.documents.none : '',
    items: page.items,
  }));
}
