import type { Catalog } from '../../i18n';
import type { Participant } from '../domain/project';
import { jsonBytes, numberedPages, PAGE_BUDGET_BYTES, splitIntoPages } from '../../kernel/pages';

interface ParticipantRow {
  readonly name: string;
  readonly organisation: string;
  readonly organisationMissing: boolean;
  readonly role: string;
}

export interface ParticipantsView {
  readonly title: string;
  readonly headers: { readonly name: string; readonly organisation: string; readonly role: string };
  readonly rows: readonly ParticipantRow[];
}

const ROWS_PER_PAGE = 40;
/** JSON of one table row around its texts, measured on the template. */
const ROW_FRAME_BYTES = 420;

/** The leader first, then everyone by name; as many cards as the list needs. */
export function toParticipantsViews(t: Catalog, participants: readonly Participant[]): ParticipantsView[] {
  const sorted = [...participants].sort(
    (a, b) => Number(b.role === 'leader') - Number(a.role === 'leader') || a.name.localeCompare(b.name, 'nl'),
  );
  const rows: ParticipantRow[] = sorted.map((p) => ({
    name: p.name,
    organisation: p.organisation ?? t.participants.unknownOrganisation,
    organisationMissing: p.organisation === null,
    role: t.roles[p.role],
  }));
  const weigh = (row: ParticipantRow): number =>
    ROW_FRAME_BYTES + jsonBytes(row.name) + jsonBytes(row.organisation) + jsonBytes(row.role);
  const pages = splitIntoPages(rows, weigh, PAGE_BUDGET_BYTES, ROWS_PER_PAGE);
  return numberedPages(pages).map((page) => {
    const title = pages.length === 1 ? `${t.participants.title} (${rows.length})` : t.participants.pageTitle(page.from, page.to, rows.length);
    return {
      title,
      headers: { name: t.participants.name, organisation: t.participants.organisation, role: t.participants.role },
      rows: page.items,
    };
  });
}
